package dev.proarch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every command's JSON: one object with {@code schemaVersion} first, camelCase fields, keys in the
 * order the command put them, pretty-printed. Commands build plain maps and lists, so that the JSON shape
 * is visible in the command and documented in docs/cli.md.
 */
final class JsonOutput {
  /** The schema version of every command's JSON output in this release. */
  static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /** A new top-level object that already carries {@code schemaVersion}. */
  static Map<String, Object> envelope() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    return root;
  }

  static void write(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
