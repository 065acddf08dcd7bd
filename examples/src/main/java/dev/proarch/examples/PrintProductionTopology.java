package dev.proarch.examples;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.AutoIncrement;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.Gateway;
import dev.proarch.core.model.Node;
import dev.proarch.core.model.Service;
import dev.proarch.core.model.Topology;
import dev.proarch.core.model.TopologyFactory;
import dev.proarch.core.policy.topology.TopologyConformance;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.version.CommerceVersion;
import java.io.PrintStream;
import java.util.List;

/**
 * Builds the production topology of a Pro cluster and prints it, as an integrator would with the public API
 * alone: parse the tier and version, ask the factory, walk the nodes, and check the result against the Pro
 * shape.
 *
 * <pre>
 * java dev.proarch.examples.PrintProductionTopology Pro12 2.4.7
 * </pre>
 */
public final class PrintProductionTopology {

  private PrintProductionTopology() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      // Only the example's own entry point ends the JVM with a failure status.
      Runtime.getRuntime().exit(status);
    }
  }

  /** Prints the topology for {@code [TIER [VERSION]]} (default Pro12 and 2.4.7); returns 0, or 2 on bad input. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      ClusterTier tier = ClusterTier.parse(args.length > 0 ? args[0] : "Pro12");
      CommerceVersion version = CommerceVersion.parse(args.length > 1 ? args[1] : "2.4.7");
      print(TopologyFactory.production(tier, version), out);
      return 0;
    } catch (InvalidValueException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  static void print(Topology topology, PrintStream out) {
    out.printf("Production, %s, Adobe Commerce %s%n", topology.tier().orElseThrow(), topology.commerceVersion());
    for (Node node : topology.nodes()) {
      out.printf("%s in %s:%n", node.name(), node.zone().map(Object::toString).orElse("no zone"));
      for (Service service : node.services()) {
        out.printf("  %s %s%s%s%n",
            service.kind().displayName(),
            service.version().orElse(""),
            " (" + service.role().label() + ")",
            service.autoIncrement().map(PrintProductionTopology::galera).orElse(""));
      }
    }
    for (Gateway gateway : topology.gateways()) {
      out.printf("%s -> node%d%n", gateway.id(), gateway.nodeNumber());
    }
    out.printf("Total: %d vCPU, %d GB RAM%n", topology.totalVcpu(), topology.totalRamGb());
    List<Diagnostic> findings = TopologyConformance.check(topology);
    out.printf("Conforms to the Pro shape: %s%n", findings.isEmpty() ? "yes" : findings.size() + " findings");
  }

  private static String galera(AutoIncrement setting) {
    return " increment " + setting.increment() + " offset " + setting.offset();
  }
}
