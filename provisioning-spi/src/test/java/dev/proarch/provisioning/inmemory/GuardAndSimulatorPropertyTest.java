package dev.proarch.provisioning.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.provisioning.BackupKind;
import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.Fixtures;
import dev.proarch.provisioning.Fixtures.ManualClock;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.ScaleStepRequest;
import dev.proarch.provisioning.guard.OperationReport;
import dev.proarch.provisioning.guard.OperationStatus;
import dev.proarch.provisioning.guard.ProvisioningService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random request sequences, valid and not, sent through the guard to the simulator, with step failures
 * injected and recovery plans run. The guard must keep every cluster at two serving nodes or more, and the
 * simulator must lose no backup that retention keeps.
 */
class GuardAndSimulatorPropertyTest {
  private static final List<Integer> TIERS = List.of(0, 12, 24, 36, 45, 48, 60, 90, 120);
  private static final BackupRetention RETENTION = BackupRetention.seedSchedule();
  private static final List<EnvironmentType> NATURAL_TYPES =
      List.of(EnvironmentType.STAGING, EnvironmentType.PRODUCTION, EnvironmentType.INTEGRATION, EnvironmentType.INTEGRATION);

  @Property(tries = 200)
  void forAnyRequestSequenceTheGuardAndSimulatorNeverHaveFewerThanTwoNodesServing(
      @ForAll("requests") List<Request> requests) {
    World world = new World();
    try (ProvisioningService guard = world.guard()) {
      for (Request request : requests) {
        world.run(guard, request);
      }
    }
    assertThat(world.simulator.timeline())
        .filteredOn(sample -> sample.totalNodes() >= ClusterTier.NODES)
        .allSatisfy(sample -> assertThat(sample.servingNodes())
            .as("%s at %s after %s", sample.environmentId(), sample.at(), sample.cause())
            .isGreaterThanOrEqualTo(2));
  }

  @Property(tries = 200)
  void forAnyRequestSequenceNoBackupThatRetentionKeepsIsLost(@ForAll("requests") List<Request> requests) {
    World world = new World();
    try (ProvisioningService guard = world.guard()) {
      for (Request request : requests) {
        Set<BackupRecord> before = new HashSet<>(world.simulator.allBackups());
        world.run(guard, request);
        Set<BackupRecord> after = new HashSet<>(world.simulator.allBackups());
        Set<BackupRecord> offered = new HashSet<>(before);
        offered.addAll(after);
        assertThat(after).as("after %s", request).containsAll(keptByRetention(offered, world.clock.instant()));
      }
    }
  }

  /** Shows that the availability property can fail: the simulator alone obeys a two-node step. */
  @Test
  void withoutTheGuardTheSimulatorTakesTwoNodesOutWhenToldTo() throws ProvisioningException {
    World world = new World();
    EnvironmentId id = EnvironmentId.of("env-0");
    world.simulator.provision(
        ProvisionRequest.of(id, Fixtures.dedicated(EnvironmentType.STAGING, ClusterTier.PRO12)), ProgressListener.NONE);
    ScaleStep twoAtOnce = ScaleStep.builder().addNodeIds(1, 2).targetTier(ClusterTier.of(24)).build();
    world.simulator.applyStep(
        ScaleStepRequest.builder().environmentId(id).step(twoAtOnce).stepNumber(1).stepCount(1).build(),
        ProgressListener.NONE);
    assertThat(world.simulator.timeline()).extracting(AvailabilitySample::servingNodes).contains(1);
  }

  /** Shows that the retention property can fail: deleting an environment's backups loses kept ones. */
  @Test
  void retentionKeepsTheNewestAutomaticBackupOfEveryEnvironment() throws ProvisioningException {
    World world = new World();
    EnvironmentId id = EnvironmentId.of("env-0");
    world.simulator.provision(
        ProvisionRequest.of(id, Fixtures.dedicated(EnvironmentType.PRODUCTION, ClusterTier.PRO12)), ProgressListener.NONE);
    BackupRecord backup = world.simulator.createBackup(BackupRequest.of(id, BackupKind.AUTOMATIC), ProgressListener.NONE);
    world.clock.advance(Duration.ofDays(400));
    assertThat(keptByRetention(Set.of(backup), world.clock.instant())).containsExactly(backup);
  }

