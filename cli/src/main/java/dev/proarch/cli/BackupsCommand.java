package dev.proarch.cli;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.policy.backup.AutomaticBackup;
import dev.proarch.core.policy.backup.BackupHistory;
import dev.proarch.core.policy.backup.RestoreCheck;
import dev.proarch.core.policy.backup.RetentionDecision;
import dev.proarch.core.policy.backup.RetentionResult;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch backups}: applies the seed's retention schedule to a backup history (which backups are kept
 * and pruned, and why) and checks the recovery point objective. Exits 1 when the history has findings, and
 * when the environment has no automatic backups at all (docs/cli.md).
 */
final class BackupsCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final OptionSpec history;
  private final OptionSpec now;
  private final OptionSpec environment;
  private final OptionSpec format;

  BackupsCommand() {
    spec = CommandSpecs.command(this, "backups",
        "Apply the automatic-backup retention schedule to a backup history and check the recovery point"
            + " objective. Exits 1 on findings or when the environment has no automatic backups.");
    history = CommandSpecs.option("--history", "FILE",
            "one ISO-8601 timestamp per line; blank lines and # comments are skipped")
        .required(true)
        .type(Path.class)
        .build();
    now = CommandSpecs.option("--now", "TIMESTAMP",
            "the moment to judge the history at, such as 2026-11-26T12:00:00Z")
        .required(true)
        .build();
    environment = CommandSpecs.option("--environment", "ENV",
            "production, staging, integration or master (default: ${DEFAULT-VALUE})")
        .defaultValue("production")
        .build();
    format = Formats.option("<format>", "text or json (default: ${DEFAULT-VALUE})");
    spec.addOption(history).addOption(now).addOption(environment).addOption(format);
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
    Path history = CommandSpecs.<Path>value(this.history).orElseThrow();
    EnvironmentType target;
    Instant at;
    List<Instant> backups;
    try {
      target = EnvironmentType.parse(CommandSpecs.<String>value(environment).orElseThrow());
      at = BackupHistory.parseTimestamp(CommandSpecs.<String>value(now).orElseThrow());
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      backups = BackupHistory.parse(Files.readAllLines(history, StandardCharsets.UTF_8));
    } catch (InvalidValueException e) {
      throw new UsageException(history + ": " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read history file " + history + ": " + describe(e));
    }
    Optional<AutomaticBackup> automatic = AutomaticBackup.of(target);
    PrintWriter out = spec.commandLine().getOut();
    if (automatic.isEmpty()) {
      noAutomaticBackups(out, format, target, at);
      return ExitCode.FINDINGS;
    }
    RetentionResult retention = automatic.get().retention().apply(backups, at);
    List<Diagnostic> findings =
        DiagnosticOrder.sorted(automatic.get().recoveryPointObjective().check(backups, at));
    if (format == OutputFormat.json) {
      JsonOutput.write(out, json(target, at, backups.size(), retention, findings));
    } else {
      text(out, target, at, backups.size(), retention, findings);
    }
    return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static void noAutomaticBackups(PrintWriter out, OutputFormat format, EnvironmentType target, Instant at) {
    String message = target.label() + " has no automatic backups: it is restored self-service from manual"
        + " snapshots, each restorable for " + RestoreCheck.MANUAL_SNAPSHOT_RESTORE_WINDOW.toDays()
        + " days; retention and the recovery point objective apply to automatic backups only.";
    if (format == OutputFormat.json) {
      Map<String, Object> root = JsonOutput.envelope();
      root.put("environment", target.label());
      root.put("now", at.toString());
      root.put("automaticBackups", false);
      root.put("restoreFrom", RestoreCheck.recoveryPointsOf(target).label());
      root.put("message", message);
      JsonOutput.write(out, root);
    } else {
      out.println(message);
      out.flush();
    }
  }

  private static void text(PrintWriter out, EnvironmentType target, Instant at, int count,
      RetentionResult retention, List<Diagnostic> findings) {
    out.println("Backups of " + target.label() + " at " + at + ": " + count + " in the history, "
        + retention.kept().size() + " kept, " + retention.pruned().size() + " pruned");
    out.println();
    out.println("kept:");
    retention.kept().forEach(decision -> out.println("  " + line(decision)));
    out.println();
    out.println("pruned:");
    retention.pruned().forEach(decision -> out.println("  " + line(decision)));
    out.println();
    if (findings.isEmpty()) {
      out.println("recovery point objective: met (1 hour within 24 hours, 6 hours from 24 to 72 hours)");
    } else {
      out.println("recovery point findings: " + findings.size());
      for (Diagnostic finding : findings) {
        out.println("  " + finding.severity().label() + " " + finding.ruleId() + " " + PolicyFindings.path(finding) + ": "
            + finding.message());
      }
    }
    out.flush();
  }

  private static String line(RetentionDecision decision) {
    return decision.timestamp() + "  " + decision.reason();
  }

  private static Map<String, Object> json(EnvironmentType target, Instant at, int count,
      RetentionResult retention, List<Diagnostic> findings) {
    Map<String, Object> root = JsonOutput.envelope();
    root.put("environment", target.label());
    root.put("now", at.toString());
    root.put("automaticBackups", true);
    root.put("backups", count);
    root.put("kept", decisions(retention.kept()));
    root.put("pruned", decisions(retention.pruned()));
    List<Map<String, Object>> rpo = new ArrayList<>();
    findings.forEach(finding -> rpo.add(PolicyFindings.json(finding)));
    root.put("rpoFindings", rpo);
    return root;
  }

  private static List<Map<String, Object>> decisions(List<RetentionDecision> decisions) {
    List<Map<String, Object>> list = new ArrayList<>(decisions.size());
    for (RetentionDecision decision : decisions) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("timestamp", decision.timestamp().toString());
      entry.put("reason", decision.reason());
      list.add(entry);
    }
    return list;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
