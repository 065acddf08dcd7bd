package dev.proarch.cli;

/**
 * A command line that cannot run as given (a bad option value, a missing baseline, a directory that is
 * not a project). {@link ProArch} prints its message on one line after {@code proarch: } and exits 2.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
