package dev.proarch.cli;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.policy.scaling.ScaleDirection;
import dev.proarch.core.policy.scaling.ScalePlan;
import dev.proarch.core.policy.scaling.ScalePlanChecker;
import dev.proarch.core.policy.scaling.ScalePlanner;
import dev.proarch.core.policy.scaling.ScaleStep;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch scale-plan}: the rolling rotation that takes a cluster from one tier to another, one node
 * at a time, with the nodes serving at each step, checked by the same checker that judges any plan.
 */
final class ScalePlanCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec from;
  private final OptionSpec to;
  private final OptionSpec format;

  ScalePlanCommand() {
    spec = CommandSpecs.command(this, "scale-plan",
        "Print the rolling rotation that resizes the three nodes from one tier to another, one node at a time,"
            + " with the nodes serving at each step.");
    from = CommandSpecs.option("--from", "TIER", "the current tier, such as Pro12").required(true).build();
    to = CommandSpecs.option("--to", "TIER", "the target tier, such as Pro120").required(true).build();
    format = Formats.option("<format>", "text or json (default: ${DEFAULT-VALUE})");
    spec.addOption(from).addOption(to).addOption(format);
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
    ScalePlan plan;
    try {
      plan = ScalePlanner.plan(
          ClusterTier.parse(CommandSpecs.<String>value(from).orElseThrow()),
          ClusterTier.parse(CommandSpecs.<String>value(to).orElseThrow()));
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    }
    List<Diagnostic> findings = DiagnosticOrder.sorted(ScalePlanChecker.check(plan));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json(plan, findings));
    } else {
      text(out, plan, findings);
    }
    return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static void text(PrintWriter out, ScalePlan plan, List<Diagnostic> findings) {
    out.println("Scale plan " + plan.from() + " -> " + plan.to() + " (" + plan.direction().label() + ")");
    if (plan.direction() == ScaleDirection.NONE) {
      out.println("No change: the cluster already runs " + plan.to() + "; no node is taken down.");
    } else {
      out.println("One rolling rotation: each node is resized once, one at a time; two of three nodes serve"
          + " and Galera keeps quorum at every step.");
      out.println();
      for (int index = 0; index < plan.steps().size(); index++) {
        ScaleStep step = plan.steps().get(index);
        out.println("step " + (index + 1) + ": " + nodes(step.nodesDown()) + " down, resized to "
            + describe(plan.to()) + "; serving: " + nodes(step.nodesServing()));
        out.println("        sizes after: " + step.sizesAfter().entrySet().stream()
            .map(entry -> "node " + entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining(", ")));
      }
    }
    out.println();
    if (findings.isEmpty()) {
      out.println("check: no findings");
    } else {
      findings.forEach(finding ->
          out.println(finding.severity().label() + " " + finding.ruleId() + " " + PolicyFindings.path(finding) + ": "
              + finding.message()));
    }
    out.flush();
  }

  private static String describe(ClusterTier tier) {
    return tier + " (" + tier.vcpuPerNode() + " vCPU, " + tier.ramGbPerNode() + " GB RAM a node)";
  }

  private static String nodes(Set<Integer> nodes) {
    String list = nodes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return (nodes.size() == 1 ? "node " : "nodes ") + list;
  }

  private static Map<String, Object> json(ScalePlan plan, List<Diagnostic> findings) {
    Map<String, Object> root = JsonOutput.envelope();
    root.put("from", plan.from().name());
    root.put("to", plan.to().name());
    root.put("direction", plan.direction().label());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int index = 0; index < plan.steps().size(); index++) {
      ScaleStep step = plan.steps().get(index);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("step", index + 1);
      entry.put("nodesDown", List.copyOf(step.nodesDown()));
      entry.put("nodesServing", List.copyOf(step.nodesServing()));
      List<Map<String, Object>> sizes = new ArrayList<>();
      step.sizesAfter().forEach((node, tier) -> {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("node", node);
        size.put("tier", tier.name());
        size.put("vcpu", tier.vcpuPerNode());
        size.put("ramGb", tier.ramGbPerNode());
        sizes.add(size);
      });
      entry.put("sizesAfter", sizes);
      steps.add(entry);
    }
    root.put("steps", steps);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Diagnostic finding : findings) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("ruleId", finding.ruleId().value());
      map.put("severity", finding.severity().label());
      map.put("message", finding.message());
      finding.location().flatMap(location -> location.path()).ifPresent(path -> map.put("path", path));
      map.put("details", finding.details());
      list.add(map);
    }
    root.put("findings", list);
    return root;
  }
}
