package dev.proarch.cli;

/** Entry point of the {@code proarch} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ProArch.run(args));
  }
}
