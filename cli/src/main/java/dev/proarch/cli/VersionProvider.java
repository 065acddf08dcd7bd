package dev.proarch.cli;

import picocli.CommandLine;

/** Prints the version the jar was built as. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ProArch.class.getPackage().getImplementationVersion();
    return new String[] {"proarch " + (version == null ? "development build" : version)};
  }
}
