package io.codebook.example.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the version the jar's manifest names, or "development build" when
 * ftp-doctor runs from its classes, as in its tests.
 */
final class Version implements IVersionProvider {
  /** Creates the provider; picocli calls it. */
  Version() {}

  @Override
  public String[] getVersion() {
    String version = FtpDoctor.class.getPackage().getImplementationVersion();
    return new String[] {"ftp-doctor " + (version == null ? "(development build)" : version)};
  }
}
