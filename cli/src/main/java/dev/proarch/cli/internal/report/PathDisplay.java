package dev.proarch.cli.internal.report;

/** Joins the project directory as shown to the user with a project-relative file, with forward slashes. */
public final class PathDisplay {
  private PathDisplay() {}

  public static String join(String displayRoot, String file) {
    String root = displayRoot.replace('\\', '/');
    if (root.isEmpty() || root.equals(".")) {
      return file;
    }
    return root.endsWith("/") ? root + file : root + "/" + file;
  }
}
