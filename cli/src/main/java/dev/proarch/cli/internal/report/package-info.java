/**
 * The reports of every diagnostics-producing command ({@code validate}, {@code git check}): severity
 * overrides, the baseline, and the text, JSON and SARIF renderers. Internal to the CLI: the renderers build
 * strings and plain maps, and the commands write them, so that this package never depends on the command
 * package.
 */
@ProArchStyle
package dev.proarch.cli.internal.report;

import dev.proarch.core.ProArchStyle;
