/**
 * The project's environments as an immutable {@link dev.proarch.core.policy.branching.ProjectEnvironments}
 * state, and branch operations (create, activate, deactivate, delete) checked against it by pure
 * functions that return findings and the next state (seed: Pro architecture, Master, Staging and Production
 * environment; platform-rules.md 1.1, 1.3, 1.9, 2.2-2.5).
 */
@ProArchStyle
package dev.proarch.core.policy.branching;

import dev.proarch.core.ProArchStyle;
