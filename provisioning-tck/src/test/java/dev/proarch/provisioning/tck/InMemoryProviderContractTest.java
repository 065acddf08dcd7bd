package dev.proarch.provisioning.tck;

import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.inmemory.InMemoryProvisionerProvider;

/** The reference provider passes the whole contract. */
class InMemoryProviderContractTest implements ProvisionerContract {
  @Override
  public ProvisionerProvider provider() {
    return new InMemoryProvisionerProvider();
  }
}
