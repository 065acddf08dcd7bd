package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporaryUpsizeCheckTest {
  private static final ClusterTier PRO24 = ClusterTier.of(24);
  private static final ClusterTier PRO48 = ClusterTier.of(48);
  /** A Friday, noon UTC. */
  private static final Instant FRIDAY_NOON = Instant.parse("2026-11-27T12:00:00Z");

  private static final Instant TUESDAY_NOON = Instant.parse("2026-12-01T12:00:00Z");
  private static final Instant THURSDAY_NOON = Instant.parse("2026-12-03T12:00:00Z");

  private static TemporaryUpsizeRequest request(
      ClusterTier temporary, ClusterTier after, Instant start, Instant end, boolean emergency) {
    return TemporaryUpsizeRequest.builder()
        .contracted(PRO24)
        .temporary(temporary)
        .tierAfterWindow(after)
        .requestedAt(FRIDAY_NOON)
        .start(start)
        .end(end)
        .emergency(emergency)
        .build();
  }

  private static TemporaryUpsizeRequest valid() {
    return request(PRO48, PRO24, TUESDAY_NOON, THURSDAY_NOON, false);
  }

  private static List<String> ids(TemporaryUpsizeRequest request) {
    return TemporaryUpsizeCheck.check(request).stream().map(Diagnostic::ruleId).map(Object::toString).toList();
  }

  @Test
  void aWindowFromFridayNoonToTuesdayNoonHasExactlyFortyEightBusinessHours() {
    assertThat(ids(valid())).isEmpty();
  }

  @Test
  void theWeekendDoesNotCountAsNotice() {
    TemporaryUpsizeRequest monday = request(PRO48, PRO24, Instant.parse("2026-11-30T12:00:00Z"), THURSDAY_NOON, false);
    assertThat(ids(monday)).containsExactly("PRO-SCL-007");
    assertThat(TemporaryUpsizeCheck.check(monday).get(0).details())
        .containsEntry("notice", "PT24H")
        .containsEntry("required", "PT48H");
  }

  @Test
  void anEmergencyNeedsNoNotice() {
    assertThat(ids(request(PRO48, PRO24, FRIDAY_NOON.plus(Duration.ofHours(2)), THURSDAY_NOON, true))).isEmpty();
  }

  @Test
  void theWindowEndsBackAtTheContractedTier() {
    assertThat(ids(request(PRO48, PRO48, TUESDAY_NOON, THURSDAY_NOON, false))).containsExactly("PRO-SCL-008");
  }

  @Test
  void theTemporaryTierIsLargerThanTheContract() {
    assertThat(ids(request(PRO24, PRO24, TUESDAY_NOON, THURSDAY_NOON, false))).containsExactly("PRO-SCL-009");
    assertThat(ids(request(ClusterTier.PRO12, PRO24, TUESDAY_NOON, THURSDAY_NOON, false))).containsExactly("PRO-SCL-009");
  }

  @Test
  void theWindowEndsAfterItStarts() {
    assertThat(ids(request(PRO48, PRO24, TUESDAY_NOON, TUESDAY_NOON, false))).containsExactly("PRO-SCL-010");
  }
}
