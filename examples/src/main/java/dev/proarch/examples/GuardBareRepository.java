package dev.proarch.examples;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.UnreadableRepositoryException;
import dev.proarch.git.WorkflowSettings;
import dev.proarch.git.guard.BranchGuard;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards a team's bare repository with the Pro branch rules, as a Git server integration would with the
 * public API alone: open the repository, take the settings from its Git config, check the environment
 * branches, and judge proposed ref updates the way a pre-receive hook does.
 *
 * <pre>
 * java dev.proarch.examples.GuardBareRepository /srv/git/shop.git
 * java dev.proarch.examples.GuardBareRepository /srv/git/shop.git "OLD NEW refs/heads/staging"
 * </pre>
 */
public final class GuardBareRepository {

  private GuardBareRepository() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      // Only the example's own entry point ends the JVM with a failure status.
      Runtime.getRuntime().exit(status);
    }
  }

  /**
   * {@code REPO} alone checks the repository; {@code REPO "OLD NEW REF"...} judges those updates. Returns 0
   * when nothing is wrong, 1 for errors or refusals, 2 for unusable input.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("usage: GuardBareRepository REPO [\"OLD NEW REF\"]...");
      return 2;
    }
    try (BranchGuard guard = BranchGuard.open(Path.of(args[0]))) {
      WorkflowSettings settings = guard.configuredSettings();
      out.printf("Environments: %s%n", settings.mapping().branches());
      List<RefUpdate> updates = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        updates.add(RefUpdate.parse(args[i]));
      }
      return updates.isEmpty() ? check(guard, settings, out) : decide(guard, settings, updates, out);
    } catch (UnreadableRepositoryException | InvalidValueException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  private static int check(BranchGuard guard, WorkflowSettings settings, PrintStream out) {
    List<Diagnostic> findings = guard.check(settings);
    findings.forEach(finding -> print(finding, out));
    out.printf("%d findings%n", findings.size());
    return findings.stream().anyMatch(d -> d.severity() == dev.proarch.core.rule.Severity.ERROR) ? 1 : 0;
  }

  private static int decide(BranchGuard guard, WorkflowSettings settings, List<RefUpdate> updates, PrintStream out)
      throws UnreadableRepositoryException {
    boolean refused = false;
    for (PushDecision decision : guard.decide(updates, settings)) {
      out.printf("%s %s%n", decision.accepted() ? "accept" : "refuse", decision.update().refName());
      decision.diagnostics().forEach(finding -> print(finding, out));
      refused |= !decision.accepted();
    }
    return refused ? 1 : 0;
  }

  private static void print(Diagnostic finding, PrintStream out) {
    out.printf("  %s %s %s%n", finding.severity().label(), finding.ruleId(), finding.message());
  }
}
