package dev.proarch.cli.internal.report;

import java.util.List;

/**
 * {@link SourceLines#none()}: a named class rather than a lambda, whose call site a command start would
 * link on its first use.
 */
final class NoSourceLines implements SourceLines {
  static final NoSourceLines INSTANCE = new NoSourceLines();

  private NoSourceLines() {}

  @Override
  public List<String> lines(String file) {
    return List.of();
  }
}
