package dev.proarch.yaml.internal.read;

import java.util.regex.Pattern;

/** Builds logical paths: {@code relationships.database}, {@code mounts["pub/media"]}, {@code extensions[0]}. */
public final class PathText {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private PathText() {}

  public static String child(String parent, String key) {
    if (SIMPLE_KEY.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  public static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
