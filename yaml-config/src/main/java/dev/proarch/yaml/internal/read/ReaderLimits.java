package dev.proarch.yaml.internal.read;

/**
 * How much untrusted YAML the reader accepts before it refuses a document: its size in code points, the
 * aliases to collections (billion laughs), the nesting depth, and the nodes after aliases and merge keys
 * are expanded.
 */
public record ReaderLimits(int maxCodePoints, int maxAliases, int maxDepth, int maxNodes) {

  /** Far above any real Cloud file (the largest real routes files are a few hundred kilobytes). */
  public static final ReaderLimits DEFAULT = new ReaderLimits(3 * 1024 * 1024, 100, 50, 200_000);

  public ReaderLimits {
    if (maxCodePoints < 1 || maxAliases < 0 || maxDepth < 2 || maxNodes < 1) {
      throw new IllegalArgumentException("reader limits must be positive");
    }
  }
}
