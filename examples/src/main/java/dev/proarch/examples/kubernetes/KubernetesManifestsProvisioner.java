package dev.proarch.examples.kubernetes;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.ProShape;
import dev.proarch.core.model.NodeRole;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps each environment's state and its rendered manifests. A real provider would apply the manifests with
 * a Kubernetes client; this one only renders them, which is enough to show the mapping and pass the TCK.
 */
public final class KubernetesManifestsProvisioner implements Provisioner {
  private final String namespace;
  private final Map<EnvironmentId, EnvironmentState> environments = new TreeMap<>();

  KubernetesManifestsProvisioner(String namespace) {
    this.namespace = namespace;
  }

  @Override
  public ProviderId providerId() {
    return KubernetesManifestsProvider.ID;
  }

  /** The manifests of one environment, as the YAML text {@code kubectl apply -f -} reads. */
  public synchronized String manifests(EnvironmentId id) throws ProvisioningException {
    EnvironmentState state = known(id);
    if (!state.isActive()) {
      throw failure("environment " + id + " is deactivated and has no manifests");
    }
    return ManifestRenderer.render(namespace, state);
  }

  @Override
  public synchronized EnvironmentState provision(ProvisionRequest request, ProgressListener listener)
      throws ProvisioningException {
    if (environments.containsKey(request.environmentId())) {
      throw failure("environment " + request.environmentId() + " exists already");
    }
    EnvironmentState state = EnvironmentState.builder()
        .environmentId(request.environmentId())
        .spec(request.spec())
        .status(EnvironmentStatus.ACTIVE)
        .addAllNodes(nodes(request.spec()))
        .build();
    environments.put(state.environmentId(), state);
    tell(listener, state.environmentId(),
        "rendered " + state.nodes().size() + " StatefulSets and a PodDisruptionBudget");
    return state;
  }

  @Override
  public synchronized EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState state = known(request.environmentId());
    if (!state.isActive()) {
      throw failure("environment " + state.environmentId() + " is not active");
    }
    ScaleStep step = request.step();
    for (int id : step.nodeIds()) {
      if (state.node(id).isEmpty()) {
        throw failure("environment " + state.environmentId() + " has no node " + id);
      }
    }
    List<NodeState> nodes = new ArrayList<>();
    for (NodeState node : state.nodes()) {
      nodes.add(step.nodeIds().contains(node.id())
          ? node.withTier(step.targetTier()).withStatus(NodeStatus.SERVING)
          : node);
    }
    EnvironmentState after = state.withNodes(nodes);
    environments.put(after.environmentId(), after);
    tell(listener, after.environmentId(),
        "re-rendered the StatefulSets of nodes " + step.nodeIds() + " at " + step.targetTier());
    return after;
  }

  @Override
  public BackupRecord createBackup(BackupRequest request, ProgressListener listener) throws ProvisioningException {
    throw failure("backups are not supported; the provider does not declare the capability");
  }

  @Override
  public EnvironmentState restore(RestoreRequest request, ProgressListener listener) throws ProvisioningException {
    throw failure("restores are not supported; the provider does not declare the capability");
  }

  @Override
  public synchronized EnvironmentState deactivate(EnvironmentId id, ProgressListener listener)
      throws ProvisioningException {
    EnvironmentState inactive = known(id).withStatus(EnvironmentStatus.INACTIVE).withNodes(List.of());
    environments.put(id, inactive);
    tell(listener, id, "removed the manifests of " + id);
    return inactive;
  }

  @Override
  public synchronized void delete(EnvironmentId id, ProgressListener listener) throws ProvisioningException {
    if (known(id).isActive()) {
      throw failure("environment " + id + " is active; deactivate it first");
    }
    environments.remove(id);
  }

  @Override
  public synchronized EnvironmentState describe(EnvironmentId id) throws ProvisioningException {
    return known(id);
  }

  @Override
  public synchronized List<EnvironmentState> environments() {
    return List.copyOf(environments.values());
  }

  @Override
  public synchronized List<BackupRecord> backups(EnvironmentId id) throws ProvisioningException {
    known(id);
    return List.of();
  }

  private static List<NodeState> nodes(EnvironmentSpec spec) {
    if (spec.tier().isEmpty()) {
      return List.of(node(1, NodeRole.CONTAINER, Optional.empty()));
    }
    List<NodeState> nodes = new ArrayList<>();
    NodeRole data = spec.scaledArchitecture() ? NodeRole.SERVICE : NodeRole.UNIFIED;
    for (int id = 1; id <= ClusterTier.NODES; id++) {
      nodes.add(node(id, data, spec.tier()));
    }
    if (spec.scaledArchitecture()) {
      for (int id = ClusterTier.NODES + 1; id <= ClusterTier.NODES + ProShape.MIN_WEB_NODES; id++) {
        nodes.add(node(id, NodeRole.WEB, spec.tier()));
      }
    }
    return nodes;
  }

  private static NodeState node(int id, NodeRole role, Optional<ClusterTier> tier) {
    return NodeState.builder()
        .id(id)
        .zone("zone-" + ((id - 1) % ClusterTier.NODES + 1))
        .role(role)
        .tier(tier)
        .status(NodeStatus.SERVING)
        .build();
  }

  private EnvironmentState known(EnvironmentId id) throws ProvisioningException {
    EnvironmentState state = environments.get(id);
    if (state == null) {
      throw failure("no environment " + id);
    }
    return state;
  }

  private void tell(ProgressListener listener, EnvironmentId id, String message) {
    listener.onEvent(ProgressEvent.of(providerId(), id, Instant.now(), message));
  }

  private ProvisioningException failure(String message) {
    return new ProvisioningException(providerId(), message);
  }
}
