package dev.proarch.git;

import dev.proarch.git.guard.BranchGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate.Result;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchGuardCheckTest {
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

  private List<Diagnostic> check() throws Exception {
    return check(WorkflowSettings.defaults());
  }

  private List<Diagnostic> check(WorkflowSettings settings) throws Exception {
    try (BranchGuard guard = repo.guard()) {
      return guard.check(settings);
    }
  }

  private static List<String> ids(List<Diagnostic> findings) {
    return findings.stream().map(d -> d.ruleId().value()).toList();
  }

  private static Diagnostic only(List<Diagnostic> findings, RuleDescriptor rule) {
    assertThat(ids(findings)).containsOnly(rule.id().value());
    return findings.get(0);
  }

  @Test
  void aRepositoryWhoseEnvironmentsFollowThePromotionChainHasNoFindings() throws Exception {
    ObjectId feature = repo.commit("feature", root);
    repo.branch("integration", feature).branch("staging", feature).branch("feature-x", repo.commit("x", feature));
    assertThat(check()).isEmpty();
  }

  @Test
  void aMissingEnvironmentBranchIsReported() throws Exception {
    repo.removeBranch("staging");
    Diagnostic finding = only(check(), GitRules.ENVIRONMENT_BRANCH_EXISTS);
    assertThat(finding.location().flatMap(l -> l.path())).contains("refs/heads/staging");
  }

  @Test
  void anUnbornRepositoryReportsEveryEnvironmentBranchMissing() throws Exception {
    try (TestRepo empty = TestRepo.init(dir.resolve("empty.git")); BranchGuard guard = empty.guard()) {
      assertThat(ids(guard.check(WorkflowSettings.defaults())))
          .containsExactly("PRO-GIT-001", "PRO-GIT-001", "PRO-GIT-001", "PRO-GIT-001");
    }
  }

  @Test
  void aCommitMadeStraightOnStagingIsReported() throws Exception {
    repo.branch("staging", repo.commit("hotfix on staging", root));
    Diagnostic finding = only(check(), GitRules.STAGING_WITHIN_INTEGRATION);
    assertThat(finding.details()).containsEntry("count", "1");
  }

  @Test
  void aCommitOnProductionThatStagingLacksIsReportedAndMasterDriftToo() throws Exception {
    ObjectId hotfix = repo.commit("hotfix on production", root);
    repo.branch("production", hotfix);
    assertThat(ids(check())).containsExactly("PRO-GIT-003", "PRO-GIT-004");
  }

  @Test
  void masterDriftIsReportedAsCommitsAheadAndBehind() throws Exception {
    ObjectId one = repo.commit("one", root);
    ObjectId two = repo.commit("two", one);
    repo.branch("integration", two).branch("staging", two).branch("production", two);
    repo.branch("master", repo.commit("debug on master", root));
    Diagnostic drift = check().stream()
        .filter(d -> d.ruleId().equals(GitRules.MASTER_EQUALS_PRODUCTION.id())).findFirst().orElseThrow();
    assertThat(drift.details()).containsEntry("ahead", "1").containsEntry("behind", "2");
  }

  @Test
  void aBranchForkedFromStagingIsReportedButABranchOfIntegrationIsNot() throws Exception {
    ObjectId onStaging = repo.commit("straight on staging", root);
    repo.branch("staging", onStaging);
    repo.branch("from-staging", repo.commit("work", onStaging));
    repo.branch("from-integration", repo.commit("work", root));
    List<Diagnostic> findings = check();
    assertThat(ids(findings)).containsExactlyInAnyOrder("PRO-GIT-002", "PRO-GIT-005");
    Diagnostic fork = findings.stream().filter(d -> d.ruleId().value().equals("PRO-GIT-005")).findFirst().orElseThrow();
    assertThat(fork.location().flatMap(l -> l.path())).contains("refs/heads/from-staging");
    assertThat(fork.details()).containsEntry("branchedFrom", "staging");
  }

  @Test
  void moreActiveIntegrationBranchesThanTheCapabilityTableAllowsAreReported() throws Exception {
    int capacity = EnvironmentType.INTEGRATION.capabilities().activeBranchCapacity();
    ImmutableWorkflowSettings.Builder builder = WorkflowSettings.builder();
    for (int i = 0; i < capacity; i++) {
      builder.addActiveBranches("feature-" + i);
    }
    Diagnostic finding = only(check(builder.build()), GitRules.ACTIVE_BRANCH_CAPACITY);
    assertThat(finding.details()).containsEntry("capacity", Integer.toString(capacity));
  }

  @Test
  void activeBranchesUpToTheCapacityIncludingIntegrationPass() throws Exception {
    int capacity = EnvironmentType.INTEGRATION.capabilities().activeBranchCapacity();
    ImmutableWorkflowSettings.Builder builder = WorkflowSettings.builder().addActiveBranches("integration", "staging");
    for (int i = 0; i < capacity - 1; i++) {
      builder.addActiveBranches("feature-" + i);
    }
    assertThat(check(builder.build())).isEmpty();
  }

  @Test
  void theActiveBranchesAndTheMappingComeFromTheRepositorysGitConfig() throws Exception {
    StoredConfig config = repo.repository().getConfig();
    config.setString("proarch", null, "staging", "stage");
    config.setStringList("proarch", null, "active", List.of("a", "b"));
    config.save();
    repo.branch("stage", root);
    repo.removeBranch("staging");
    try (BranchGuard guard = repo.guard()) {
      assertThat(guard.configuredSettings().mapping().staging()).isEqualTo("stage");
      assertThat(ids(guard.check(guard.configuredSettings()))).containsExactly("PRO-GIT-006");
    }
  }

  @Test
  void anUnusableMappingInTheGitConfigIsReportedAndTheDefaultsAreKept() throws Exception {
    StoredConfig config = repo.repository().getConfig();
    config.setString("proarch", null, "staging", "integration");
    config.setString("proarch", null, "activeCapacity", "many");
    config.save();
    try (BranchGuard guard = repo.guard()) {
      assertThat(guard.configuredSettings().mapping()).isEqualTo(BranchMapping.defaults());
      assertThat(ids(guard.check(guard.configuredSettings()))).containsExactly("PRO-GIT-017", "PRO-GIT-017");
    }
  }

  @Test
  void aCaseVariantOfAnEnvironmentBranchIsReported() throws Exception {
    repo.branch("Production", root);
    Diagnostic finding = only(check(), GitRules.NO_CASE_VARIANTS);
    assertThat(finding.location().flatMap(l -> l.path())).contains("refs/heads/Production");
  }

  @Test
  void aSymbolicEnvironmentBranchIsReported() throws Exception {
    org.eclipse.jgit.lib.RefUpdate link = repo.repository().updateRef("refs/heads/master", true);
    link.disableRefLog();
    assertThat(link.link("refs/heads/production")).isIn(Result.FORCED, Result.NEW);
    only(check(), GitRules.NOT_SYMBOLIC);
  }

  @Test
  void anEnvironmentBranchPointingAtAMissingObjectIsAFindingNotACrash() throws Exception {
    ObjectId missing = ObjectId.fromString("1234567890123456789012345678901234567890");
    Files.writeString(repo.dir().resolve("refs/heads/staging"), missing.name() + "\n");
    Diagnostic finding = only(check(), GitRules.REPOSITORY_READABLE);
    assertThat(finding.message()).contains("1234567890123456789012345678901234567890").contains("missing");
  }

  @Test
  void aCorruptCommitObjectIsAFindingNotACrash() throws Exception {
    String id = "abcdef0123456789abcdef0123456789abcdef01";
    Path object = Files.createDirectories(repo.dir().resolve("objects/ab")).resolve(id.substring(2));
    Files.write(object, new byte[] {0x78, 0x01, 0x02, 0x03, 0x04});
    Files.writeString(repo.dir().resolve("refs/heads/staging"), id + "\n");
    Diagnostic finding = only(check(), GitRules.REPOSITORY_READABLE);
    assertThat(finding.location().flatMap(l -> l.path())).contains("refs/heads/staging");
  }

  @Test
  void aShallowRepositoryIsWarnedAbout() throws Exception {
    Files.writeString(repo.dir().resolve("shallow"), root.name() + "\n");
    only(check(), GitRules.FULL_HISTORY);
  }

  @Test
  void aDirectoryThatIsNotARepositoryCannotBeOpened() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertThatThrownBy(() -> BranchGuard.open(plain))
        .isInstanceOf(UnreadableRepositoryException.class)
        .hasMessage("not a Git repository: " + plain);
    assertThatThrownBy(() -> BranchGuard.open(dir.resolve("nowhere")))
        .hasMessageStartingWith("no such directory");
  }
}
