package dev.proarch.core.policy.use;

import java.util.Locale;

/** How well an environment suits a use. */
public enum Verdict {
  /** The seed names this use for this environment. */
  RECOMMENDED,
  /** The seed neither names nor forbids it; the reason says where it is recommended. */
  ALLOWED,
  /** The seed advises against it; a PRO-ENV (or PRO-INT) finding says why. */
  NOT_RECOMMENDED;

  /** The name used in every output: {@code recommended}, {@code allowed}, {@code not-recommended}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
