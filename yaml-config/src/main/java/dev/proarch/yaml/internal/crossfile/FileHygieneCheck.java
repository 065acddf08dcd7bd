package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ConfigFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PRO-CFG-130 and PRO-CFG-131: how a configuration file is written rather than what it says: a missing
 * final line break (reported at the last line) and CRLF line endings (at the first CRLF). Read from the
 * raw bytes, since the parsed model no longer has them (D-XF-8).
 */
public final class FileHygieneCheck implements ProjectCheck {

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<Diagnostic> found = new ArrayList<>();
    for (ConfigFile file : context.config().files()) {
      Optional<byte[]> bytes = context.rawFile().apply(file.path());
      if (bytes.isEmpty() || bytes.get().length == 0) {
        continue;
      }
      byte[] content = bytes.get();
      Optional<Integer> crlfLine = firstCrlfLine(content);
      if (crlfLine.isPresent()) {
        found.add(CrossFileRules.CRLF_LINE_ENDINGS
            .diagnostic("The file uses CRLF (Windows) line endings.")
            .location(Location.at(file.path(), crlfLine.get(), 1))
            .build());
      }
      if (content[content.length - 1] != '\n' && content[content.length - 1] != '\r') {
        found.add(CrossFileRules.NO_FINAL_NEWLINE
            .diagnostic("The last line has no line break.")
            .location(Location.at(file.path(), lineCount(content), 1))
            .build());
      }
    }
    return found;
  }

  static Optional<Integer> firstCrlfLine(byte[] content) {
    // Nearly no file has a CR: the JDK's vectorised search finds that out before any line is counted.
    int firstCr = new String(content, StandardCharsets.ISO_8859_1).indexOf('\r');
    if (firstCr < 0) {
      return Optional.empty();
    }
    int line = 1;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
        return Optional.of(line);
      }
      if (content[i] == '\n') {
        line++;
      }
    }
    return Optional.empty();
  }

  /** The number of the last line: one more than the line breaks before it. */
  private static int lineCount(byte[] content) {
    int lines = 1;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }
}
