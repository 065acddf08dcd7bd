package dev.proarch.cli;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.policy.use.EnvironmentUsePolicy;
import dev.proarch.core.policy.use.Purpose;
import dev.proarch.core.policy.use.UseAssessment;
import dev.proarch.core.policy.use.Verdict;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.RuleDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code proarch use}: whether an environment suits an intended use, with the seed's reason. */
final class UseCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec environment;
  private final OptionSpec purpose;
  private final OptionSpec launched;
  private final OptionSpec format;

  UseCommand() {
    spec = CommandSpecs.command(this, "use",
        "Say whether an environment suits an intended use (recommended, allowed or not recommended), with the"
            + " seed's reason and section. Exits 1 when the use is not recommended.");
    environment = CommandSpecs.option("--environment", "ENV", "master, integration, staging or production.")
        .required(true)
        .build();
    purpose = CommandSpecs.option("--purpose", "PURPOSE",
            "development, development-testing, uat, performance-testing, b2b-testing, regression-testing,"
                + " content-staging, cron-testing, testing-new-builds, production-critical-patches,"
                + " debugging-production, ci-compatibility or critical-workflow-testing.")
        .required(true)
        .build();
    launched = CommandSpecs.flag("--launched", "The production site has launched (changes what staging is for).")
        .build();
    format = Formats.option("FORMAT", "text or json.");
    spec.addOption(environment).addOption(purpose).addOption(launched).addOption(format);
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
    UseAssessment assessment = EnvironmentUsePolicy.assess(
        EnvironmentType.parse(CommandSpecs.<String>value(environment).orElseThrow()),
        Purpose.parse(CommandSpecs.<String>value(purpose).orElseThrow()),
        CommandSpecs.isSet(launched));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json(assessment));
    } else {
      text(out, assessment);
    }
    return assessment.verdict() == Verdict.NOT_RECOMMENDED ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static void text(PrintWriter out, UseAssessment assessment) {
    out.println(assessment.use().environment().label() + " for " + assessment.use().purpose().label() + ": "
        + assessment.verdict().label().replace('-', ' '));
    out.println("  seed:  \"" + assessment.reason().text() + "\" (" + assessment.reason().section() + ")");
    out.println("  why:   " + assessment.explanation());
    assessment.rule().ifPresent(rule -> {
      out.println("  rule:  " + rule.id() + " (" + rule.defaultSeverity().label() + ") " + rule.summary());
      out.println("  hint:  " + rule.hint());
    });
    out.flush();
  }

  private static Map<String, Object> json(UseAssessment assessment) {
    Map<String, Object> root = JsonOutput.envelope();
    root.put("environment", assessment.use().environment().label());
    root.put("purpose", assessment.use().purpose().label());
    root.put("launched", assessment.use().launched());
    root.put("verdict", assessment.verdict().label());
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("text", assessment.reason().text());
    reason.put("section", assessment.reason().section());
    root.put("reason", reason);
    root.put("explanation", assessment.explanation());
    assessment.rule().map(RuleDescriptor::id).ifPresent(id -> root.put("ruleId", id.value()));
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic diagnostic : DiagnosticOrder.sorted(assessment.diagnostics())) {
      diagnostics.add(PolicyFindings.json(diagnostic));
    }
    root.put("diagnostics", diagnostics);
    return root;
  }

}
