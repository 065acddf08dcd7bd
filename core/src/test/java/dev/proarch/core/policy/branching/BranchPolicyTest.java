package dev.proarch.core.policy.branching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchPolicyTest {
  private static final ProjectEnvironments NEW_PROJECT = ProjectEnvironments.standard();

  private static List<String> ids(BranchOutcome outcome) {
    return outcome.diagnostics().stream().map(d -> d.ruleId().value()).toList();
  }

  private static ProjectEnvironments after(ProjectEnvironments state, BranchOperation... operations) {
    List<BranchOutcome> outcomes = BranchPolicy.applyAll(state, List.of(operations));
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.accepted()).as(outcome.diagnostics().toString()).isTrue());
    return outcomes.get(outcomes.size() - 1).state();
  }

  @Test
  void aNewProjectHasTheFourEnvironmentsInOneChainAndOneActiveIntegrationEnvironment() {
    assertThat(NEW_PROJECT.environments()).extracting(e -> e.name().value())
        .containsExactly("master", "production", "staging", "integration");
    assertThat(NEW_PROJECT.find("integration").orElseThrow().parent()).contains(EnvironmentName.of("staging"));
    assertThat(NEW_PROJECT.activeIntegrationEnvironments()).isEqualTo(1);
    assertThat(BranchPolicy.review(NEW_PROJECT)).isEmpty();
  }

  @Test
  void branchingFromIntegrationIsAcceptedAndAddsAnActiveIntegrationTierEnvironment() {
    BranchOutcome outcome = BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"));
    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.diagnostics()).isEmpty();
    ProjectEnvironment created = outcome.state().find("feature-a").orElseThrow();
    assertThat(created.isActive()).isTrue();
    assertThat(created.tier().label()).isEqualTo("integration");
    assertThat(outcome.state().activeIntegrationEnvironments()).isEqualTo(2);
  }

  @Test
  void branchingFromMasterIsRefusedWithPro_BR_001() {
    BranchOutcome outcome = BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("hotfix", "master"));
    assertThat(outcome.accepted()).isFalse();
    assertThat(ids(outcome)).containsExactly("PRO-BR-001");
    assertThat(outcome.state()).isEqualTo(NEW_PROJECT);
  }

  @Test
  void branchingFromStagingOrProductionIsRefusedWithPro_BR_002() {
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("x", "staging")))).containsExactly("PRO-BR-002");
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("x", "production")))).containsExactly("PRO-BR-002");
    // Pushing an inactive branch below staging is refused too: it could be activated there later.
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.push("x", "staging")))).containsExactly("PRO-BR-002");
  }

  @Test
  void aThirdActiveIntegrationEnvironmentIsRefusedButInactiveBranchesAreUnlimited() {
    ProjectEnvironments two = after(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"));
    BranchOutcome third = BranchPolicy.apply(two, BranchOperation.branch("feature-b", "integration"));
    assertThat(ids(third)).containsExactly("PRO-BR-003");
    assertThat(third.diagnostics().get(0).details()).containsEntry("actual", "3").containsEntry("limit", "2");

    ProjectEnvironments many = two;
    for (int i = 0; i < 25; i++) {
      many = after(many, BranchOperation.push("idea-" + i, "integration"));
    }
    assertThat(many.environments()).hasSize(30);
    assertThat(many.activeIntegrationEnvironments()).isEqualTo(2);
    assertThat(ids(BranchPolicy.apply(many, BranchOperation.activate("idea-3")))).containsExactly("PRO-BR-003");
  }

  @Test
  void deactivatingFreesTheSlotForAnotherBranch() {
    ProjectEnvironments state = after(NEW_PROJECT,
        BranchOperation.branch("feature-a", "integration"),
        BranchOperation.deactivate("feature-a"),
        BranchOperation.branch("feature-b", "integration"));
    assertThat(state.activeIntegrationEnvironments()).isEqualTo(2);
  }

  /** D-BR-2: enhanced integration keeps the count of two. */
  @Test
  void enhancedIntegrationKeepsTheLimitOfTwo() {
    ProjectEnvironments enhanced = after(ProjectEnvironments.standard(true), BranchOperation.branch("a", "integration"));
    assertThat(enhanced.activeIntegrationCapacity()).isEqualTo(2);
    assertThat(ids(BranchPolicy.apply(enhanced, BranchOperation.branch("b", "integration")))).containsExactly("PRO-BR-003");
  }

  /** D-BR-2: a legacy project with five active integration environments is reported, not honoured. */
  @Test
  void aLegacyProjectWithFiveActiveIntegrationEnvironmentsIsReported() {
    ImmutableProjectEnvironments.Builder legacy = ProjectEnvironments.builder().addAllEnvironments(NEW_PROJECT.environments());
    for (String name : List.of("dev1", "dev2", "dev3", "dev4")) {
      legacy.addEnvironments(ProjectEnvironment.builder().name(EnvironmentName.of(name))
          .tier(dev.proarch.core.model.EnvironmentType.INTEGRATION).parent(EnvironmentName.of("integration"))
          .status(EnvironmentStatus.ACTIVE).build());
    }
    ProjectEnvironments state = legacy.build();
    List<Diagnostic> review = BranchPolicy.review(state);
    assertThat(review).singleElement().satisfies(d -> {
      assertThat(d.ruleId().value()).isEqualTo("PRO-BR-003");
      assertThat(d.details()).containsEntry("actual", "5");
    });
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.branch("dev5", "integration")))).contains("PRO-BR-003");
  }

  @Test
  void aBranchNeedsAnActiveIdleParent() {
    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.push("parked", "integration"));
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.branch("child", "parked")))).containsExactly("PRO-BR-004");

    ProjectEnvironments busy = NEW_PROJECT.with(ProjectEnvironment.builder().name(EnvironmentName.of("integration"))
        .tier(dev.proarch.core.model.EnvironmentType.INTEGRATION).parent(EnvironmentName.of("staging"))
        .status(EnvironmentStatus.DIRTY).build());
    assertThat(ids(BranchPolicy.apply(busy, BranchOperation.branch("child", "integration")))).containsExactly("PRO-BR-004");
    // Pushing an inactive branch clones nothing, so the parent may be busy or inactive.
    assertThat(BranchPolicy.apply(state, BranchOperation.push("child", "parked")).accepted()).isTrue();
  }

  @Test
  void branchingFromAnActiveIntegrationTierBranchIsAccepted() {
    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"),
        BranchOperation.push("feature-a-sub", "feature-a"));
    assertThat(state.find("feature-a-sub").orElseThrow().parent()).contains(EnvironmentName.of("feature-a"));
  }

  @Test
  void anExistingNameIsRefused() {
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("staging", "integration"))))
        .containsExactly("PRO-BR-005");
  }

  @Test
  void theFixedEnvironmentsCannotBeDeactivatedOrDeleted() {
    for (String fixed : List.of("master", "integration", "staging", "production")) {
      assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.deactivate(fixed)))).contains("PRO-BR-009");
      assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.delete(fixed)))).contains("PRO-BR-009");
    }
  }

  @Test
  void unknownEnvironmentsAndParentsAreRefused() {
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.activate("ghost")))).containsExactly("PRO-BR-010");
    assertThat(ids(BranchPolicy.apply(NEW_PROJECT, BranchOperation.branch("x", "ghost")))).containsExactly("PRO-BR-010");
  }

  @Test
  void anActiveEnvironmentIsDeactivatedBeforeItsBranchIsDeleted() {
    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"));
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.delete("feature-a")))).containsExactly("PRO-BR-011");
    ProjectEnvironments deleted = after(state, BranchOperation.deactivate("feature-a"), BranchOperation.delete("feature-a"));
    assertThat(deleted.find("feature-a")).isEmpty();
  }

  @Test
  void anEnvironmentWithChildrenIsNeitherDeactivatedNorDeleted() {
    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"),
        BranchOperation.push("feature-a-sub", "feature-a"));
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.deactivate("feature-a")))).containsExactly("PRO-BR-012");
  }

  @Test
  void activatingAnActiveEnvironmentIsANoOpAndDeactivatingAnInactiveOneIsRefused() {
    BranchOutcome noOp = BranchPolicy.apply(NEW_PROJECT, BranchOperation.activate("integration"));
    assertThat(noOp.accepted()).isTrue();
    assertThat(noOp.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId().value()).isEqualTo("PRO-BR-013");
      assertThat(d.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(noOp.state()).isEqualTo(NEW_PROJECT);

    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.push("parked", "integration"));
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.deactivate("parked")))).containsExactly("PRO-BR-013");
  }

  @Test
  void activationCanReParentButNeverBelowMaster() {
    ProjectEnvironments state = after(NEW_PROJECT, BranchOperation.branch("feature-a", "integration"),
        BranchOperation.push("parked", "integration"), BranchOperation.deactivate("feature-a"));
    assertThat(ids(BranchPolicy.apply(state, BranchOperation.activate("parked", "master")))).containsExactly("PRO-BR-001");
    ProjectEnvironments reParented = after(state, BranchOperation.activate("parked", "integration"));
    assertThat(reParented.find("parked").orElseThrow().isActive()).isTrue();
  }

  @Test
  void theProviderContributesEveryBranchingRule() {
    assertThat(RuleCatalog.load().area("BR")).containsExactlyElementsOf(BranchingRules.descriptors());
  }
}
