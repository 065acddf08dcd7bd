package dev.proarch.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * The one deterministic order of findings: by file (findings without a file first), line, column, rule id,
 * logical path, message, then severity. Findings equal in all of these are told apart by whether they have a
 * location at all, their end position, hint and details, so that only equal findings tie and a sorted list
 * does not depend on the order it was given in. Reports sort with it; rules need not.
 */
public final class DiagnosticOrder implements Comparator<Diagnostic> {
  public static final DiagnosticOrder INSTANCE = new DiagnosticOrder();

  private DiagnosticOrder() {}

  // Written out rather than chained with Comparator.comparing: every validation sorts its findings, and the
  // chain's lambdas and Optionals were a measurable share of validating a small project.
  @Override
  public int compare(Diagnostic left, Diagnostic right) {
    Optional<Location> leftAt = left.location();
    Optional<Location> rightAt = right.location();
    int result = compareText(file(leftAt), file(rightAt));
    if (result == 0) {
      result = compareNumber(line(leftAt), line(rightAt));
    }
    if (result == 0) {
      result = compareNumber(column(leftAt), column(rightAt));
    }
    if (result == 0) {
      result = left.ruleId().compareTo(right.ruleId());
    }
    if (result == 0) {
      result = compareText(path(leftAt), path(rightAt));
    }
    if (result == 0) {
      result = left.message().compareTo(right.message());
    }
    if (result == 0) {
      result = left.severity().compareTo(right.severity());
    }
    return result != 0 ? result : tieBreak(left, right);
  }

  private static int tieBreak(Diagnostic left, Diagnostic right) {
    Optional<Location> leftAt = left.location();
    Optional<Location> rightAt = right.location();
    int result = Boolean.compare(leftAt.isPresent(), rightAt.isPresent());
    if (result == 0 && leftAt.isPresent()) {
      result = compareNumber(leftAt.get().endLine(), rightAt.get().endLine());
      if (result == 0) {
        result = compareNumber(leftAt.get().endColumn(), rightAt.get().endColumn());
      }
    }
    if (result == 0) {
      result = compareText(left.hint(), right.hint());
    }
    return result != 0 ? result : compareDetails(left.details(), right.details());
  }

  /** Entry by entry in key order; a map that runs out first comes first. */
  private static int compareDetails(SortedMap<String, String> left, SortedMap<String, String> right) {
    Iterator<Map.Entry<String, String>> rightEntries = right.entrySet().iterator();
    for (Map.Entry<String, String> entry : left.entrySet()) {
      if (!rightEntries.hasNext()) {
        return 1;
      }
      Map.Entry<String, String> other = rightEntries.next();
      int result = entry.getKey().compareTo(other.getKey());
      if (result == 0) {
        result = entry.getValue().compareTo(other.getValue());
      }
      if (result != 0) {
        return result;
      }
    }
    return rightEntries.hasNext() ? -1 : 0;
  }

  /** The findings in report order, as an unmodifiable list. */
  public static List<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(INSTANCE);
    return List.copyOf(sorted);
  }

  /** Absent before present, then by text. */
  private static int compareText(Optional<String> left, Optional<String> right) {
    if (left.isPresent() != right.isPresent()) {
      return left.isPresent() ? 1 : -1;
    }
    return left.isPresent() ? left.get().compareTo(right.get()) : 0;
  }

  /** Absent before present, then by value. */
  private static int compareNumber(OptionalInt left, OptionalInt right) {
    if (left.isPresent() != right.isPresent()) {
      return left.isPresent() ? 1 : -1;
    }
    return left.isPresent() ? Integer.compare(left.getAsInt(), right.getAsInt()) : 0;
  }

  private static Optional<String> file(Optional<Location> location) {
    return location.isPresent() ? location.get().file() : Optional.empty();
  }

  private static Optional<String> path(Optional<Location> location) {
    return location.isPresent() ? location.get().path() : Optional.empty();
  }

  private static OptionalInt line(Optional<Location> location) {
    return location.isPresent() ? location.get().line() : OptionalInt.empty();
  }

  private static OptionalInt column(Optional<Location> location) {
    return location.isPresent() ? location.get().column() : OptionalInt.empty();
  }
}
