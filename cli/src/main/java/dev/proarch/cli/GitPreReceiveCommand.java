package dev.proarch.cli;

import static dev.proarch.cli.internal.report.TextReport.printable;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.UnreadableRepositoryException;
import dev.proarch.git.WorkflowSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch git hook pre-receive}: reads Git's pre-receive input ({@code <old> <new> <ref>} per line)
 * from standard input, prints a verdict for each update (Git shows it to the pusher as {@code remote: ...})
 * and exits 1 to refuse the push.
 */
final class GitPreReceiveCommand implements Callable<Integer> {
  /** Where the updates come from; standard input unless a test replaces it. */
  static Function<GitPreReceiveCommand, InputStream> input = command -> System.in;

  /** Checks on the commit of each accepted update, after the branch rules. */
  private static final List<PushedCommitCheck> COMMIT_CHECKS = List.of(new GitConfigurationCheck());

  private final CommandSpec spec;
  private final OptionSpec repo;
  private final GitSettingsOptions settings;

  GitPreReceiveCommand() {
    spec = CommandSpecs.command(this, "pre-receive",
        "Run as Git's pre-receive hook: judge each pushed ref update, exit 1 to refuse the push.");
    repo = CommandSpecs.option("--repo", "DIR",
            "The repository (default: $GIT_DIR, else the current directory, as Git runs hooks).")
        .type(Path.class)
        .build();
    spec.addOption(repo);
    settings = new GitSettingsOptions(spec);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws UsageException {
    PrintWriter out = spec.commandLine().getOut();
    List<RefUpdate> updates;
    try {
      updates = readUpdates(input.apply(this));
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read the pre-receive input: " + e.getMessage());
    }
    try (BranchGuard guard = BranchGuard.openInHook(repository())) {
      WorkflowSettings effective = settings.settings(guard, spec.commandLine());
      List<PushDecision> decisions = new ArrayList<>();
      for (PushDecision decision : guard.decide(updates, effective)) {
        decisions.add(withCommitChecks(guard, effective, decision));
      }
      report(out, decisions);
      return decisions.stream().allMatch(PushDecision::accepted) ? ExitCode.OK : ExitCode.FINDINGS;
    } catch (UnreadableRepositoryException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private PushDecision withCommitChecks(BranchGuard guard, WorkflowSettings settings, PushDecision decision) {
    if (!decision.accepted() || decision.update().isDelete()) {
      return decision;
    }
    List<Diagnostic> more = new ArrayList<>();
    for (PushedCommitCheck check : COMMIT_CHECKS) {
      more.addAll(check.check(guard, settings, decision.update()));
    }
    if (more.isEmpty()) {
      return decision;
    }
    return PushDecision.builder()
        .update(decision.update())
        .addAllDiagnostics(decision.diagnostics())
        .addAllDiagnostics(more)
        .build();
  }

  private Path repository() {
    Optional<Path> repo = CommandSpecs.value(this.repo);
    if (repo.isPresent()) {
      return repo.get();
    }
    String gitDir = System.getenv("GIT_DIR");
    return gitDir == null || gitDir.isBlank() ? Path.of(".") : Path.of(gitDir);
  }

  static List<RefUpdate> readUpdates(InputStream in) throws IOException, InvalidValueException {
    List<RefUpdate> updates = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.isBlank()) {
        updates.add(RefUpdate.parse(line));
      }
    }
    return updates;
  }

  private static void report(PrintWriter out, List<PushDecision> decisions) {
    StringBuilder text = new StringBuilder();
    int refused = 0;
    for (PushDecision decision : decisions) {
      String ref = decision.update().refName();
      if (decision.accepted()) {
        text.append("proarch: accepted ").append(ref).append('\n');
      } else {
        refused++;
        text.append("proarch: refused ").append(ref).append('\n');
      }
      for (Diagnostic finding : decision.diagnostics()) {
        line(text, finding, "  ");
      }
    }
    if (refused > 0) {
      text.append("proarch: push refused: ").append(refused).append(" of ").append(decisions.size())
          .append(decisions.size() == 1 ? " update breaks" : " updates break")
          .append(" the Pro branch rules\n");
    }
    out.print(text);
    out.flush();
  }

  /** A check on the commit an accepted update pushes, run after the branch rules. */
  interface PushedCommitCheck {
    List<Diagnostic> check(BranchGuard guard, WorkflowSettings settings, RefUpdate update);
  }

  /**
   * One finding as text, every line after the first indented by two more spaces than {@code indent}. Text
   * from the pushed commit (file names, keys) reaches the pusher's terminal, so control characters are
   * replaced as in every text report.
   */
  private static void line(StringBuilder text, Diagnostic finding, String indent) {
    Location location = finding.location().orElse(Location.builder().build());
    text.append(indent);
    location.file().ifPresent(file -> text.append(printable(file)).append(": "));
    text.append(finding.severity().label()).append(' ').append(finding.ruleId().value()).append(' ')
        .append(printable(finding.message())).append('\n');
    location.path().ifPresent(path -> text.append(indent).append("  path: ").append(printable(path)).append('\n'));
    finding.hint().ifPresent(hint -> text.append(indent).append("  hint: ").append(printable(hint)).append('\n'));
  }
}
