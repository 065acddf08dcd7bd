package dev.proarch.git;

import dev.proarch.core.model.EnvironmentType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which Git branch is which Pro environment. The defaults are the branch names of {@link EnvironmentType};
 * a project may name them differently through the builder or the Git config keys {@code proarch.integration},
 * {@code proarch.staging}, {@code proarch.production} and {@code proarch.master}. Names are short branch
 * names ({@code staging}, not {@code refs/heads/staging}).
 */
@Value.Immutable
public abstract class BranchMapping {
  private static final String HEADS = "refs/heads/";

  @Value.Default
  public String integration() {
    return EnvironmentType.INTEGRATION.branchName();
  }

  @Value.Default
  public String staging() {
    return EnvironmentType.STAGING.branchName();
  }

  @Value.Default
  public String production() {
    return EnvironmentType.PRODUCTION.branchName();
  }

  @Value.Default
  public String master() {
    return EnvironmentType.MASTER.branchName();
  }

  public static ImmutableBranchMapping.Builder builder() {
    return ImmutableBranchMapping.builder();
  }

  /** The four default names: integration, staging, production, master. */
  public static BranchMapping defaults() {
    return builder().build();
  }

  /** The branch of one environment. */
  public String branchOf(EnvironmentType environment) {
    switch (environment) {
      case INTEGRATION:
        return integration();
      case STAGING:
        return staging();
      case PRODUCTION:
        return production();
      default:
        return master();
    }
  }

  /** The full ref name of one environment's branch, {@code refs/heads/<branch>}. */
  public String refOf(EnvironmentType environment) {
    return HEADS + branchOf(environment);
  }

  /** The environment whose branch has exactly this short name, if any. */
  public Optional<EnvironmentType> environmentOfBranch(String branch) {
    return Arrays.stream(EnvironmentType.values()).filter(type -> branchOf(type).equals(branch)).findFirst();
  }

  /** The environment whose branch is this full ref, if any. */
  public Optional<EnvironmentType> environmentOfRef(String refName) {
    return refName.startsWith(HEADS) ? environmentOfBranch(refName.substring(HEADS.length())) : Optional.empty();
  }

  /** The environment branches in promotion order: integration, staging, production, master. */
  public List<String> branches() {
    return EnvironmentType.promotionOrder().stream().map(this::branchOf).toList();
  }

  /**
   * The environment branch that {@code branch} differs from only by letter case (PRO-GIT-015), if any: such
   * names collide on case-insensitive file systems and in environment ids.
   */
  public Optional<String> caseVariantOf(String branch) {
    for (String environmentBranch : branches()) {
      if (branch.equalsIgnoreCase(environmentBranch) && !branch.equals(environmentBranch)) {
        return Optional.of(environmentBranch);
      }
    }
    return Optional.empty();
  }

  /** Two environments on one branch cannot be told apart, so such a mapping is not a mapping. */
  @Value.Check
  protected void check() {
    if (branches().stream().distinct().count() != branches().size()) {
      throw new IllegalArgumentException("each environment needs its own branch, got " + branches());
    }
    for (String branch : branches()) {
      if (!BranchNames.isValidBranch(branch)) {
        throw new IllegalArgumentException("'" + branch + "' is not a valid Git branch name");
      }
    }
  }
}
