package dev.proarch.yaml.internal.read;

/** Builds logical paths: {@code relationships.database}, {@code mounts["pub/media"]}, {@code extensions[0]}. */
public final class PathText {
  private PathText() {}

  public static String child(String parent, String key) {
    if (isSimple(key)) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** {@code [A-Za-z0-9_-]+}, tested by hand: the reader asks it for every key of every file. */
  static boolean isSimple(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean simple = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!simple) {
        return false;
      }
    }
    return true;
  }

  public static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
