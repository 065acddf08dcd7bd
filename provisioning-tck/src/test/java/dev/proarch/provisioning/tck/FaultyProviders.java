package dev.proarch.provisioning.tck;

import dev.proarch.provisioning.BackupRecord;
import dev.proarch.provisioning.BackupRequest;
import dev.proarch.provisioning.EnvironmentId;
import dev.proarch.provisioning.EnvironmentState;
import dev.proarch.provisioning.NodeStatus;
import dev.proarch.provisioning.ProgressListener;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProvisionRequest;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.RestoreRequest;
import dev.proarch.provisioning.ScaleStepRequest;
import dev.proarch.provisioning.inmemory.BackupRetention;
import dev.proarch.provisioning.inmemory.InMemoryProvisioner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** Providers with one fault each, built on the simulator, for the tests that prove the kit catches them. */
final class FaultyProviders {
  static final ProviderId ID = ProviderId.of("faulty");

  private FaultyProviders() {}

  /** A provider named {@code faulty} whose provisioners the given function builds around a simulator. */
  static ProvisionerProvider provider(String displayName, Function<InMemoryProvisioner, Provisioner> fault) {
    return new ProvisionerProvider() {
      @Override
      public ProviderId id() {
        return ID;
      }

      @Override
      public String displayName() {
        return displayName;
      }

      @Override
      public Set<ProviderCapability> capabilities() {
        return Set.of(ProviderCapability.values());
      }

      @Override
      public Provisioner create(ProviderConfig config) {
        return fault.apply(new InMemoryProvisioner(Clock.systemUTC(), BackupRetention.keepAll()));
      }
    };
  }

  /** Throws an unchecked exception where the SPI promises a ProvisioningException. */
  static Provisioner throwing(InMemoryProvisioner simulator) {
    return new Delegating(simulator) {
      @Override
      public EnvironmentState describe(EnvironmentId id) {
        throw new IllegalStateException("lost track of " + id);
      }

      @Override
      public EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener) {
        throw new IllegalStateException("cannot scale");
      }
    };
  }

  /** Fails properly, but names another provider. */
  static Provisioner namingAnotherProvider(InMemoryProvisioner simulator) {
    return new Delegating(simulator) {
      @Override
      public EnvironmentState describe(EnvironmentId id) throws ProvisioningException {
        try {
          return super.describe(id);
        } catch (ProvisioningException e) {
          throw new ProvisioningException(ProviderId.of("someone-else"), e.getMessage());
        }
      }
    };
  }

  /** Resizes the node but leaves it out of service, and says so. */
  static Provisioner leavingNodesRotating(InMemoryProvisioner simulator) {
    return new Delegating(simulator) {
      @Override
      public EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
          throws ProvisioningException {
        EnvironmentState after = super.applyStep(request, listener);
        return after.withNodes(after.nodes().stream()
            .map(node -> request.step().nodeIds().contains(node.id()) ? node.withStatus(NodeStatus.ROTATING) : node)
            .toList());
      }
    };
  }

  /** Returns a list the caller can change. */
  static Provisioner modifiableResults(InMemoryProvisioner simulator) {
    return new Delegating(simulator) {
      @Override
      public List<EnvironmentState> environments() throws ProvisioningException {
        return new ArrayList<>(super.environments());
      }
    };
  }

  /**
   * Hangs in every step after moving virtual time past the timeout, as a provider whose API never answers
   * does; an interrupt releases it.
   */
  static Provisioner hanging(InMemoryProvisioner simulator, VirtualTime time, Duration timeout) {
    return new Delegating(simulator) {
      @Override
      public EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
          throws ProvisioningException {
        time.advance(timeout.plusSeconds(1));
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new ProvisioningException(ID, "interrupted");
      }
    };
  }

  /** Forwards everything to the simulator; faults override single methods. */
  static class Delegating implements Provisioner {
    private final InMemoryProvisioner simulator;

    Delegating(InMemoryProvisioner simulator) {
      this.simulator = simulator;
    }

    @Override
    public ProviderId providerId() {
      return ID;
    }

    @Override
    public EnvironmentState provision(ProvisionRequest request, ProgressListener listener)
        throws ProvisioningException {
      return rename(() -> simulator.provision(request, listener));
    }

    @Override
    public EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
        throws ProvisioningException {
      return rename(() -> simulator.applyStep(request, listener));
    }

    @Override
    public BackupRecord createBackup(BackupRequest request, ProgressListener listener)
        throws ProvisioningException {
      return rename(() -> simulator.createBackup(request, listener));
    }

    @Override
    public EnvironmentState restore(RestoreRequest request, ProgressListener listener)
        throws ProvisioningException {
      return rename(() -> simulator.restore(request, listener));
    }

    @Override
    public EnvironmentState deactivate(EnvironmentId id, ProgressListener listener) throws ProvisioningException {
      return rename(() -> simulator.deactivate(id, listener));
    }

    @Override
    public void delete(EnvironmentId id, ProgressListener listener) throws ProvisioningException {
      rename(() -> {
        simulator.delete(id, listener);
        return Boolean.TRUE;
      });
    }

    @Override
    public EnvironmentState describe(EnvironmentId id) throws ProvisioningException {
      return rename(() -> simulator.describe(id));
    }

    @Override
    public List<EnvironmentState> environments() throws ProvisioningException {
      return simulator.environments();
    }

    @Override
    public List<BackupRecord> backups(EnvironmentId id) throws ProvisioningException {
      return rename(() -> simulator.backups(id));
    }

    /** The simulator's failures, re-issued under this provider's id. */
    private static <T> T rename(KitCalls.Call<T> call) throws ProvisioningException {
      try {
        return call.run();
      } catch (ProvisioningException e) {
        String message = e.getMessage().replaceFirst("^provider \\S+: ", "");
        throw new ProvisioningException(ID, message, e);
      }
    }
  }
}
