package dev.proarch.provisioning.internal;

import static dev.proarch.provisioning.internal.ProvisioningRules.ACTIVE_ENVIRONMENTS_WITHIN_CAPACITY;
import static dev.proarch.provisioning.internal.ProvisioningRules.AUTOMATIC_BACKUPS_WHERE_THE_TABLE_HAS_THEM;
import static dev.proarch.provisioning.internal.ProvisioningRules.OPERATION_FITS_THE_ENVIRONMENT_STATE;
import static dev.proarch.provisioning.internal.ProvisioningRules.PROVIDER_DECLARES_THE_CAPABILITY;
import static dev.proarch.provisioning.internal.ProvisioningRules.SCALED_ARCHITECTURE_FROM_PRO48;
import static dev.proarch.provisioning.internal.ProvisioningRules.TIERS_ONLY_ON_DEDICATED_HARDWARE;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.policy.backup.RecoveryPointKind;
import dev.proarch.core.policy.backup.RestoreCheck;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.ImmutableDiagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.provisioning.BackupKind;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.EnvironmentStatus;
import dev.proarch.provisioning.Operation;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policy the guard applies before a provider sees a request. Pure: each method takes the request and
 * what the provider reported, and returns diagnostics. Every environment fact comes from the capability
 * table ({@link EnvironmentType#capabilities()}) or {@link ClusterTier}; none is repeated here.
 */
public final class GuardChecks {
  private final Set<ProviderCapability> capabilities;

  public GuardChecks(Set<ProviderCapability> capabilities) {
    this.capabilities = Set.copyOf(capabilities);
  }

  public List<Diagnostic> provision(ProvisionRequest request, List<EnvironmentState> existing) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.PROVISION, request.environmentId()));
    EnvironmentSpec spec = request.spec();
    Location at = at(request.environmentId());
    found.addAll(tierFits(spec.type(), spec.tier(), at));
    if (spec.scaledArchitecture()) {
      found.addAll(scaledArchitecture(spec.tier(), at));
    }
    if (existing.stream().anyMatch(state -> state.environmentId().equals(request.environmentId()))) {
      found.add(OPERATION_FITS_THE_ENVIRONMENT_STATE
          .diagnostic("An environment with the id " + request.environmentId() + " exists already.")
          .location(at)
          .build());
    }
    long active = existing.stream()
        .filter(EnvironmentState::isActive)
        .filter(state -> state.spec().type() == spec.type())
        .count();
    int capacity = spec.type().capabilities().activeBranchCapacity();
    if (active + 1 > capacity) {
      found.add(ACTIVE_ENVIRONMENTS_WITHIN_CAPACITY
          .diagnostic("A project may have " + capacity + " active " + spec.type().label() + " environment"
              + (capacity == 1 ? "" : "s") + ", and " + active + " " + (active == 1 ? "is" : "are")
              + " active already.")
          .location(at)
          .putDetails("capacity", String.valueOf(capacity))
          .putDetails("active", String.valueOf(active))
          .build());
    }
    return found;
  }

  /** Checks that do not depend on the plan; the plan itself is checked by {@link RollingPlans}. */
  public List<Diagnostic> scale(ScaleRequest request, EnvironmentState state) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.SCALE, request.environmentId()));
    found.addAll(mustBe(EnvironmentStatus.ACTIVE, state, "scaled"));
    Location at = at(request.environmentId());
    EnvironmentType type = state.spec().type();
    if (!type.capabilities().dedicatedIaasHardware()) {
      found.add(TIERS_ONLY_ON_DEDICATED_HARDWARE
          .diagnostic("The " + type.label() + " environment runs in PaaS containers; it has no cluster tier"
              + " to scale to " + request.targetTier() + ".")
          .location(at)
          .build());
    }
    if (state.spec().scaledArchitecture()) {
      found.addAll(scaledArchitecture(Optional.of(request.targetTier()), at));
    }
    return found;
  }

  public List<Diagnostic> backup(BackupRequest request, EnvironmentState state) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.BACKUP, request.environmentId()));
    found.addAll(mustBe(EnvironmentStatus.ACTIVE, state, "backed up"));
    EnvironmentType type = state.spec().type();
    BackupKind offered = type.capabilities().automaticBackups() ? BackupKind.AUTOMATIC : BackupKind.MANUAL;
    if (request.kind() != offered) {
      found.add(AUTOMATIC_BACKUPS_WHERE_THE_TABLE_HAS_THEM
          .diagnostic("The " + type.label() + " environment has " + (offered == BackupKind.AUTOMATIC
              ? "automatic backups and no manual snapshots." : "manual snapshots and no automatic backups."))
          .location(at(request.environmentId()))
          .putDetails("environmentType", type.label())
          .putDetails("expected", offered.label())
          .putDetails("actual", request.kind().label())
          .build());
    }
    return found;
  }

  /**
   * Core's {@link RestoreCheck} judges the restore: integration never from staging or production, automatic
   * backups only where they exist, manual snapshots only where there are no automatic backups and within
   * their 7 days. The provider is taken to use the platform's channel for the source (support for automatic
   * backups), which ProArch cannot see (docs/decisions.md D-PRV-6).
   */
  public List<Diagnostic> restore(RestoreRequest request, EnvironmentState target, Instant now) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.RESTORE, request.targetEnvironmentId()));
    found.addAll(mustBe(EnvironmentStatus.ACTIVE, target, "restored"));
    EnvironmentType from = request.backup().environmentType();
    Location at = at(request.targetEnvironmentId());
    List<Diagnostic> policy = RestoreCheck.check(dev.proarch.core.policy.backup.RestoreRequest.builder()
        .target(target.spec().type())
        .source(from)
        .kind(request.backup().kind() == BackupKind.AUTOMATIC
            ? RecoveryPointKind.AUTOMATIC_BACKUP
            : RecoveryPointKind.MANUAL_SNAPSHOT)
        .channel(RestoreCheck.channelOf(from))
        .recoveryPointTakenAt(request.backup().createdAt())
        .restoreAt(now)
        .build());
    // Core's findings have no location; the guard adds the environment it refused.
    policy.forEach(finding -> found.add(((ImmutableDiagnostic) ImmutableDiagnostic.copyOf(finding)).withLocation(at)));
    return found;
  }

  public List<Diagnostic> deactivate(EnvironmentState state) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.DEACTIVATE, state.environmentId()));
    found.addAll(mustBe(EnvironmentStatus.ACTIVE, state, "deactivated"));
    return found;
  }

  public List<Diagnostic> delete(EnvironmentState state) {
    List<Diagnostic> found = new ArrayList<>(capability(Operation.DELETE, state.environmentId()));
    found.addAll(mustBe(EnvironmentStatus.INACTIVE, state, "deleted"));
    return found;
  }

  /** The environment is not known to the provider. */
  public static Diagnostic unknown(EnvironmentId id) {
    return OPERATION_FITS_THE_ENVIRONMENT_STATE
        .diagnostic("The provider knows no environment " + id + ".")
        .location(at(id))
        .build();
  }

  public List<Diagnostic> capability(Operation operation, EnvironmentId id) {
    if (capabilities.contains(operation.capability())) {
      return List.of();
    }
    return List.of(PROVIDER_DECLARES_THE_CAPABILITY
        .diagnostic("The provider does not declare the capability " + operation.capability().label() + ".")
        .location(at(id))
        .putDetails("capability", operation.capability().label())
        .build());
  }

  static Location at(EnvironmentId id) {
    return Location.ofPath("environments/" + id);
  }

  private static List<Diagnostic> tierFits(EnvironmentType type, Optional<ClusterTier> tier, Location at) {
    boolean dedicated = type.capabilities().dedicatedIaasHardware();
    if (dedicated && tier.isEmpty()) {
      return List.of(TIERS_ONLY_ON_DEDICATED_HARDWARE
          .diagnostic("The " + type.label() + " environment runs on a dedicated cluster and needs a tier.")
          .location(at)
          .build());
    }
    if (!dedicated && tier.isPresent()) {
      return List.of(TIERS_ONLY_ON_DEDICATED_HARDWARE
          .diagnostic("The " + type.label() + " environment runs in PaaS containers; the tier " + tier.get()
              + " does not apply.")
          .location(at)
          .build());
    }
    return List.of();
  }

  private static List<Diagnostic> scaledArchitecture(Optional<ClusterTier> tier, Location at) {
    if (tier.isPresent() && tier.get().offersScaledArchitecture()) {
      return List.of();
    }
    return List.of(SCALED_ARCHITECTURE_FROM_PRO48
        .diagnostic("The scaled architecture is offered from Pro" + ClusterTier.SCALED_ARCHITECTURE_FROM_VCPU
            + tier.map(t -> ", not on " + t).orElse(", and no tier is given") + ".")
        .location(at)
        .putDetails("tier", tier.map(ClusterTier::name).orElse("none"))
        .build());
  }

  private static List<Diagnostic> mustBe(EnvironmentStatus wanted, EnvironmentState state, String verb) {
    if (state.status() == wanted) {
      return List.of();
    }
    return List.of(OPERATION_FITS_THE_ENVIRONMENT_STATE
        .diagnostic("Environment " + state.environmentId() + " is " + label(state.status()) + "; only an "
            + label(wanted) + " environment can be " + verb + ".")
        .location(at(state.environmentId()))
        .putDetails("status", label(state.status()))
        .build());
  }

  private static String label(EnvironmentStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
