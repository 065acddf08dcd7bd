package dev.proarch.core.policy.branching;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** One change to a project's environments, as {@code magento-cloud} or a Git push would make it. */
@Value.Immutable
public abstract class BranchOperation {

  /** What the operation does. */
  public enum Kind {
    /** {@code environment:branch}: a new active environment with settings and data cloned from its parent. */
    BRANCH,
    /** A Git push with {@code environment.Parent}: a new inactive environment (platform-rules.md 1.9). */
    PUSH,
    /** {@code environment:activate}, optionally re-parenting first; data is re-synced from the parent. */
    ACTIVATE,
    /** {@code environment:delete} without removing the branch: services and data go, code stays. */
    DEACTIVATE,
    /** Removing the Git branch of an inactive environment. */
    DELETE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Value.Parameter
  public abstract Kind kind();

  @Value.Parameter
  public abstract EnvironmentName environment();

  /** The parent of a new environment, or the new parent given on activation. */
  @Value.Parameter
  public abstract Optional<EnvironmentName> parent();

  public static BranchOperation branch(String name, String parent) {
    return of(Kind.BRANCH, name, Optional.of(parent));
  }

  public static BranchOperation push(String name, String parent) {
    return of(Kind.PUSH, name, Optional.of(parent));
  }

  public static BranchOperation activate(String name) {
    return of(Kind.ACTIVATE, name, Optional.empty());
  }

  public static BranchOperation activate(String name, String newParent) {
    return of(Kind.ACTIVATE, name, Optional.of(newParent));
  }

  public static BranchOperation deactivate(String name) {
    return of(Kind.DEACTIVATE, name, Optional.empty());
  }

  public static BranchOperation delete(String name) {
    return of(Kind.DELETE, name, Optional.empty());
  }

  private static BranchOperation of(Kind kind, String name, Optional<String> parent) {
    return ImmutableBranchOperation.of(kind, EnvironmentName.of(name), parent.map(EnvironmentName::of));
  }

  /** True for the operations that add an environment. */
  public boolean creates() {
    return kind() == Kind.BRANCH || kind() == Kind.PUSH;
  }

  /** True for the operations after which the environment is active. */
  public boolean leavesActive() {
    return kind() == Kind.BRANCH || kind() == Kind.ACTIVATE;
  }

  @Value.Check
  protected void check() {
    if (creates() && parent().isEmpty()) {
      throw new IllegalArgumentException(kind().label() + " of '" + environment() + "' needs a parent");
    }
    if ((kind() == Kind.DEACTIVATE || kind() == Kind.DELETE) && parent().isPresent()) {
      throw new IllegalArgumentException(kind().label() + " takes no parent");
    }
  }

  @Override
  public String toString() {
    return kind().label() + " " + environment() + parent().map(parent -> " from " + parent).orElse("");
  }
}
