package dev.proarch.yaml.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DecodeTest {
  private static final YamlReader READER = new YamlReader(ReaderLimits.DEFAULT);
  private static final String NOT_UTF8 = "The file is not valid UTF-8 text.";

  /** Byte runs that make valid and malformed UTF-8 alike, a written U+FFFD among them. */
  @Provide
  Arbitrary<byte[]> bytes() {
    List<byte[]> pieces =
        List.of(
            "a: b\n".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xA9},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xEF, (byte) 0xBF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    return Arbitraries.of(pieces).list().ofMaxSize(6).map(DecodeTest::concat);
  }

  @Property(tries = 500)
  void aFileIsRefusedAsNotUtf8ExactlyWhenAStrictDecoderRejectsIt(@ForAll("bytes") byte[] bytes) {
    boolean refused = READER.read("f.yaml", bytes).diagnostics().stream()
        .map(Diagnostic::message)
        .anyMatch(NOT_UTF8::equals);
    assertThat(refused).isEqualTo(!strictlyDecodes(bytes));
  }

  @Test
  void aWrittenReplacementCharacterIsText() {
    ParsedFile parsed = READER.read("f.yaml", "a: \"\uFFFD\"\n".getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.text()).contains("a: \"\uFFFD\"\n");
  }

  @Test
  void aByteOrderMarkIsDropped() {
    ParsedFile parsed = READER.read("f.yaml", "\uFEFFa: b\n".getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.text()).contains("a: b\n");
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] concat(List<byte[]> pieces) {
    int size = pieces.stream().mapToInt(piece -> piece.length).sum();
    ByteBuffer buffer = ByteBuffer.allocate(size);
    pieces.forEach(buffer::put);
    return buffer.array();
  }
}
