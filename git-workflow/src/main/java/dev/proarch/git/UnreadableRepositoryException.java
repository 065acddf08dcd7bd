package dev.proarch.git;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;

/**
 * A directory that is not a Git repository, or one whose objects cannot be read. The message says which
 * and where, so that a command can print it as it is; {@link #diagnostic()} gives the same as a finding.
 */
public final class UnreadableRepositoryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String where;

  public UnreadableRepositoryException(String message, String where, Throwable cause) {
    super(message, cause);
    this.where = where;
  }

  /** The directory, ref or object that could not be read. */
  public String where() {
    return where;
  }

  /** The same problem as a {@link GitRules#REPOSITORY_READABLE} finding. */
  public Diagnostic diagnostic() {
    return GitRules.REPOSITORY_READABLE.diagnostic(getMessage()).location(Location.ofPath(where)).build();
  }
}
