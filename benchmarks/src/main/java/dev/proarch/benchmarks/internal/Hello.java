package dev.proarch.benchmarks.internal;

/** The floor of command start: a JVM that starts, prints one line and exits. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
