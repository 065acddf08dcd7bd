package dev.proarch.core.policy.branching;

import dev.proarch.core.model.EnvironmentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The environments of one Pro project, immutable. Operations do not change a state; {@link BranchPolicy}
 * returns the next one. The structure is always sound: names are unique and every parent exists.
 */
@Value.Immutable
public abstract class ProjectEnvironments {

  /** The environments, in the order they were created. */
  public abstract List<ProjectEnvironment> environments();

  /**
   * Whether the project has the enhanced integration size (platform-rules.md 1.3). It changes the size of
   * integration environments, not how many may be active (docs/decisions.md D-BR-2).
   */
  @Value.Default
  public boolean enhancedIntegration() {
    return false;
  }

  public static ImmutableProjectEnvironments.Builder builder() {
    return ImmutableProjectEnvironments.builder();
  }

  /**
   * A new Pro project: master, production, staging and integration, all active, each the parent of the
   * next (platform-rules.md 1.1).
   */
  public static ProjectEnvironments standard() {
    return standard(false);
  }

  public static ProjectEnvironments standard(boolean enhancedIntegration) {
    ImmutableProjectEnvironments.Builder builder = builder().enhancedIntegration(enhancedIntegration);
    Optional<EnvironmentName> parent = Optional.empty();
    for (EnvironmentType type : List.of(
        EnvironmentType.MASTER, EnvironmentType.PRODUCTION, EnvironmentType.STAGING, EnvironmentType.INTEGRATION)) {
      EnvironmentName name = EnvironmentName.of(type.branchName());
      builder.addEnvironments(
          ProjectEnvironment.builder().name(name).tier(type).parent(parent).status(EnvironmentStatus.ACTIVE).build());
      parent = Optional.of(name);
    }
    return builder.build();
  }

  public Optional<ProjectEnvironment> find(EnvironmentName name) {
    return environments().stream().filter(environment -> environment.name().equals(name)).findFirst();
  }

  public Optional<ProjectEnvironment> find(String name) {
    return name.isEmpty() ? Optional.empty() : find(EnvironmentName.of(name));
  }

  /** The environments whose parent is the given one. */
  public List<ProjectEnvironment> children(EnvironmentName name) {
    return environments().stream()
        .filter(environment -> environment.parent().equals(Optional.of(name)))
        .toList();
  }

  /** Active (or busy) environments of the integration tier, the {@code integration} branch included. */
  public long activeIntegrationEnvironments() {
    return environments().stream()
        .filter(environment -> environment.tier() == EnvironmentType.INTEGRATION && environment.isActive())
        .count();
  }

  /**
   * How many integration-tier environments may be active: the {@code integration} branch and one more, read
   * from the capability table. Enhanced integration keeps the same count; the legacy "five active" of
   * projects from before June 2020 is not honoured (docs/decisions.md D-BR-2).
   */
  public int activeIntegrationCapacity() {
    return EnvironmentType.INTEGRATION.capabilities().activeBranchCapacity();
  }

  /** This state with the environment added, or replacing the one of the same name in place. */
  public ProjectEnvironments with(ProjectEnvironment changed) {
    List<ProjectEnvironment> next = new ArrayList<>();
    boolean replaced = false;
    for (ProjectEnvironment environment : environments()) {
      if (environment.name().equals(changed.name())) {
        next.add(changed);
        replaced = true;
      } else {
        next.add(environment);
      }
    }
    if (!replaced) {
      next.add(changed);
    }
    return withEnvironments(next);
  }

  /** This state without the named environment. */
  public ProjectEnvironments without(EnvironmentName name) {
    return withEnvironments(
        environments().stream().filter(environment -> !environment.name().equals(name)).toList());
  }

  private ProjectEnvironments withEnvironments(List<ProjectEnvironment> environments) {
    return builder().enhancedIntegration(enhancedIntegration()).addAllEnvironments(environments).build();
  }

  @Value.Check
  protected void check() {
    Set<EnvironmentName> names = new HashSet<>();
    for (ProjectEnvironment environment : environments()) {
      if (!names.add(environment.name())) {
        throw new IllegalArgumentException("environment '" + environment.name() + "' is listed twice");
      }
    }
    for (ProjectEnvironment environment : environments()) {
      environment.parent().filter(parent -> !names.contains(parent)).ifPresent(parent -> {
        throw new IllegalArgumentException(
            "environment '" + environment.name() + "' has the unknown parent '" + parent + "'");
      });
    }
  }
}
