package dev.proarch.provisioning;

import java.util.List;

/**
 * What a provider does, one environment operation at a time. Hosts call it only through the guard, {@code
 * dev.proarch.provisioning.guard.ProvisioningService}, which has checked each request against the Pro
 * architecture first; a provider therefore implements mechanics, not policy.
 *
 * <p>The contract, checked by the provisioning TCK: inputs and results are immutable values; every failure
 * is a {@link ProvisioningException} naming {@link #providerId()}; {@link #describe} has no effect; {@link
 * #applyStep} is idempotent, so a step retried after a timeout changes nothing if it was already applied;
 * the state a method returns equals what {@link #describe} reports right after.
 */
public interface Provisioner {

  ProviderId providerId();

  /** Creates the environment, active, with every node serving. */
  EnvironmentState provision(ProvisionRequest request, ProgressListener listener)
      throws ProvisioningException;

  /**
   * Runs one step of a rolling plan: takes the step's nodes out of service, resizes them and brings them
   * back. Returns the state after the step.
   */
  EnvironmentState applyStep(ScaleStepRequest request, ProgressListener listener)
      throws ProvisioningException;

  BackupRecord createBackup(BackupRequest request, ProgressListener listener) throws ProvisioningException;

  EnvironmentState restore(RestoreRequest request, ProgressListener listener) throws ProvisioningException;

  /** Removes services and data; the branch and the environment's backups remain. */
  EnvironmentState deactivate(EnvironmentId environmentId, ProgressListener listener)
      throws ProvisioningException;

  /** Forgets a deactivated environment. Its backups stay until retention prunes them. */
  void delete(EnvironmentId environmentId, ProgressListener listener) throws ProvisioningException;

  /** The environment's current state; fails for an unknown id. */
  EnvironmentState describe(EnvironmentId environmentId) throws ProvisioningException;

  /** Every environment the provider knows, active or not, in id order. */
  List<EnvironmentState> environments() throws ProvisioningException;

  /** The backups of one environment, oldest first. */
  List<BackupRecord> backups(EnvironmentId environmentId) throws ProvisioningException;
}
