package dev.proarch.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommerceReleasesTest {

  private static List<String> allowedBy(String constraint) {
    return CommerceReleases.allowedBy(VersionConstraint.of(constraint)).stream()
        .map(CommerceVersion::toString)
        .collect(Collectors.toList());
  }

  @Test
  void listsEachKnownReleaseOnceOldestFirst() {
    List<CommerceVersion> all = CommerceReleases.all();
    assertThat(all).isSorted().doesNotHaveDuplicates();
    assertThat(all.get(0)).hasToString("2.0.0");
    assertThat(all.get(all.size() - 1)).hasToString("2.4.9-beta1");
    assertThat(CommerceReleases.isKnown(CommerceVersion.of("2.4.9"))).isFalse();
    assertThat(CommerceReleases.isKnown(CommerceVersion.of("2.4.4-p16"))).isTrue();
    assertThat(CommerceReleases.isKnown(CommerceVersion.of("2.4.4-p17"))).isFalse();
  }

  @Test
  void containsEveryBoundaryTheMatrixNamesExceptTheGeneralAvailabilityOfTwoFourNine() {
    for (CompatibilityRow row : CompatibilityMatrix.bundled().rows()) {
      for (String token : row.commerceConstraint().toString().split("[\\s|<>=~^]+")) {
        if (!token.isEmpty() && !token.equals("*") && !token.equals("2.4.9")) {
          assertThat(CommerceReleases.isKnown(CommerceVersion.of(token)))
              .as("line %d names %s", row.line(), token)
              .isTrue();
        }
      }
    }
  }

  @Test
  void answersWhichKnownReleasesAComposerRequirementAllows() {
    assertThat(allowedBy("2.4.4")).containsExactly("2.4.4");
    assertThat(allowedBy("~2.3.7-p4")).containsExactly("2.3.7-p4");
    assertThat(allowedBy(">=2.4.8 <2.4.9"))
        .containsExactly("2.4.8", "2.4.8-p1", "2.4.8-p2", "2.4.8-p3", "2.4.8-p4");
    assertThat(allowedBy(">=2.4.9")).containsExactly("2.4.9-alpha1", "2.4.9-alpha2", "2.4.9-alpha3", "2.4.9-beta1");
    assertThat(allowedBy("2.4.7-p3 || 2.4.7-p4")).containsExactly("2.4.7-p3", "2.4.7-p4");
    assertThat(allowedBy("^2.4")).hasSize(CommerceReleases.all().size() - allowedBy("<2.4").size());
    assertThat(allowedBy("2.5.*")).isEmpty();
  }
}
