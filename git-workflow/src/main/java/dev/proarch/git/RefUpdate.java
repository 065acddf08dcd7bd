package dev.proarch.git;

import dev.proarch.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One ref update of a push, as Git's pre-receive hook receives it: the old and the new object id (40 or 64
 * hex digits, all zeros for "none") and the full ref name. The ref name is kept as sent, even when invalid,
 * so that the decision can say so.
 */
@Value.Immutable
public abstract class RefUpdate {
  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  @Value.Parameter
  public abstract String oldId();

  @Value.Parameter
  public abstract String newId();

  @Value.Parameter
  public abstract String refName();

  /** A trusted update; ids must be lower-case hex. */
  public static RefUpdate of(String oldId, String newId, String refName) {
    return ImmutableRefUpdate.of(oldId, newId, refName);
  }

  /** One line of pre-receive input, {@code <old> <new> <ref>}. */
  public static RefUpdate parse(String line) throws InvalidValueException {
    String[] parts = line.trim().split(" ", 3);
    String expected = "'<old-id> <new-id> <ref-name>' with 40 or 64 hex digit ids";
    if (parts.length != 3) {
      throw new InvalidValueException("pre-receive line", line, expected);
    }
    String oldId = parts[0].toLowerCase(Locale.ROOT);
    String newId = parts[1].toLowerCase(Locale.ROOT);
    if (!OBJECT_ID.matcher(oldId).matches() || !OBJECT_ID.matcher(newId).matches() || parts[2].isEmpty()) {
      throw new InvalidValueException("pre-receive line", line, expected);
    }
    return of(oldId, newId, parts[2]);
  }

  public boolean isCreate() {
    return isZero(oldId()) && !isZero(newId());
  }

  public boolean isDelete() {
    return isZero(newId()) && !isZero(oldId());
  }

  /** True for {@code refs/heads/...}. */
  public boolean isBranch() {
    return refName().startsWith("refs/heads/");
  }

  /** True for {@code refs/tags/...}. */
  public boolean isTag() {
    return refName().startsWith("refs/tags/");
  }

  /** The short branch name for a branch ref, the full ref name otherwise. */
  public String shortName() {
    return isBranch() ? refName().substring("refs/heads/".length()) : refName();
  }

  private static boolean isZero(String id) {
    return id.chars().allMatch(c -> c == '0');
  }

  @Value.Check
  protected void check() {
    if (!OBJECT_ID.matcher(oldId()).matches() || !OBJECT_ID.matcher(newId()).matches()) {
      throw new IllegalArgumentException("object ids are 40 or 64 lower-case hex digits");
    }
    if (refName().isEmpty()) {
      throw new IllegalArgumentException("a ref update needs a ref name");
    }
  }
}
