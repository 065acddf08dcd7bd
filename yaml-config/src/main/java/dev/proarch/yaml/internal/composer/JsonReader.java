package dev.proarch.yaml.internal.composer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for composer.json and composer.lock, so that yaml-config needs no JSON
 * library (decision D-CFG-2). Objects become {@code Map<String, Object>}, arrays {@code List<Object>},
 * strings {@code String}, numbers {@code String} (their text), true/false {@code Boolean}, null {@code
 * JsonReader.NULL}. Depth is bounded so that hostile input cannot overflow the stack.
 */
public final class JsonReader {
  /** The JSON null. */
  public static final Object NULL = new Object();

  private static final int MAX_DEPTH = 256;

  private final String text;
  private int position;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses a whole JSON document; throws {@link IllegalArgumentException} with the offset on bad input. */
  public static Object parse(String text) {
    JsonReader reader = new JsonReader(text);
    reader.skipWhitespace();
    Object value = reader.value(0);
    reader.skipWhitespace();
    if (reader.position != text.length()) {
      throw reader.error("unexpected text after the document");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> result = new LinkedHashMap<>();
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return result;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      result.put(key, value(depth + 1));
      skipWhitespace();
      char next = next();
      if (next == '}') {
        return result;
      }
      if (next != ',') {
        throw error("expected , or }");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> result = new ArrayList<>();
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return result;
    }
    while (true) {
      skipWhitespace();
      result.add(value(depth + 1));
      skipWhitespace();
      char next = next();
      if (next == ']') {
        return result;
      }
      if (next != ',') {
        throw error("expected , or ]");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char escaped = next();
        switch (escaped) {
          case '"': case '\\': case '/':
            out.append(escaped);
            break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'n': out.append('\n'); break;
          case 'r': out.append('\r'); break;
          case 't': out.append('\t'); break;
          case 'u':
            if (position + 4 > text.length()) {
              throw error("short unicode escape");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
            } catch (NumberFormatException e) {
              throw error("bad unicode escape");
            }
            position += 4;
            break;
          default:
            throw error("bad escape \\" + escaped);
        }
      } else if (c < 0x20) {
        throw error("control character in a string");
      } else {
        out.append(c);
      }
    }
  }

  private String number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    return text.substring(start, position);
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("unexpected word");
    }
    position += word.length();
    return value;
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private char peek() {
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(position);
  }

  private char next() {
    char c = peek();
    position++;
    return c;
  }

  private void expect(char wanted) {
    if (next() != wanted) {
      throw error("expected " + wanted);
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(problem + " at character " + position);
  }
}
