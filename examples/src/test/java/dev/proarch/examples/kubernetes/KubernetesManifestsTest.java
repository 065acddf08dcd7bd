package dev.proarch.examples.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentSpec;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderRegistry;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.ScaleRequest;
import dev.proarch.provisioning.ServiceSpec;
import dev.proarch.provisioning.guard.OperationStatus;
import dev.proarch.provisioning.guard.ProvisioningService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {
  private static final EnvironmentId PRODUCTION = EnvironmentId.of("production");

  @Test
  void theRollingRuleIsAPodDisruptionBudgetAndZonesAreAntiAffinity() throws Exception {
    KubernetesManifestsProvisioner provisioner = provisioner();
    try (ProvisioningService guard = guard(provisioner)) {
      guard.provision(ProvisionRequest.of(PRODUCTION, production(ClusterTier.PRO12)));
    }
    String yaml = provisioner.manifests(PRODUCTION);
    assertThat(count(yaml, "kind: PodDisruptionBudget")).isEqualTo(1);
    assertThat(yaml).contains("  maxUnavailable: 1\n");
    assertThat(count(yaml, "kind: StatefulSet")).isEqualTo(3);
    assertThat(count(yaml, "podAntiAffinity:")).isEqualTo(3);
    assertThat(count(yaml, "- topologyKey: topology.kubernetes.io/zone")).isEqualTo(3);
    assertThat(yaml).contains("values: [zone-1]", "values: [zone-2]", "values: [zone-3]");
    assertThat(count(yaml, "requests: {cpu: \"4\", memory: 16Gi}")).isEqualTo(3);
    assertThat(yaml).contains("namespace: shop-prod").contains("- name: mysql\n        image: example.invalid/mysql:10.6");
  }

  @Test
  void scalingThroughTheGuardReRendersEveryNodeAtTheNewTier() throws Exception {
    KubernetesManifestsProvisioner provisioner = provisioner();
    try (ProvisioningService guard = guard(provisioner)) {
      guard.provision(ProvisionRequest.of(PRODUCTION, production(ClusterTier.PRO12)));
      assertThat(guard.scale(ScaleRequest.of(PRODUCTION, ClusterTier.of(48))).status()).isEqualTo(OperationStatus.APPLIED);
    }
    String yaml = provisioner.manifests(PRODUCTION);
    assertThat(count(yaml, "requests: {cpu: \"16\", memory: 64Gi}")).isEqualTo(3);
    assertThat(yaml).doesNotContain("cpu: \"4\"");
  }

  @Test
  void theProviderIsFoundThroughServiceLoader() throws Exception {
    assertThat(ProviderRegistry.load().get(KubernetesManifestsProvider.ID)).isInstanceOf(KubernetesManifestsProvider.class);
  }

  @Test
  void anInvalidNamespaceIsAProvisioningExceptionNamingTheProvider() {
    assertThatThrownBy(() -> new KubernetesManifestsProvider().create(
            ProviderConfig.builder().putSettings(KubernetesManifestsProvider.NAMESPACE, "Shop_Prod").build()))
        .isInstanceOfSatisfying(ProvisioningException.class,
            e -> assertThat(e.providerId()).isEqualTo(KubernetesManifestsProvider.ID))
        .hasMessageContaining("Shop_Prod");
  }

  private static KubernetesManifestsProvisioner provisioner() throws ProvisioningException {
    return (KubernetesManifestsProvisioner) new KubernetesManifestsProvider()
        .create(ProviderConfig.builder().putSettings(KubernetesManifestsProvider.NAMESPACE, "shop-prod").build());
  }

  private static ProvisioningService guard(KubernetesManifestsProvisioner provisioner) {
    return ProvisioningService.builder()
        .provisioner(provisioner, new KubernetesManifestsProvider().capabilities())
        .build();
  }

  private static EnvironmentSpec production(ClusterTier tier) {
    return EnvironmentSpec.builder()
        .type(EnvironmentType.PRODUCTION)
        .tier(tier)
        .commerceVersion(CommerceVersion.of("2.4.7"))
        .addServices(ServiceSpec.of("mysql", "10.6"))
        .build();
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
