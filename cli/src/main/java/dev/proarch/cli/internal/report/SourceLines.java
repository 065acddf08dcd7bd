package dev.proarch.cli.internal.report;

import java.util.List;

/** The lines of a project file, for printing the offending line under a finding. */
@FunctionalInterface
public interface SourceLines {

  /** The lines of the file (relative to the project), without line ends; empty when unknown. */
  List<String> lines(String file);

  /** No file is known: the text report prints findings without source excerpts. */
  static SourceLines none() {
    return NoSourceLines.INSTANCE;
  }
}
