package dev.proarch.cli;

import dev.proarch.core.rule.Severity;
import picocli.CommandLine;

/** Reads {@code --fail-on} values with core's parser, so that the accepted spellings are the same everywhere. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) throws Exception {
    try {
      return Severity.parse(value);
    } catch (dev.proarch.core.InvalidValueException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
