package dev.proarch.core.rule;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a finding is: a file relative to the project or repository, a 1-based line and column with an
 * optional end, and a logical path such as {@code relationships.database} or {@code refs/heads/staging}.
 * Every part is optional, but a column needs a line and an end needs a start.
 */
@Value.Immutable
public abstract class Location {

  public abstract Optional<String> file();

  public abstract OptionalInt line();

  public abstract OptionalInt column();

  public abstract OptionalInt endLine();

  public abstract OptionalInt endColumn();

  /** The logical path of the offending element, independent of formatting. */
  public abstract Optional<String> path();

  public static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }

  /** A whole file. */
  public static Location ofFile(String file) {
    return builder().file(file).build();
  }

  /** A point in a file. */
  public static Location at(String file, int line, int column) {
    return builder().file(file).line(line).column(column).build();
  }

  /** A logical path only, for findings that have no file (a branch, an environment, a node). */
  public static Location ofPath(String path) {
    return builder().path(path).build();
  }

  @Value.Check
  protected void check() {
    // Each accessor of the generated class makes a new OptionalInt: read each once, as parsers build a
    // Location for every node they read.
    OptionalInt line = line();
    OptionalInt column = column();
    OptionalInt endLine = endLine();
    OptionalInt endColumn = endColumn();
    positive(line, "line");
    positive(column, "column");
    positive(endLine, "endLine");
    positive(endColumn, "endColumn");
    if (column.isPresent() && line.isEmpty()) {
      throw new IllegalArgumentException("a column needs a line");
    }
    if (endLine.isPresent() && line.isEmpty()) {
      throw new IllegalArgumentException("an end line needs a start line");
    }
    if (endColumn.isPresent() && endLine.isEmpty()) {
      throw new IllegalArgumentException("an end column needs an end line");
    }
    if (endLine.isPresent() && endLine.getAsInt() < line.getAsInt()) {
      throw new IllegalArgumentException("the end line comes before the start line");
    }
    if (endLine.isPresent()
        && endLine.getAsInt() == line.getAsInt()
        && endColumn.isPresent()
        && column.isPresent()
        && endColumn.getAsInt() < column.getAsInt()) {
      throw new IllegalArgumentException("the end column comes before the start column");
    }
  }

  private static void positive(OptionalInt value, String name) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw new IllegalArgumentException(name + " is 1-based, got " + value.getAsInt());
    }
  }
}
