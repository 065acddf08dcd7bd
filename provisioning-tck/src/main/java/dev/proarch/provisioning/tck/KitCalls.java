package dev.proarch.provisioning.tck;

import dev.proarch.provisioning.ProvisioningException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls a provider directly, with the contract's timeout, so that a hanging provider fails its test instead
 * of hanging the build. The timer is scheduled before the call starts, as in the guard.
 */
final class KitCalls {
  /** Fires real-time timeouts for contracts that keep the default scheduler; daemon, shared, never closed. */
  static final ScheduledExecutorService REAL_TIME =
      Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "proarch-tck-timeout");
        thread.setDaemon(true);
        return thread;
      });

  /** A provider call. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws ProvisioningException;
  }

  private KitCalls() {}

  /**
   * The call's result, or its {@link ProvisioningException}; a timeout or any other exception is an {@link
   * AssertionError} naming the provider and the call.
   */
  static <T> T call(ProvisionerContract contract, String what, Call<T> call) throws ProvisioningException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Duration timeout = contract.callTimeout();
    ScheduledFuture<?> timer = contract.timeoutScheduler().schedule(
        () -> result.completeExceptionally(new TimeoutException()), timeout.toNanos(), TimeUnit.NANOSECONDS);
    ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "proarch-tck-call");
      thread.setDaemon(true);
      return thread;
    });
    try {
      worker.execute(() -> {
        try {
          result.complete(call.run());
        } catch (Throwable e) { // the kit judges every failure, even an Error
          result.completeExceptionally(e);
        }
      });
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(name(contract) + " was interrupted during " + what, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TimeoutException) {
        throw new AssertionError(name(contract) + " did not finish " + what + " within " + timeout);
      }
      if (cause instanceof ProvisioningException failure) {
        throw failure;
      }
      throw new AssertionError(
          name(contract) + " threw " + cause + " from " + what + "; every failure must be a ProvisioningException",
          cause);
    } finally {
      timer.cancel(false);
      worker.shutdownNow();
    }
  }

  private static String name(ProvisionerContract contract) {
    return "provider " + contract.provider().getClass().getName();
  }
}
