package dev.proarch.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.RuleCatalog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RefUpdateTest {
  private static final String A = "a".repeat(40);
  private static final String ZERO = "0".repeat(40);

  @Property(tries = 200)
  void parsingAPreReceiveLineKeepsItsThreeParts(
      @ForAll @StringLength(value = 40) @net.jqwik.api.constraints.Chars({'0', '1', 'a', 'f'}) String oldId,
      @ForAll @StringLength(value = 40) @net.jqwik.api.constraints.Chars({'2', '9', 'b', 'e'}) String newId,
      @ForAll @AlphaChars @StringLength(min = 1, max = 30) String branch) throws Exception {
    RefUpdate update = RefUpdate.parse(oldId + " " + newId + " refs/heads/" + branch);
    assertThat(update).isEqualTo(RefUpdate.of(oldId, newId, "refs/heads/" + branch));
    assertThat(update.shortName()).isEqualTo(branch);
  }

  @Test
  void createsDeletesAndKindsAreRecognised() throws Exception {
    assertThat(RefUpdate.parse(ZERO + " " + A + " refs/heads/x").isCreate()).isTrue();
    assertThat(RefUpdate.parse(A + " " + ZERO + " refs/heads/x").isDelete()).isTrue();
    assertThat(RefUpdate.parse(A + " " + A + " refs/tags/v1").isTag()).isTrue();
    assertThat(RefUpdate.parse(A.toUpperCase() + " " + A + " refs/heads/x").oldId()).isEqualTo(A);
  }

  @Test
  void malformedLinesAreOneCheckedExceptionThatNamesTheInput() {
    for (String line : new String[] {"", "abc def refs/heads/x", A + " " + A, A + " " + "g".repeat(40) + " r"}) {
      assertThatThrownBy(() -> RefUpdate.parse(line))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("invalid pre-receive line '" + line + "'");
    }
  }

  @Test
  void theGitRulesAreInTheCatalogWithUniqueIdsOfTheirArea() {
    RuleCatalog catalog = RuleCatalog.load(GitRules.class.getClassLoader());
    assertThat(catalog.area("GIT")).containsExactlyElementsOf(GitRules.all());
    assertThat(GitRules.all()).extracting(rule -> rule.id().value()).doesNotHaveDuplicates();
  }
}
