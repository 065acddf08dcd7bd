package dev.proarch.cli;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code proarch explain RULE-ID}: one rule in full; a former id finds the rule that carries it now. */
final class ExplainCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final PositionalParamSpec ruleId;
  private final OptionSpec format;

  ExplainCommand() {
    spec = CommandSpecs.command(this, "explain",
        "Print one rule in full: severity, summary, rationale, source, hint and tags.");
    ruleId = PositionalParamSpec.builder()
        .index("0")
        .paramLabel("RULE-ID")
        .description("A rule id such as PRO-INT-003, in any case.")
        .required(true)
        .type(String.class)
        .build();
    format = Formats.option("FORMAT", "text or json.");
    spec.addPositional(ruleId).addOption(format);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws InvalidValueException {
    OutputFormat format = Formats.value(this.format);
    if (format == OutputFormat.sarif) {
      return Formats.notOffered(spec, format);
    }
    RuleId requested = RuleId.parse(CommandSpecs.<String>value(ruleId).orElseThrow());
    RuleDescriptor rule = RuleCatalog.load().find(requested)
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown rule id '" + requested + "'; 'proarch rules' lists them"));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> root = JsonOutput.envelope();
      root.put("requestedId", requested.value());
      root.putAll(RulesCommand.summary(rule));
      root.put("rationale", rule.rationale());
      root.put("hint", rule.hint());
      JsonOutput.write(out, root);
    } else {
      text(out, requested, rule);
    }
    return ExitCode.OK;
  }

  private static void text(PrintWriter out, RuleId requested, RuleDescriptor rule) {
    if (!requested.equals(rule.id())) {
      out.println(requested + " is now " + rule.id() + ".");
    }
    out.println(rule.id() + " (" + rule.defaultSeverity().label() + "): " + rule.summary());
    out.println();
    out.println("Rationale:  " + rule.rationale());
    out.println("Source:     " + rule.source());
    out.println("Hint:       " + rule.hint());
    out.println("Tags:       " + String.join(", ", rule.tags()));
    if (!rule.formerIds().isEmpty()) {
      out.println("Former ids: " + rule.formerIds().stream().map(RuleId::value).collect(Collectors.joining(", ")));
    }
    out.println("Docs:       docs/rules.md#" + rule.docAnchor());
    out.flush();
  }
}
