package dev.proarch.core.policy.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupHistoryTest {

  @Test
  void skipsBlankLinesAndCommentsAndReadsOffsets() throws InvalidValueException {
    List<Instant> backups =
        BackupHistory.parse(List.of("# history", "", "2026-11-25T13:00:00Z", "  2026-11-25T15:00:00+01:00  "));
    assertThat(backups)
        .containsExactly(Instant.parse("2026-11-25T13:00:00Z"), Instant.parse("2026-11-25T14:00:00Z"));
  }

  @Test
  void namesTheBadLine() {
    assertThatThrownBy(() -> BackupHistory.parse(List.of("2026-11-25T13:00:00Z", "", "yesterday")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("'yesterday'");
  }

  @Test
  void rejectsATimestampWithoutAZoneOrWithAnExpandedYear() {
    assertThatThrownBy(() -> BackupHistory.parseTimestamp("2026-11-25T13:00:00"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> BackupHistory.parseTimestamp("+1000000000-12-31T23:59:59Z"))
        .isInstanceOf(InvalidValueException.class);
  }
}
