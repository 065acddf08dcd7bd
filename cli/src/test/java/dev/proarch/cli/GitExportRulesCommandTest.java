package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitExportRulesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode export(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("git", "export-rules"));
    all.addAll(List.of(args));
    GitFixture.Run run = GitFixture.run(all.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    return JSON.readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.isTextual() ? node.asText() : node.get("type").asText()));
    return texts;
  }

  @Test
  void githubRulesetsBlockDeletionAndForcePushOfEveryEnvironmentAndRestrictPromotedBranches() throws Exception {
    JsonNode rulesets = export("--format", "github-ruleset");
    assertThat(rulesets.isArray()).isTrue();
    assertThat(rulesets).hasSize(2);
    for (JsonNode ruleset : rulesets) {
      assertThat(ruleset.get("target").asText()).isEqualTo("branch");
      assertThat(ruleset.get("enforcement").asText()).isEqualTo("active");
      assertThat(ruleset.get("bypass_actors").isArray()).isTrue();
      assertThat(ruleset.get("conditions").get("ref_name").get("exclude").isArray()).isTrue();
    }
    JsonNode environments = rulesets.get(0);
    assertThat(texts(environments.get("conditions").get("ref_name").get("include")))
        .containsExactly("refs/heads/integration", "refs/heads/staging", "refs/heads/production", "refs/heads/master");
    assertThat(texts(environments.get("rules"))).containsExactly("deletion", "non_fast_forward");
    JsonNode promotion = rulesets.get(1);
    assertThat(texts(promotion.get("conditions").get("ref_name").get("include")))
        .containsExactly("refs/heads/staging", "refs/heads/production", "refs/heads/master");
    assertThat(texts(promotion.get("rules"))).containsExactly("update");
    assertThat(promotion.get("rules").get(0).get("parameters").get("update_allows_fetch_and_merge").asBoolean())
        .isFalse();
  }

  @Test
  void gitlabProtectedBranchesLetOnlyMaintainersPromoteAndNobodyForcePush() throws Exception {
    JsonNode branches = export("--format", "gitlab");
    assertThat(branches).hasSize(4);
    List<String> names = new ArrayList<>();
    for (JsonNode branch : branches) {
      names.add(branch.get("name").asText());
      assertThat(branch.get("allow_force_push").asBoolean()).isFalse();
      assertThat(branch.get("unprotect_access_level").asInt()).isEqualTo(40);
    }
    assertThat(names).containsExactly("integration", "staging", "production", "master");
    assertThat(branches.get(0).get("push_access_level").asInt()).isEqualTo(30);
    assertThat(branches.get(1).get("push_access_level").asInt()).isEqualTo(40);
    assertThat(branches.get(1).get("merge_access_level").asInt()).isEqualTo(0);
  }

  @Test
  void theMappingComesFromTheRepositoryWhenOneIsNamed(@TempDir Path dir) throws Exception {
    try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("proarch", null, "production", "live");
      config.save();
    }
    JsonNode branches = export("--format", "gitlab", "--repo", dir.toString());
    assertThat(branches.get(2).get("name").asText()).isEqualTo("live");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    GitFixture.Run run = GitFixture.run("git", "export-rules", "--format", "bitbucket");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: ").contains("github-ruleset or gitlab");
  }
}
