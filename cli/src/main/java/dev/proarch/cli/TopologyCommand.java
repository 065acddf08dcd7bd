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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code proarch topology}: the nodes, zones, services, search engine, Galera offsets, gateways and totals of
 * an environment for a cluster tier and a Commerce version. Values are parsed here, not by picocli, so that
 * a bad tier or version is one line naming the input and what was expected.
 */
@Command(
    name = "topology",
    mixinStandardHelpOptions = true,
    description = "Print the topology of a Pro environment for a cluster tier and a Commerce version.")
final class TopologyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--tier", required = true, paramLabel = "TIER", description = "cluster tier, such as Pro12")
  String tier;

  @Option(names = "--commerce-version", required = true, paramLabel = "VERSION",
      description = "Adobe Commerce version, such as 2.4.7")
  String commerceVersion;

  @Option(names = "--environment", defaultValue = "production", paramLabel = "ENV",
      description = "production, staging, integration or master (default: ${DEFAULT-VALUE})")
  String environment;

  @Option(names = "--scaled", description = "the scaled architecture: three service nodes plus web nodes (Pro48+)")
  boolean scaled;

  @Option(names = "--web-nodes", paramLabel = "N", description = "web nodes of the scaled architecture (default: 3)")
  Optional<Integer> webNodes;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Override
  public Integer call() {
    if (format == OutputFormat.sarif) {
      return Formats.notOffered(spec, format);
    }
    if (webNodes.isPresent() && !scaled) {
      return usage("--web-nodes needs --scaled");
    }
    Topology topology;
    try {
      topology = build();
    } catch (InvalidValueException e) {
      return usage(e.getMessage());
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

  private Topology build() throws InvalidValueException {
    ClusterTier clusterTier = ClusterTier.parse(tier);
    CommerceVersion version = CommerceVersion.parse(commerceVersion);
    EnvironmentType type = EnvironmentType.parse(environment);
    if (scaled) {
      return TopologyFactory.scaled(type, clusterTier, version, webNodes.orElse(ProShape.MIN_WEB_NODES));
    }
    return TopologyFactory.forEnvironment(type, clusterTier, version);
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("proarch: " + message);
    return ExitCode.USAGE;
  }
}
