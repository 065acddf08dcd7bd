package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  GitFixture repo;
  ObjectId root;

  @BeforeEach
  void healthyRepository() {
    repo = GitFixture.init(dir.resolve("shop"));
    root = repo.commit("initial", Map.of("README", "shop"));
    repo.environments(root);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  @Test
  void aHealthyRepositoryChecksCleanWithExitZero() {
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString());
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void aChangeStraightOnStagingFailsTheCheckInText() {
    repo.branch("staging", repo.commit("hotfix", Map.of("fix", "1")));
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("error PRO-GIT-002 Staging holds 1 commit that integration lacks")
        .contains("  path: refs/heads/staging")
        .contains("  hint: ")
        .endsWith("1 error, 0 warnings, 0 info\n");
  }

  @Test
  void theCheckTakesTheReportOptionsOfValidate() throws Exception {
    repo.branch("staging", repo.commit("hotfix", Map.of("fix", "1")));
    String repoDir = repo.dir().toString();

    GitFixture.Run demoted = GitFixture.run("git", "check", "--repo", repoDir, "--severity", "PRO-GIT-002=warning");
    assertThat(demoted.code()).isEqualTo(ExitCode.OK);
    assertThat(demoted.out()).contains("warning PRO-GIT-002").endsWith("0 errors, 1 warning, 0 info\n");

    GitFixture.Run strict = GitFixture.run(
        "git", "check", "--repo", repoDir, "--severity", "PRO-GIT-002=warning", "--fail-on", "warning");
    assertThat(strict.code()).isEqualTo(ExitCode.FINDINGS);

    Path baseline = dir.resolve("git-baseline.json");
    assertThat(GitFixture.run("git", "check", "--repo", repoDir, "--write-baseline", baseline.toString()).code())
        .isEqualTo(ExitCode.OK);
    GitFixture.Run known = GitFixture.run("git", "check", "--repo", repoDir, "--baseline", baseline.toString());
    assertThat(known.code()).isEqualTo(ExitCode.OK);
    assertThat(known.out()).doesNotContain("PRO-GIT-002");

    GitFixture.Run unknownRule = GitFixture.run("git", "check", "--repo", repoDir, "--severity", "PRO-GIT-999=off");
    assertThat(unknownRule.code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void theJsonReportHasTheValidateEnvelope() throws Exception {
    // The same renderer as proarch validate: each finding also carries its fingerprint, the summary the
    // number of findings a baseline hid (none here).
    repo.branch("master", repo.commit("on master", Map.of("debug", "1")));
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString(), "--format", "json");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode finding = root.get("diagnostics").get(0);
    List<String> keys = List.of("ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn",
        "path", "hint", "details", "fingerprint");
    assertThat(finding.fieldNames()).toIterable().containsExactlyElementsOf(keys);
    assertThat(finding.get("ruleId").asText()).isEqualTo("PRO-GIT-004");
    assertThat(finding.get("severity").asText()).isEqualTo("warning");
    assertThat(finding.get("file").isNull()).isTrue();
    assertThat(finding.get("details").get("ahead").asText()).isEqualTo("1");
    assertThat(root.get("summary").toString()).isEqualTo("{\"errors\":0,\"warnings\":1,\"infos\":0,\"total\":1,\"baselined\":0}");
  }

  @Test
  void activeBranchesFromTheCommandLineCountAgainstTheCapacity() {
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString(), "--active", "a",
        "--active", "b");
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("error PRO-GIT-006 3 integration-tier branches are active (a, b, integration)");
  }

  @Test
  void anInvalidActiveBranchIsAUsageError() {
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString(), "--active", "a..b");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid value for option '--active'");
  }

  @Test
  void aDirectoryThatIsNotARepositoryIsUnusableInputOnOneLine() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", plain.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).isEqualTo("proarch: not a Git repository: " + plain + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void sarifIsNotOfferedByGitCheck() {
    GitFixture.Run run = GitFixture.run("git", "check", "--repo", repo.dir().toString(), "--format", "sarif");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).isEqualTo(
        "proarch: invalid format 'sarif' for git check: expected text or json" + System.lineSeparator());
  }
}
