package dev.proarch.git.internal;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.GitRules;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;

/** Turns JGit's read failures into one plain sentence and a {@link GitRules#REPOSITORY_READABLE} finding. */
final class Failures {
  private Failures() {}

  static String describe(Exception e) {
    if (e instanceof MissingObjectException missing) {
      return "object " + missing.getObjectId().name() + " is missing";
    }
    if (e instanceof IncorrectObjectTypeException) {
      return "the object is not a commit";
    }
    if (e instanceof CorruptObjectException) {
      return "the object is corrupt";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  static Diagnostic unreadable(String message, String path) {
    return GitRules.REPOSITORY_READABLE.diagnostic(message).location(Location.ofPath(path)).build();
  }
}
