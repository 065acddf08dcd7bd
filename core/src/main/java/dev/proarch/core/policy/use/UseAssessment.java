package dev.proarch.core.policy.use;

import dev.proarch.core.model.SeedStatement;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The verdict on one {@link EnvironmentUse}, the seed statement behind it, and its findings. */
@Value.Immutable
public abstract class UseAssessment {

  public abstract EnvironmentUse use();

  public abstract Verdict verdict();

  /** The seed statement the verdict rests on, with its section. */
  public abstract SeedStatement reason();

  /** Why the verdict follows from the statement, in one sentence. */
  public abstract String explanation();

  /** The rule behind a verdict that is not a plain recommendation, if any. */
  public abstract Optional<RuleDescriptor> rule();

  /** The findings of the verdict: one for a use that is not recommended or restricted after launch. */
  public abstract List<Diagnostic> diagnostics();

  public static ImmutableUseAssessment.Builder builder() {
    return ImmutableUseAssessment.builder();
  }

  public boolean isRecommended() {
    return verdict() == Verdict.RECOMMENDED;
  }
}
