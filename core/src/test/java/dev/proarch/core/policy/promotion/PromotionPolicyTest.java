package dev.proarch.core.policy.promotion;

import static dev.proarch.core.model.EnvironmentType.INTEGRATION;
import static dev.proarch.core.model.EnvironmentType.MASTER;
import static dev.proarch.core.model.EnvironmentType.PRODUCTION;
import static dev.proarch.core.model.EnvironmentType.STAGING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Rule;
import dev.proarch.core.rule.RuleCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PromotionPolicyTest {
  private static final List<EnvironmentType> CHAIN = List.of(INTEGRATION, STAGING, PRODUCTION, MASTER);

  private static List<String> ids(Transfer transfer) {
    return PromotionPolicy.check(transfer).stream().map(d -> d.ruleId().value()).toList();
  }

  @Test
  void theDocumentedChainIsAccepted() {
    assertThat(PromotionPolicy.check(Transfer.merge(INTEGRATION, STAGING))).isEmpty();
    assertThat(PromotionPolicy.check(Transfer.merge(STAGING, PRODUCTION))).isEmpty();
    assertThat(PromotionPolicy.check(Transfer.merge(PRODUCTION, MASTER))).isEmpty();
    assertThat(PromotionPolicy.allowedPath(CHAIN)).isTrue();
  }

  @Test
  void mergingDownIsPro_PRM_001() {
    assertThat(ids(Transfer.merge(STAGING, INTEGRATION))).containsExactly("PRO-PRM-001");
    assertThat(ids(Transfer.merge(MASTER, PRODUCTION))).containsExactly("PRO-PRM-001");
    assertThat(ids(Transfer.merge(STAGING, STAGING))).containsExactly("PRO-PRM-001");
  }

  @Test
  void skippingALevelIsPro_PRM_002() {
    List<Diagnostic> found = PromotionPolicy.check(Transfer.merge(INTEGRATION, PRODUCTION));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.ruleId().value()).isEqualTo("PRO-PRM-002");
      assertThat(d.details()).containsEntry("from", "integration").containsEntry("to", "production");
      assertThat(d.message()).startsWith("Merging integration into production skips a level");
    });
    assertThat(ids(Transfer.merge(INTEGRATION, MASTER))).containsExactly("PRO-PRM-002");
  }

  @Test
  void syncingCodeDownFromTheParentIsAllowedAndFromAnywhereElseIsNot() {
    assertThat(PromotionPolicy.allowed(Transfer.syncCode(STAGING, INTEGRATION))).isTrue();
    assertThat(PromotionPolicy.allowed(Transfer.syncCode(PRODUCTION, STAGING))).isTrue();
    assertThat(PromotionPolicy.allowed(Transfer.syncCode(MASTER, PRODUCTION))).isTrue();
    assertThat(ids(Transfer.syncCode(INTEGRATION, STAGING))).containsExactly("PRO-PRM-003");
    assertThat(ids(Transfer.syncCode(PRODUCTION, INTEGRATION))).containsExactly("PRO-PRM-003");
  }

  @Test
  void dataNeverFlowsIntoIntegrationFromStagingOrProduction() {
    assertThat(ids(Transfer.restoreDatabase(PRODUCTION, INTEGRATION))).containsExactly("PRO-PRM-004");
    assertThat(ids(Transfer.restoreDatabase(STAGING, INTEGRATION))).containsExactly("PRO-PRM-004");
    assertThat(ids(Transfer.syncData(STAGING, INTEGRATION))).containsExactly("PRO-PRM-004");
    assertThat(ids(Transfer.syncData(PRODUCTION, INTEGRATION))).containsExactly("PRO-PRM-003", "PRO-PRM-004");
    // Integration's own snapshots, and data kept within the PaaS tier, are not refused.
    assertThat(PromotionPolicy.allowed(Transfer.restoreDatabase(INTEGRATION, INTEGRATION))).isTrue();
  }

  @Test
  void dataReachesStagingAndProductionByDumpAndImportNotBySync() {
    assertThat(ids(Transfer.syncData(PRODUCTION, STAGING))).containsExactly("PRO-PRM-005");
    assertThat(PromotionPolicy.allowed(Transfer.restoreDatabase(PRODUCTION, STAGING))).isTrue();
  }

  @Test
  void theProviderContributesEveryPromotionRule() {
    assertThat(RuleCatalog.load().area("PRM")).containsExactlyElementsOf(PromotionRules.descriptors());
  }

  @Provide
  Arbitrary<List<EnvironmentType>> paths() {
    return Arbitraries.of(EnvironmentType.class).list().ofMinSize(2).ofMaxSize(6);
  }

  @Property(tries = 500)
  void acceptedPromotionPathsAreExactlyTheDocumentedChain(@ForAll("paths") List<EnvironmentType> path) {
    boolean contiguousPartOfTheChain = Collections.indexOfSubList(CHAIN, path) >= 0;
    assertThat(PromotionPolicy.allowedPath(path)).as(path.toString()).isEqualTo(contiguousPartOfTheChain);
  }

  @Property
  void aMergeIsAcceptedExactlyWhenTheSourcePromotesToTheTarget(
      @ForAll EnvironmentType from, @ForAll EnvironmentType to) {
    assertThat(PromotionPolicy.allowed(Transfer.merge(from, to))).isEqualTo(from.promotesTo().equals(java.util.Optional.of(to)));
  }

  @Property(tries = 200)
  void shufflingTheOrderInWhichRulesRunNeverChangesTheReport(
      @ForAll Transfer.Kind kind, @ForAll EnvironmentType from, @ForAll EnvironmentType to, @ForAll long seed) {
    Transfer transfer = Transfer.of(kind, from, to);
    List<Rule<Transfer>> rules = new ArrayList<>(PromotionRules.rules());
    List<Diagnostic> inOrder = DiagnosticOrder.sorted(run(rules, transfer));
    Collections.shuffle(rules, new Random(seed));
    assertThat(DiagnosticOrder.sorted(run(rules, transfer))).isEqualTo(inOrder).isEqualTo(PromotionPolicy.check(transfer));
  }

  private static List<Diagnostic> run(List<Rule<Transfer>> rules, Transfer transfer) {
    List<Diagnostic> all = new ArrayList<>();
    rules.forEach(rule -> all.addAll(rule.check(transfer)));
    return all;
  }
}
