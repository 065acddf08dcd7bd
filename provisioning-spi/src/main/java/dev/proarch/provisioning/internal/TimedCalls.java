package dev.proarch.provisioning.internal;

import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProvisioningException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each provider call on the injected executor and fails it when the injected scheduler fires first.
 * Both are injected so that tests drive time by hand instead of waiting. The timer is scheduled before the
 * call starts, so a test scheduler advanced by the call itself always finds it.
 */
public final class TimedCalls {

  /** A provider call. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws ProvisioningException;
  }

  private final ProviderId providerId;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final Duration timeout;

  public TimedCalls(
      ProviderId providerId, ExecutorService executor, ScheduledExecutorService scheduler, Duration timeout) {
    this.providerId = providerId;
    this.executor = executor;
    this.scheduler = scheduler;
    this.timeout = timeout;
  }

  /**
   * The call's result; a timeout, an interrupt or an unchecked exception of the provider becomes a {@link
   * ProvisioningException} naming the provider, described as {@code what}.
   */
  public <T> T call(String what, Call<T> call) throws ProvisioningException {
    CompletableFuture<T> result = new CompletableFuture<>();
    ScheduledFuture<?> timer =
        scheduler.schedule(
            () -> result.completeExceptionally(new TimeoutException()), timeout.toNanos(), TimeUnit.NANOSECONDS);
    Future<?> work = executor.submit(() -> run(call, result));
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      work.cancel(true);
      throw new ProvisioningException(providerId, "interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      work.cancel(true);
      throw translate(what, e.getCause());
    } finally {
      timer.cancel(false);
    }
  }

  private static <T> void run(Call<T> call, CompletableFuture<T> result) {
    try {
      T value = call.run();
      if (value == null) {
        result.completeExceptionally(new NullPointerException("the provider returned null"));
      } else {
        result.complete(value);
      }
    } catch (Throwable e) { // every failure must reach the waiting guard, even an Error
      result.completeExceptionally(e);
    }
  }

  private ProvisioningException translate(String what, Throwable cause) {
    if (cause instanceof TimeoutException) {
      return new ProvisioningException(providerId, "did not finish " + what + " within " + timeout);
    }
    if (cause instanceof ProvisioningException failure) {
      if (providerId.equals(failure.providerId())) {
        return failure;
      }
      return new ProvisioningException(
          providerId, what + " failed naming another provider: " + failure.getMessage(), failure);
    }
    return new ProvisioningException(providerId, what + " failed unexpectedly: " + cause, cause);
  }
}
