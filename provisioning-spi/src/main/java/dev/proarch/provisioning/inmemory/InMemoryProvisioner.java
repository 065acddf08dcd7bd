package dev.proarch.provisioning.inmemory;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.NodeRole;
import dev.proarch.provisioning.BackupId;
import dev.proarch.provisioning.BackupKind;
import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.EnvironmentStatus;
import dev.proarch.provisioning.NodeState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ProgressEvent;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleStep;
import dev.proarch.provisioning.ScaleStepRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A simulated Pro project. It does what it is told, mechanically: a step naming two nodes takes both out,
 * which the {@link #timeline()} records. Keeping the architecture is the guard's job, and the simulator
 * lets tests prove it. Thread-safe: every method is synchronized.
 */
public final class InMemoryProvisioner implements Provisioner {
  private static final int CLUSTER_NODES = ClusterTier.NODES;
  private static final int SCALED_WEB_NODES = 3;

  private final Clock clock;
  private final BackupRetention retention;
  private final Map<EnvironmentId, EnvironmentState> environments = new TreeMap<>();
  private final Map<EnvironmentId, List<BackupRecord>> backups = new TreeMap<>();
  private final List<AvailabilitySample> timeline = new ArrayList<>();
  private int backupSequence;
  private Optional<StepFailure> stepFailure = Optional.empty();

  private record StepFailure(int stepNumber, String reason) {}

  public InMemoryProvisioner(Clock clock, BackupRetention retention) {
    this.clock = clock;
    this.retention = retention;
  }

  /** The retention the provider uses by default: the seed's schedule. */
  public static BackupRetention defaultRetention() {
    return BackupRetention.seedSchedule();
  }

  @Override
  public ProviderId providerId() {
    return InMemoryProvisionerProvider.ID;
  }

  @Override
  public synchronized EnvironmentState provision(ProvisionRequest request, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentId id = request.environmentId();
    if (environments.containsKey(id)) {
      throw failure("environment " + id + " exists already");
    }
    EnvironmentState state = EnvironmentState.builder()
        .environmentId(id)
        .spec(request.spec())
        .status(EnvironmentStatus.ACTIVE)
        .addAllNodes(nodesFor(request.spec()))
        .build();
    environments.put(id, state);
    backups.putIfAbsent(id, new ArrayList<>());
    record(state, "provisioned");
    tell(listener, id, "provisioned " + id + " with " + state.nodes().size() + " nodes");
    return state;
  }

  @Override
  public synchronized EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = active(request.environmentId());
    ScaleStep step = request.step();
    for (int id : step.nodeIds()) {
      if (state.node(id).isEmpty()) {
        throw failure("environment " + state.environmentId() + " has no node " + id);
      }
    }
    Set<Integer> moving = new HashSet<>();
    for (int id : step.nodeIds()) {
      NodeState node = state.node(id).orElseThrow();
      if (!node.isServingAt(step.targetTier())) {
        moving.add(id);
      }
    }
    if (moving.isEmpty()) {
      return state; // already applied: a retried step changes nothing
    }
    state = update(state, moving, node -> node.withStatus(NodeStatus.ROTATING));
    record(state, "nodes " + moving + " rotating to " + step.targetTier());
    Optional<StepFailure> fault = stepFailure.filter(f -> f.stepNumber() == request.stepNumber());
    if (fault.isPresent()) {
      stepFailure = Optional.empty();
      throw failure("step " + request.stepNumber() + " failed with nodes " + moving + " out of service: "
          + fault.get().reason());
    }
    state = update(state, moving, node -> node.withTier(step.targetTier()).withStatus(NodeStatus.SERVING));
    state = settleSpec(state);
    record(state, "nodes " + moving + " serving at " + step.targetTier());
    tell(listener, state.environmentId(), "nodes " + moving + " serving at " + step.targetTier());
    return state;
  }

  @Override
  public synchronized BackupRecord createBackup(BackupRequest request, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = active(request.environmentId());
    backupSequence++;
    BackupRecord backup = BackupRecord.builder()
        .backupId(BackupId.of("inmemory-" + backupSequence))
        .environmentId(state.environmentId())
        .environmentType(state.spec().type())
        .kind(request.kind())
        .createdAt(clock.instant())
        .label(request.label())
        .build();
    List<BackupRecord> held = backups.computeIfAbsent(state.environmentId(), id -> new ArrayList<>());
    held.add(backup);
    prune(held);
    tell(listener, state.environmentId(), "created " + request.kind().label() + " backup " + backup.backupId());
    return backup;
  }

  @Override
  public synchronized EnvironmentState restore(RestoreRequest request, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = active(request.targetEnvironmentId());
    BackupRecord backup = request.backup();
    boolean held = backups.getOrDefault(backup.environmentId(), List.of()).contains(backup);
    if (!held) {
      throw failure("backup " + backup.backupId() + " of " + backup.environmentId() + " does not exist");
    }
    tell(listener, state.environmentId(), "restored from " + backup.backupId());
    return state;
  }

  @Override
  public synchronized EnvironmentState deactivate(EnvironmentId environmentId, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = known(environmentId);
    if (!state.isActive()) {
      return state;
    }
    EnvironmentState inactive = state.withStatus(EnvironmentStatus.INACTIVE).withNodes(List.of());
    environments.put(environmentId, inactive);
    tell(listener, environmentId, "deactivated " + environmentId);
    return inactive;
  }

  @Override
  public synchronized void delete(EnvironmentId environmentId, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = known(environmentId);
    if (state.isActive()) {
      throw failure("environment " + environmentId + " is active; deactivate it before deleting it");
    }
    environments.remove(environmentId);
    tell(listener, environmentId, "deleted " + environmentId + "; its backups remain");
  }

  @Override
  public synchronized EnvironmentState describe(EnvironmentId environmentId) throws ProvisioningException {
    return known(environmentId);
  }

  @Override
  public synchronized List<EnvironmentState> environments() {
    return List.copyOf(environments.values());
  }

  @Override
  public synchronized List<BackupRecord> backups(EnvironmentId environmentId) throws ProvisioningException {
    if (!backups.containsKey(environmentId)) {
      throw failure("no environment " + environmentId + " has ever existed");
    }
    return List.copyOf(backups.get(environmentId));
  }

  /** Every backup held, of every environment, deleted ones included. */
  public synchronized List<BackupRecord> allBackups() {
    return backups.values().stream().flatMap(List::stream).toList();
  }

  /** Every change of the number of serving nodes, in order. */
  public synchronized List<AvailabilitySample> timeline() {
    return List.copyOf(timeline);
  }

  /**
   * Fault injection for tests: the next step with this 1-based number that moves a node takes it out of
   * service and then fails, leaving it rotating, as a real cluster does when a resize breaks half-way.
   */
  public synchronized void failStep(int stepNumber, String reason) {
    stepFailure = Optional.of(new StepFailure(stepNumber, reason));
  }

  private void prune(List<BackupRecord> held) {
    List<BackupRecord> automatic = held.stream().filter(b -> b.kind() == BackupKind.AUTOMATIC).toList();
    Set<BackupRecord> kept = new HashSet<>(retention.kept(automatic, clock.instant()));
    held.removeIf(backup -> backup.kind() == BackupKind.AUTOMATIC && !kept.contains(backup));
  }

  private EnvironmentState active(EnvironmentId id) throws ProvisioningException {
    EnvironmentState state = known(id);
    if (!state.isActive()) {
      throw failure("environment " + id + " is not active");
    }
    return state;
  }

  private EnvironmentState known(EnvironmentId id) throws ProvisioningException {
    EnvironmentState state = environments.get(id);
    if (state == null) {
      throw failure("no environment " + id);
    }
    return state;
  }

  private EnvironmentState update(
      EnvironmentState state, Set<Integer> ids, java.util.function.UnaryOperator<NodeState> change) {
    EnvironmentState updated = state.withNodes(state.nodes().stream()
        .map(node -> ids.contains(node.id()) ? change.apply(node) : node)
        .toList());
    environments.put(state.environmentId(), updated);
    return updated;
  }

  /** Once every node runs at one new tier, the environment's spec says so too. */
  private EnvironmentState settleSpec(EnvironmentState state) {
    if (!state.isSettled() || state.uniformTier().isEmpty() || state.uniformTier().equals(state.spec().tier())) {
      return state;
    }
    EnvironmentState settled = state.withSpec(state.spec().withTier(state.uniformTier().get()));
    environments.put(state.environmentId(), settled);
    return settled;
  }

  private static List<NodeState> nodesFor(EnvironmentSpec spec) {
    if (spec.tier().isEmpty()) {
      return List.of(node(1, "paas", NodeRole.CONTAINER, spec));
    }
    List<NodeState> nodes = new ArrayList<>();
    NodeRole core = spec.scaledArchitecture() ? NodeRole.SERVICE : NodeRole.UNIFIED;
    for (int id = 1; id <= CLUSTER_NODES; id++) {
      nodes.add(node(id, zone(id), core, spec));
    }
    if (spec.scaledArchitecture()) {
      for (int id = CLUSTER_NODES + 1; id <= CLUSTER_NODES + SCALED_WEB_NODES; id++) {
        nodes.add(node(id, zone(id), NodeRole.WEB, spec));
      }
    }
    return nodes;
  }

  private static String zone(int nodeId) {
    return "zone-" + ((nodeId - 1) % CLUSTER_NODES + 1);
  }

  private static NodeState node(int id, String zone, NodeRole role, EnvironmentSpec spec) {
    return NodeState.builder().id(id).zone(zone).role(role).tier(spec.tier()).status(NodeStatus.SERVING).build();
  }

  private void record(EnvironmentState state, String cause) {
    timeline.add(AvailabilitySample.builder()
        .at(clock.instant())
        .environmentId(state.environmentId())
        .servingNodes((int) state.servingNodes())
        .totalNodes(state.nodes().size())
        .cause(cause)
        .build());
  }

  private void tell(ProgressListener listener, EnvironmentId id, String message) {
    listener.onEvent(ProgressEvent.of(providerId(), id, clock.instant(), message));
  }

  private ProvisioningException failure(String message) {
    return new ProvisioningException(providerId(), message);
  }
}
