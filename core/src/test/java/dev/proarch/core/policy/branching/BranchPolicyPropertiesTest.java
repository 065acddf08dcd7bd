package dev.proarch.core.policy.branching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BranchPolicyPropertiesTest {
  /** A small pool, so that random operations often hit existing names, parents and children. */
  private static final List<String> NAMES =
      List.of("master", "integration", "staging", "production", "a", "b", "c", "d", "e", "f{x}");

  @Provide
  Arbitrary<BranchOperation> operation() {
    Arbitrary<String> name = Arbitraries.of(NAMES);
    Arbitrary<BranchOperation.Kind> kind = Arbitraries.of(BranchOperation.Kind.class);
    Arbitrary<Boolean> withParent = Arbitraries.of(true, false);
    return Combinators.combine(kind, name, name, withParent).as((k, n, p, reParent) -> {
      switch (k) {
        case BRANCH:
          return BranchOperation.branch(n, p);
        case PUSH:
          return BranchOperation.push(n, p);
        case ACTIVATE:
          return reParent ? BranchOperation.activate(n, p) : BranchOperation.activate(n);
        case DEACTIVATE:
          return BranchOperation.deactivate(n);
        default:
          return BranchOperation.delete(n);
      }
    });
  }

  @Provide
  Arbitrary<List<BranchOperation>> operations() {
    return operation().list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void noAcceptedSequenceOfBranchOperationsYieldsMoreThanTwoActiveIntegrationEnvironments(
      @ForAll("operations") List<BranchOperation> operations, @ForAll boolean enhancedIntegration) {
    for (BranchOutcome outcome : BranchPolicy.applyAll(ProjectEnvironments.standard(enhancedIntegration), operations)) {
      assertThat(outcome.state().activeIntegrationEnvironments()).isLessThanOrEqualTo(2);
      assertThat(BranchPolicy.review(outcome.state())).isEmpty();
    }
  }

  @Property(tries = 300)
  void noAcceptedSequenceCreatesABranchWhoseParentIsMasterStagingOrProduction(
      @ForAll("operations") List<BranchOperation> operations) {
    for (BranchOutcome outcome : BranchPolicy.applyAll(ProjectEnvironments.standard(), operations)) {
      ProjectEnvironments state = outcome.state();
      for (ProjectEnvironment environment : state.environments()) {
        if (!environment.isFixed()) {
          EnvironmentType parentTier = state.find(environment.parent().orElseThrow()).orElseThrow().tier();
          assertThat(parentTier).as(environment.name() + " after " + outcome.operation())
              .isEqualTo(EnvironmentType.INTEGRATION);
        }
      }
      // The four fixed environments stay, in their chain.
      assertThat(state.find("integration").orElseThrow().parent()).contains(EnvironmentName.of("staging"));
      assertThat(state.find("master").orElseThrow().isActive()).isTrue();
    }
  }

  @Property(tries = 200)
  void aRefusedOperationNeverChangesTheState(@ForAll("operations") List<BranchOperation> operations) {
    ProjectEnvironments state = ProjectEnvironments.standard();
    for (BranchOperation operation : operations) {
      BranchOutcome outcome = BranchPolicy.apply(state, operation);
      if (!outcome.accepted()) {
        assertThat(outcome.state()).isEqualTo(state);
      }
      state = outcome.state();
    }
  }

  @Property(tries = 200)
  void shufflingTheOrderInWhichRulesRunNeverChangesTheReport(
      @ForAll("operations") List<BranchOperation> setup, @ForAll("operation") BranchOperation probe, @ForAll long seed) {
    List<BranchOutcome> outcomes = BranchPolicy.applyAll(ProjectEnvironments.standard(), setup);
    ProjectEnvironments state = outcomes.isEmpty() ? ProjectEnvironments.standard() : outcomes.get(outcomes.size() - 1).state();
    BranchStep step = BranchStep.of(state, probe);
    List<Rule<BranchStep>> rules = new ArrayList<>(BranchingRules.rules());
    List<Diagnostic> inOrder = DiagnosticOrder.sorted(run(rules, step));
    Collections.shuffle(rules, new Random(seed));
    assertThat(DiagnosticOrder.sorted(run(rules, step))).isEqualTo(inOrder);
    assertThat(BranchPolicy.apply(state, probe).diagnostics()).isEqualTo(inOrder);
  }

  private static List<Diagnostic> run(List<Rule<BranchStep>> rules, BranchStep step) {
    List<Diagnostic> all = new ArrayList<>();
    rules.forEach(rule -> all.addAll(rule.check(step)));
    return all;
  }
}
