package dev.proarch.examples.kubernetes;

import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.tck.ProvisionerContract;

/** The example provider passes the provisioning TCK: this is all a third party writes. */
class KubernetesManifestsContractTest implements ProvisionerContract {
  @Override
  public ProvisionerProvider provider() {
    return new KubernetesManifestsProvider();
  }
}
