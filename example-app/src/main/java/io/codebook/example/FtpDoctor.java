package io.codebook.example;

/** Entry point. */
public final class FtpDoctor {
  private FtpDoctor() {}

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.out.println(FtpReply.of(421).message());
  }
}
