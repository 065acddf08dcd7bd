package dev.proarch.cli;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.Topology;
import dev.proarch.core.model.TopologyFactory;
import dev.proarch.core.version.CommerceVersion;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch topology}: the nodes, zones, services, search engine, Galera offsets, gateways and totals of
 * an environment for a cluster tier and a Commerce version. Values are parsed here, not by picocli, so that
 * a bad tier or version is one line naming the input and what was expected.
 */
final class TopologyCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec tier;
  private final OptionSpec commerceVersion;
  private final OptionSpec environment;
  private final OptionSpec scaled;
  private final OptionSpec webNodes;
  private final OptionSpec format;

  TopologyCommand() {
    spec = CommandSpecs.command(this, "topology",
        "Print the topology of a Pro environment for a cluster tier and a Commerce version.");
    tier = CommandSpecs.option("--tier", "TIER", "cluster tier, such as Pro12").required(true).build();
    commerceVersion = CommandSpecs.option("--commerce-version", "VERSION", "Adobe Commerce version, such as 2.4.7")
        .required(true)
        .build();
    environment = CommandSpecs.option("--environment", "ENV",
            "production, staging, integration or master (default: ${DEFAULT-VALUE})")
        .defaultValue("production")
        .build();
    scaled = CommandSpecs.flag("--scaled", "the scaled architecture: three service nodes plus web nodes (Pro48+)")
        .build();
    webNodes = CommandSpecs.option("--web-nodes", "N", "web nodes of the scaled architecture (default: 3)")
        .type(Integer.class)
        .build();
    format = Formats.option("<format>", "text or json (default: ${DEFAULT-VALUE})");
    spec.addOption(tier)
        .addOption(commerceVersion)
        .addOption(environment)
        .addOption(scaled)
        .addOption(webNodes)
        .addOption(format);
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
    Optional<Integer> webNodes = CommandSpecs.value(this.webNodes);
    boolean scaled = CommandSpecs.isSet(this.scaled);
    if (webNodes.isPresent() && !scaled) {
      throw new UsageException("--web-nodes needs --scaled");
    }
    Topology topology;
    try {
      topology = build(scaled, webNodes.orElse(ProShape.MIN_WEB_NODES));
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      JsonOutput.write(out, TopologyJson.of(topology));
    } else {
      out.print(TopologyText.render(topology));
      out.flush();
    }
    return ExitCode.OK;
  }

  private Topology build(boolean scaled, int webNodes) throws InvalidValueException {
    ClusterTier clusterTier = ClusterTier.parse(CommandSpecs.<String>value(tier).orElseThrow());
    CommerceVersion version = CommerceVersion.parse(CommandSpecs.<String>value(commerceVersion).orElseThrow());
    EnvironmentType type = EnvironmentType.parse(CommandSpecs.<String>value(environment).orElseThrow());
    if (scaled) {
      return TopologyFactory.scaled(type, clusterTier, version, webNodes);
    }
    return TopologyFactory.forEnvironment(type, clusterTier, version);
  }

}
