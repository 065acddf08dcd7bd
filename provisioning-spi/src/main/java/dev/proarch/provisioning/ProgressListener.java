package dev.proarch.provisioning;

/**
 * Receives progress events. Called on the thread that runs the provider; a listener must not block and
 * must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = event -> {};

  void onEvent(ProgressEvent event);
}
