package dev.proarch.examples.kubernetes;

import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.ProvisioningException;
import java.util.EnumSet;
import java.util.Set;

/**
 * An example third-party provider: it renders each environment's topology as Kubernetes manifests instead
 * of calling a cloud. The Pro rules show up as Kubernetes objects: the rolling rotation is a
 * PodDisruptionBudget with {@code maxUnavailable: 1}, and the three availability zones are a required pod
 * anti-affinity on {@code topology.kubernetes.io/zone}. Listed in {@code META-INF/services}, so {@code
 * ProviderRegistry.load()} finds it; its test runs the provisioning TCK.
 */
public final class KubernetesManifestsProvider implements ProvisionerProvider {
  public static final ProviderId ID = ProviderId.of("kubernetes-manifests");
  /** The setting that names the namespace the manifests go to. */
  public static final String NAMESPACE = "namespace";

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Kubernetes manifests (example)";
  }

  /** No backups: snapshots of volumes belong to the cluster's storage, not to rendered manifests. */
  @Override
  public Set<ProviderCapability> capabilities() {
    return Set.copyOf(EnumSet.of(
        ProviderCapability.PROVISION, ProviderCapability.SCALE, ProviderCapability.DEACTIVATE,
        ProviderCapability.DELETE));
  }

  @Override
  public Provisioner create(ProviderConfig config) throws ProvisioningException {
    String namespace = config.setting(NAMESPACE).orElse("proarch");
    if (!namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      throw new ProvisioningException(ID, "the namespace '" + namespace + "' is not a valid Kubernetes name");
    }
    return new KubernetesManifestsProvisioner(namespace);
  }
}
