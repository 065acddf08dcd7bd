package dev.proarch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in memory: exit code, standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ProArch.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
