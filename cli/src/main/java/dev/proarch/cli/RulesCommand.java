package dev.proarch.cli;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code proarch rules}: the whole rule catalog, one line a rule. */
final class RulesCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec format;

  RulesCommand() {
    spec = CommandSpecs.command(this, "rules", "List every rule of every module: id, default severity and summary.");
    format = Formats.option("FORMAT", "text or json.");
    spec.addOption(format);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    OutputFormat format = Formats.value(this.format);
    if (format == OutputFormat.sarif) {
      return Formats.notOffered(spec, format);
    }
    RuleCatalog catalog = RuleCatalog.load();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> root = JsonOutput.envelope();
      List<Map<String, Object>> rules = new ArrayList<>();
      catalog.rules().forEach(rule -> rules.add(summary(rule)));
      root.put("rules", rules);
      JsonOutput.write(out, root);
    } else {
      int width = catalog.rules().stream().mapToInt(rule -> rule.id().value().length()).max().orElse(10);
      for (RuleDescriptor rule : catalog.rules()) {
        out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.defaultSeverity().label(), rule.summary());
      }
      out.println(catalog.size() + " rules; 'proarch explain <id>' prints one in full.");
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The fields of a rule that both {@code rules} and {@code explain} print in JSON. */
  static Map<String, Object> summary(RuleDescriptor rule) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", rule.id().value());
    map.put("severity", rule.defaultSeverity().label());
    map.put("summary", rule.summary());
    map.put("source", rule.source());
    map.put("tags", List.copyOf(rule.tags()));
    map.put("formerIds", rule.formerIds().stream().map(RuleId::value).toList());
    map.put("docAnchor", rule.docAnchor());
    return map;
  }
}
