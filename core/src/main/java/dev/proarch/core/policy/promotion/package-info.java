/**
 * How code and data move between the environments (seed: Pro environment architecture, Staging and
 * Production environment; platform-rules.md 1.1, 1.2, 2.4): code merges up one level at a time, syncs pull
 * from the parent, and data never flows into integration from staging or production.
 */
@ProArchStyle
package dev.proarch.core.policy.promotion;

import dev.proarch.core.ProArchStyle;
