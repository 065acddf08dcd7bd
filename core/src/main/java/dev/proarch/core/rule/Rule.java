package dev.proarch.core.rule;

import java.util.List;

/**
 * A pure check over one kind of input. It returns its findings and never throws for bad input: input it
 * cannot judge is itself a finding.
 *
 * @param <I> what the rule inspects
 */
public interface Rule<I> {

  RuleDescriptor descriptor();

  List<Diagnostic> check(I input);
}
