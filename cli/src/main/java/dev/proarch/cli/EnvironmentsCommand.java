package dev.proarch.cli;

import dev.proarch.core.model.EnvironmentCapabilities;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.SeedStatement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch environments}: the capability table of the four Pro environments, with hosting, active-branch
 * capacity, recommended uses and caveats, and which values were inferred or decided rather than read from
 * the seed. Everything comes from {@link EnvironmentType#capabilities()}.
 */
final class EnvironmentsCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec format;

  EnvironmentsCommand() {
    spec = CommandSpecs.command(this, "environments", "Print the capability table of the four Pro environments.");
    format = Formats.option("<format>", "text or json (default: ${DEFAULT-VALUE})");
    spec.addOption(format);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    OutputFormat format = Formats.value(this.format);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.sarif) {
      return Formats.notOffered(spec, format);
    }
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json());
    } else {
      out.print(EnvironmentsText.render(EnvironmentType.promotionOrder()));
      out.flush();
    }
    return ExitCode.OK;
  }

  private static Map<String, Object> json() {
    Map<String, Object> root = JsonOutput.envelope();
    List<Object> environments = new ArrayList<>();
    for (EnvironmentType type : EnvironmentType.promotionOrder()) {
      environments.add(environment(type));
    }
    root.put("environments", environments);
    return root;
  }

  private static Map<String, Object> environment(EnvironmentType type) {
    EnvironmentCapabilities capabilities = type.capabilities();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", type.label());
    json.put("branch", type.branchName());
    for (CapabilityRow row : CapabilityRow.ALL) {
      json.put(row.key(), row.json(capabilities));
    }
    json.put("recommendedUses", statements(capabilities.recommendedUses()));
    json.put("caveats", statements(capabilities.caveats()));
    json.put("inferredValues", CapabilityRow.inferredKeys(capabilities));
    capabilities.inferredBecause().ifPresent(reason -> json.put("inferredBecause", reason));
    if (!capabilities.decidedValues().isEmpty()) {
      json.put("decidedValues", capabilities.decidedValues());
    }
    return json;
  }

  private static List<Object> statements(List<SeedStatement> statements) {
    List<Object> json = new ArrayList<>();
    for (SeedStatement statement : statements) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("text", statement.text());
      item.put("section", statement.section());
      json.add(item);
    }
    return json;
  }
}
