/**
 * The rule and diagnostic model shared by every module: {@link dev.proarch.core.rule.RuleDescriptor}, the
 * {@link dev.proarch.core.rule.Diagnostic} every check returns, and the {@link
 * dev.proarch.core.rule.RuleCatalog} that lists every rule of every module on the class path.
 */
@ProArchStyle
package dev.proarch.core.rule;

import dev.proarch.core.ProArchStyle;
