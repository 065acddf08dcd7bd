package dev.proarch.git;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict on one ref update: every finding, and whether the update is accepted. An update is refused
 * exactly when one of its findings is an error; warnings and infos are told to the pusher.
 */
@Value.Immutable
public abstract class PushDecision {

  public abstract RefUpdate update();

  public abstract List<Diagnostic> diagnostics();

  public static ImmutablePushDecision.Builder builder() {
    return ImmutablePushDecision.builder();
  }

  public boolean accepted() {
    return diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The first error, which is the reason given when the ref is refused. */
  public Optional<Diagnostic> reason() {
    return diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst();
  }
}
