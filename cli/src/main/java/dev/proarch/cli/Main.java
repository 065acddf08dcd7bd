package dev.proarch.cli;

/** Entry point of the {@code proarch} command. */
public final class Main {
  /** picocli's documented switch for leaving built-in type converters out. */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /**
   * The converters this process leaves out: picocli looks up the java.time and java.sql ones reflectively in
   * every command line it builds, which initialises those packages, and no proarch option has such a type
   * (a test holds that). About 4 % of a cold {@code validate} (D-PERF-6).
   */
  static final String EXCLUDED_CONVERTERS = "java\\.(sql|time)\\..*";

  private Main() {}

  public static void main(String[] args) {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, EXCLUDED_CONVERTERS);
    }
    System.exit(ProArch.run(args));
  }
}
