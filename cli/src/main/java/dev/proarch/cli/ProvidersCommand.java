package dev.proarch.cli;

import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderLoadException;
import dev.proarch.provisioning.ProviderRegistry;
import dev.proarch.provisioning.ProvisionerProvider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch providers}: the provisioning providers found on the class path through {@code
 * ServiceLoader}, with their capabilities and SPI version. A provider that cannot be loaded, or two with one
 * id, is a usage error naming the class or id, not a stack trace.
 */
final class ProvidersCommand implements Callable<Integer> {

  /** Where the providers come from; the class path by default, injected by tests. */
  @FunctionalInterface
  interface Source {
    ProviderRegistry load() throws ProviderLoadException;
  }

  private final Source source;
  private final CommandSpec spec;
  private final OptionSpec format;

  ProvidersCommand() {
    this(ProviderRegistry::load);
  }

  ProvidersCommand(Source source) {
    this.source = source;
    spec = CommandSpecs.command(this, "providers",
        "List the provisioning providers found on the class path and what each can do.");
    format = Formats.option("<format>", "text or json (default: ${DEFAULT-VALUE})");
    spec.addOption(format);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws UsageException {
    OutputFormat format = Formats.value(this.format);
    if (format == OutputFormat.sarif) {
      return Formats.notOffered(spec, format);
    }
    ProviderRegistry registry;
    try {
      registry = source.load();
    } catch (ProviderLoadException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json(registry.providers()));
    } else {
      out.print(text(registry.providers()));
      out.flush();
    }
    return ExitCode.OK;
  }

  static String text(List<ProvisionerProvider> providers) {
    if (providers.isEmpty()) {
      return "No provisioning providers found. Add a jar that lists one in"
          + " META-INF/services/dev.proarch.provisioning.ProvisionerProvider.\n";
    }
    int idWidth = width("ID", providers.stream().map(p -> p.id().value()).toList());
    int nameWidth = width("NAME", providers.stream().map(ProvisionerProvider::displayName).toList());
    String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-3s  %s\n";
    StringBuilder text = new StringBuilder(String.format(row, "ID", "NAME", "SPI", "CAPABILITIES"));
    for (ProvisionerProvider provider : providers) {
      text.append(String.format(row, provider.id(), provider.displayName(), provider.spiVersion(),
          String.join(", ", capabilities(provider))));
    }
    return text.toString();
  }

  private static int width(String heading, List<String> values) {
    return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }

  static Map<String, Object> json(List<ProvisionerProvider> providers) {
    Map<String, Object> root = JsonOutput.envelope();
    List<Object> list = new ArrayList<>();
    for (ProvisionerProvider provider : providers) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", provider.id().value());
      item.put("displayName", provider.displayName());
      item.put("spiVersion", provider.spiVersion());
      item.put("capabilities", capabilities(provider));
      item.put("className", provider.getClass().getName());
      list.add(item);
    }
    root.put("providers", list);
    return root;
  }

  /** In the declaration order of {@link ProviderCapability}, so that output is stable. */
  private static List<String> capabilities(ProvisionerProvider provider) {
    return provider.capabilities().stream()
        .sorted()
        .map(ProviderCapability::label)
        .collect(Collectors.toList());
  }
}
