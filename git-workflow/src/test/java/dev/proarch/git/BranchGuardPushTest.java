package dev.proarch.git;

import dev.proarch.git.guard.BranchGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchGuardPushTest {
  @TempDir Path dir;
  TestRepo repo;
  ObjectId root;

  @BeforeEach
  void healthyRepository() {
    repo = TestRepo.init(dir.resolve("shop.git"));
    root = repo.commit("initial");
    repo.environments(root);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private PushDecision decide(RefUpdate update) throws Exception {
    return decideAll(update).get(0);
  }

  private List<PushDecision> decideAll(RefUpdate... updates) throws Exception {
    try (BranchGuard guard = repo.guard()) {
      return guard.decide(List.of(updates), WorkflowSettings.defaults());
    }
  }

  private static String reason(PushDecision decision) {
    return decision.reason().map(d -> d.ruleId().value()).orElse("accepted");
  }

  @Test
  void aFastForwardOfIntegrationIsAccepted() throws Exception {
    PushDecision decision = decide(repo.push("integration", repo.commit("feature", root)));
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.diagnostics()).isEmpty();
  }

  @Test
  void stagingTakesACommitIntegrationHolds() throws Exception {
    ObjectId feature = repo.commit("feature", root);
    repo.branch("integration", feature);
    assertThat(decide(repo.push("staging", feature)).accepted()).isTrue();
  }

  @Test
  void stagingRefusesACommitIntegrationLacksAndSaysWhatToDo() throws Exception {
    PushDecision decision = decide(repo.push("staging", repo.commit("straight on staging", root)));
    assertThat(reason(decision)).isEqualTo("PRO-GIT-007");
    assertThat(decision.reason().orElseThrow().message()).contains("git push origin integration:staging");
    assertThat(decision.reason().orElseThrow().location().flatMap(l -> l.path())).contains("refs/heads/staging");
  }

  @Test
  void productionRefusesACommitStagingLacks() throws Exception {
    ObjectId feature = repo.commit("feature", root);
    repo.branch("integration", feature);
    assertThat(reason(decide(repo.push("production", feature)))).isEqualTo("PRO-GIT-008");
  }

  @Test
  void masterOnlyMovesToProductionsCommit() throws Exception {
    ObjectId release = repo.commit("release", root);
    repo.branch("integration", release).branch("staging", release);
    assertThat(reason(decide(repo.push("master", release)))).isEqualTo("PRO-GIT-009");
    repo.branch("production", release);
    assertThat(decide(repo.push("master", release)).accepted()).isTrue();
  }

  @Test
  void deletingAnEnvironmentBranchIsRefused() throws Exception {
    for (String branch : List.of("integration", "staging", "production", "master")) {
      assertThat(reason(decide(repo.delete(branch)))).isEqualTo("PRO-GIT-010");
    }
  }

  @Test
  void forcePushingAnEnvironmentBranchIsRefused() throws Exception {
    ObjectId one = repo.commit("one", root);
    repo.branch("integration", one);
    assertThat(reason(decide(repo.push("integration", repo.commit("rewritten", root))))).isEqualTo("PRO-GIT-010");
  }

  @Test
  void aNewBranchFromIntegrationIsAcceptedAndOneFromStagingsOwnCommitIsRefused() throws Exception {
    ObjectId onStaging = repo.commit("straight on staging", root);
    repo.branch("staging", onStaging);
    assertThat(decide(repo.push("feature-a", repo.commit("a", root))).accepted()).isTrue();
    PushDecision wrong = decide(repo.push("feature-b", repo.commit("b", onStaging)));
    assertThat(reason(wrong)).isEqualTo("PRO-GIT-005");
    assertThat(wrong.reason().orElseThrow().message()).contains("git switch -c feature-b origin/integration");
  }

  @Test
  void aNewBranchFromMastersOwnCommitIsRefused() throws Exception {
    ObjectId onMaster = repo.commit("on master", root);
    repo.branch("master", onMaster);
    assertThat(reason(decide(repo.push("feature", onMaster)))).isEqualTo("PRO-GIT-005");
  }

  @Test
  void invalidRefNamesAreRefusedAndTagsPass() throws Exception {
    String zero = ObjectId.zeroId().name();
    assertThat(reason(decide(RefUpdate.of(zero, root.name(), "refs/heads/bad..name")))).isEqualTo("PRO-GIT-011");
    assertThat(reason(decide(RefUpdate.of(zero, root.name(), "refs/heads/lock.lock")))).isEqualTo("PRO-GIT-011");
    assertThat(decide(RefUpdate.of(zero, repo.commit("tagged", root).name(), "refs/tags/v1")).accepted()).isTrue();
    assertThat(decide(RefUpdate.of(root.name(), zero, "refs/tags/v1")).accepted()).isTrue();
  }

  @Test
  void creatingACaseVariantOfAnEnvironmentBranchIsRefused() throws Exception {
    assertThat(reason(decide(repo.push("Production", root)))).isEqualTo("PRO-GIT-015");
  }

  @Test
  void aPushedCommitThatIsNotInTheRepositoryIsRefusedWithAFinding() throws Exception {
    RefUpdate update = RefUpdate.of(root.name(), "1234567890123456789012345678901234567890", "refs/heads/integration");
    PushDecision decision = decide(update);
    assertThat(reason(decision)).isEqualTo("PRO-GIT-013");
    assertThat(decision.reason().orElseThrow().message()).contains("missing");
  }

  @Test
  void integrationAndStagingMayMoveTogetherInOnePush() throws Exception {
    ObjectId feature = repo.commit("feature", root);
    List<PushDecision> decisions = decideAll(repo.push("staging", feature), repo.push("integration", feature));
    assertThat(decisions).allMatch(PushDecision::accepted);
    assertThat(decisions.get(0).update().refName()).isEqualTo("refs/heads/staging");
  }

  @Test
  void changingTheCloudYamlOnStagingEarnsAnInfoAndIsStillAccepted() throws Exception {
    ObjectId base = repo.commit("base", Map.of(".magento.app.yaml", "name: shop"), root);
    ObjectId services = repo.commit("services", Map.of(
        ".magento.app.yaml", "name: shop", ".magento/services.yaml", "redis:\n  type: redis:7.0\n"), base);
    repo.environments(base).branch("integration", services);
    PushDecision decision = decide(repo.push("staging", services));
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.diagnostics()).singleElement().satisfies(info -> {
      assertThat(info.ruleId()).isEqualTo(GitRules.YAML_NOT_SELF_SERVICE.id());
      assertThat(info.severity()).isEqualTo(Severity.INFO);
      assertThat(info.location().flatMap(l -> l.file())).contains(".magento/services.yaml");
    });
    assertThat(decide(repo.push("integration", repo.commit("more", Map.of(".magento.app.yaml", "x"), services)))
        .diagnostics()).isEmpty();
  }

  @Test
  void theFilesOfAPushedCommitAreReadFromTheTree() throws Exception {
    ObjectId commit = repo.commit("config", Map.of(
        ".magento.app.yaml", "name: shop", ".magento/routes.yaml", "r", "app", "code"), root);
    try (BranchGuard guard = repo.guard()) {
      Map<String, byte[]> files = guard.files(commit.name(), List.of(".magento.app.yaml", ".magento"));
      assertThat(files).containsOnlyKeys(".magento.app.yaml", ".magento/routes.yaml");
      assertThat(new String(files.get(".magento.app.yaml"), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("name: shop");
    }
  }

  @Test
  void theCloudFilesOfACommitAreTheRootFilesTheMagentoDirectoryAndOneLevelDown() throws Exception {
    ObjectId commit = repo.commit("multi-app", Map.of(
        ".magento.app.yaml", "a", ".magento.env.yaml", "e", ".magento/services.yaml", "s", "composer.lock", "l",
        "admin/.magento.app.yaml", "b", "admin/other.yaml", "o", "README", "r"), root);
    try (BranchGuard guard = repo.guard()) {
      assertThat(guard.cloudFiles(commit.name())).containsOnlyKeys(
          ".magento.app.yaml", ".magento.env.yaml", ".magento/services.yaml", "composer.lock",
          "admin/.magento.app.yaml");
    }
  }

  @Test
  void everyRefusalTellsThePusherWhatToDoInstead() throws Exception {
    List<Diagnostic> refusals = List.of(
        decide(repo.delete("staging")).reason().orElseThrow(),
        decide(repo.push("staging", repo.commit("x", root))).reason().orElseThrow(),
        decide(repo.push("master", repo.commit("y", root))).reason().orElseThrow());
    assertThat(refusals).allSatisfy(d -> assertThat(d.hint()).isPresent());
  }
}