  private static Set<BackupRecord> keptByRetention(Set<BackupRecord> backups, Instant now) {
    Map<EnvironmentId, List<BackupRecord>> byEnvironment = backups.stream()
        .sorted(java.util.Comparator.comparing((BackupRecord b) -> b.createdAt())
            .thenComparingInt(b -> Integer.parseInt(b.backupId().value().substring("inmemory-".length()))))
        .collect(Collectors.groupingBy(BackupRecord::environmentId, java.util.LinkedHashMap::new, Collectors.toList()));
    Set<BackupRecord> kept = new HashSet<>();
    byEnvironment.values().forEach(list -> {
      kept.addAll(list.stream().filter(b -> b.kind() == BackupKind.MANUAL).toList());
      kept.addAll(RETENTION.kept(list.stream().filter(b -> b.kind() == BackupKind.AUTOMATIC).toList(), now));
    });
    return kept;
  }

  @Provide
  Arbitrary<List<Request>> requests() {
    Arbitrary<Integer> env = Arbitraries.integers().between(0, NATURAL_TYPES.size() - 1);
    Arbitrary<Integer> tier = Arbitraries.of(TIERS);
    Arbitrary<Request> provision =
        Combinators.combine(env, Arbitraries.of(EnvironmentType.class), tier, Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 9))
            .as((e, type, t, scaled, dice) -> dice < 8 ? sensible(e, t, scaled) : new Provision(e, type, t, scaled));
    Arbitrary<PlanShape> shape = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(4, PlanShape.GUARD), net.jqwik.api.Tuple.of(1, PlanShape.TWO_AT_ONCE),
        net.jqwik.api.Tuple.of(1, PlanShape.ALL_AT_ONCE), net.jqwik.api.Tuple.of(1, PlanShape.SKIP_ONE),
        net.jqwik.api.Tuple.of(1, PlanShape.REVERSED));
    Arbitrary<Request> scale = Combinators.combine(env, tier.filter(t -> t > 0), shape).as(Scale::new);
    Arbitrary<Request> fail = Arbitraries.integers().between(1, 3).map(FailStep::new);
    Arbitrary<Request> backup = Combinators.combine(env, Arbitraries.of(BackupKind.class)).as(Backup::new);
    Arbitrary<Request> restore = Combinators.combine(env, Arbitraries.integers().between(0, 20)).as(Restore::new);
    Arbitrary<Request> deactivate = env.map(Deactivate::new);
    Arbitrary<Request> delete = env.map(Delete::new);
    Arbitrary<Request> advance = Arbitraries.integers().between(1, 24 * 40).map(Advance::new);
    Arbitrary<Request> recover = Arbitraries.just(new Recover());
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, provision), net.jqwik.api.Tuple.of(8, scale), net.jqwik.api.Tuple.of(2, fail),
            net.jqwik.api.Tuple.of(4, backup), net.jqwik.api.Tuple.of(2, restore), net.jqwik.api.Tuple.of(3, deactivate),
            net.jqwik.api.Tuple.of(3, delete), net.jqwik.api.Tuple.of(4, advance), net.jqwik.api.Tuple.of(2, recover))
        .list()
        .ofMinSize(5)
        .ofMaxSize(40);
  }

  /** Mostly requests a host would make: each id keeps its natural type, dedicated ones get a tier. */
  private static Provision sensible(int env, int tier, boolean scaled) {
    EnvironmentType type = NATURAL_TYPES.get(env);
    int fitting = type.isDedicated() ? (tier == 0 ? 12 : tier) : 0;
    return new Provision(env, type, fitting, scaled && fitting >= 48);
  }

  /** How a scale request's plan is made: by the guard, or by a careless host. */
  enum PlanShape {
    GUARD,
    TWO_AT_ONCE,
    ALL_AT_ONCE,
    SKIP_ONE,
    REVERSED
  }

  sealed interface Request permits Provision, Scale, FailStep, Backup, Restore, Deactivate, Delete, Advance, Recover {}

  record Provision(int env, EnvironmentType type, int tier, boolean scaled) implements Request {}

  record Scale(int env, int tier, PlanShape shape) implements Request {}

  record FailStep(int stepNumber) implements Request {}

  record Backup(int env, BackupKind kind) implements Request {}

  record Restore(int env, int backupIndex) implements Request {}

  record Deactivate(int env) implements Request {}

  record Delete(int env) implements Request {}

  record Advance(int hours) implements Request {}

  record Recover() implements Request {}

  /** The simulator, its clock and the last recovery plan offered. */
  private static final class World {
    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final InMemoryProvisioner simulator = new InMemoryProvisioner(clock, RETENTION);
    Optional<OperationReport> lastFailure = Optional.empty();

    ProvisioningService guard() {
      return ProvisioningService.builder()
          .provisioner(simulator, EnumSet.allOf(ProviderCapability.class))
          .clock(clock)
          .build();
    }

    void run(ProvisioningService guard, Request request) {
      OperationReport report = null;
      if (request instanceof Provision p) {
        report = guard.provision(ProvisionRequest.of(id(p.env()), spec(p)));
      } else if (request instanceof Scale scale) {
        report = guard.scale(scale(scale));
      } else if (request instanceof FailStep f) {
        simulator.failStep(f.stepNumber(), "injected");
      } else if (request instanceof Backup b) {
        report = guard.backup(BackupRequest.of(id(b.env()), b.kind()));
      } else if (request instanceof Restore r) {
        report = restore(guard, r);
      } else if (request instanceof Deactivate d) {
        report = guard.deactivate(id(d.env()));
      } else if (request instanceof Delete d) {
        report = guard.delete(id(d.env()));
      } else if (request instanceof Advance a) {
        clock.advance(Duration.ofHours(a.hours()));
      } else {
        report = recover(guard);
      }
      if (report != null) {
        net.jqwik.api.statistics.Statistics.label("outcomes").collect(report.operation(), report.status());
      }
      if (report != null && report.status() == OperationStatus.FAILED) {
        lastFailure = Optional.of(report);
      }
    }

    private OperationReport restore(ProvisioningService guard, Restore restore) {
      List<BackupRecord> all = simulator.allBackups();
      if (all.isEmpty()) {
        return null;
      }
      return guard.restore(RestoreRequest.of(id(restore.env()), all.get(restore.backupIndex() % all.size())));
    }

    private OperationReport recover(ProvisioningService guard) {
      if (lastFailure.isEmpty() || lastFailure.get().recoveryPlan().isEmpty()) {
        return null;
      }
      OperationReport failed = lastFailure.get();
      lastFailure = Optional.empty();
      ClusterTier safe = failed.recoveryPlan().get(0).targetTier();
      return guard.scale(ScaleRequest.builder().environmentId(failed.environmentId()).targetTier(safe)
          .addAllPlan(failed.recoveryPlan()).build());
    }

    private ScaleRequest scale(Scale scale) {
      ClusterTier target = ClusterTier.of(scale.tier());
      dev.proarch.provisioning.ImmutableScaleRequest.Builder request = ScaleRequest.builder().environmentId(id(scale.env())).targetTier(target);
      List<Integer> nodes = simulator.environments().stream()
          .filter(state -> state.environmentId().equals(id(scale.env())))
          .flatMap(state -> state.nodes().stream().map(node -> node.id()))
          .toList();
      if (nodes.isEmpty() || scale.shape() == PlanShape.GUARD) {
        return request.build();
      }
      List<ScaleStep> plan = new ArrayList<>();
      switch (scale.shape()) {
        case TWO_AT_ONCE -> {
          plan.add(ScaleStep.builder().addAllNodeIds(nodes.subList(0, Math.min(2, nodes.size()))).targetTier(target).build());
          nodes.stream().skip(2).forEach(node -> plan.add(ScaleStep.of(node, target)));
        }
        case ALL_AT_ONCE -> plan.add(ScaleStep.builder().addAllNodeIds(nodes).targetTier(target).build());
        case SKIP_ONE -> nodes.stream().skip(1).forEach(node -> plan.add(ScaleStep.of(node, target)));
        case REVERSED -> nodes.stream().sorted(java.util.Comparator.reverseOrder())
            .forEach(node -> plan.add(ScaleStep.of(node, target)));
        default -> throw new IllegalStateException();
      }
      return request.addAllPlan(plan).build();
    }

    private static EnvironmentSpec spec(Provision provision) {
      dev.proarch.provisioning.ImmutableEnvironmentSpec.Builder spec = EnvironmentSpec.builder()
          .type(provision.type())
          .commerceVersion(CommerceVersion.of("2.4.7"))
          .scaledArchitecture(provision.scaled());
      if (provision.tier() > 0) {
        spec.tier(ClusterTier.of(provision.tier()));
      }
      return spec.build();
    }

    private static EnvironmentId id(int env) {
      return EnvironmentId.of("env-" + env);
    }
  }
}
