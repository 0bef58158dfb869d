package com.example.ftp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Uses every kind of generated type the way an application would, and exits with status 1 if
 * anything behaves otherwise than the specs say. Each consumer build of the integration tests
 * runs it.
 */
public final class App {
  private final List<String> failures = new ArrayList<>();

  private App() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    App app = new App();
    app.run();
    if (!app.failures.isEmpty()) {
      System.out.println("FAILED: " + app.failures);
      System.exit(1);
    }
    System.out.println("consumer OK");
  }

  private void run() {
    FtpReply reply = FtpReply.of(421);
    check(reply == FtpReply.SERVICE_NOT_AVAILABLE, "FtpReply.of(421) is SERVICE_NOT_AVAILABLE");
    check(reply.code() == 421 && reply.isTransient() && !reply.isSuccess(), "421 is a transient error");
    check(reply.series() == FtpReply.Series.TRANSIENT_NEGATIVE, "421 is in the 4yz series");
    check(!reply.message().isEmpty(), "421 has a message");
    check(FtpReply.lookup(999).isEmpty() && !FtpReply.isKnown(999), "999 is not an FTP reply");
    // The German texts come from a resource beside FtpReply, which a module reads from its own package.
    check(FtpReply.languages().equals(List.of(Locale.GERMAN)), "FtpReply has a German translation");
    check(!reply.message(Locale.GERMAN).equals(reply.message()), "421 has a German message");
    check(reply.message(Locale.forLanguageTag("de-CH")).equals(reply.message(Locale.GERMAN)), "de-CH reads German");
    check(reply.message(Locale.FRENCH).equals(reply.message()), "French falls back to the spec's text");
    check(rejects(999), "FtpReply.of(999) throws");

    check(react(421).equals("reconnect"), "switch on FtpReplyCodes: 421");
    check(react(530).equals("log in"), "switch on FtpReplyCodes: 530");
    check(react(226).equals("carry on"), "switch on FtpReplyCodes: default");

    FtpReplyHandler<String> advice =
        new FtpReplyHandler<String>() {
          @Override
          public String onNotLoggedIn(FtpReply code) {
            return "check the password";
          }

          @Override
          public String onTransientNegative(int code) {
            return "try again later";
          }

          @Override
          public String otherwise(int code) {
            return "no advice";
          }
        };
    check(FtpReplyHandler.dispatch(530, advice).equals("check the password"), "dispatch: a code's method");
    check(FtpReplyHandler.dispatch(421, advice).equals("try again later"), "dispatch: a listed code falls back to its series");
    check(FtpReplyHandler.dispatch(499, advice).equals("try again later"), "dispatch: an unlisted code in a series");
    check(FtpReplyHandler.dispatch(42, advice).equals("no advice"), "dispatch: otherwise");

    check(ShopError.of(1001) == ShopError.OUT_OF_STOCK, "own set: ShopError.of(1001)");
    check(ShopError.lookup(2001).map(ShopError::isTransient).orElse(false), "own set: 2001 is transient by its series");
    check(!ShopError.isKnown(1003), "own set: 1003 is not listed");
    check(ShopErrorCodes.CARD_DECLINED == ShopError.CARD_DECLINED.code(), "own set: int constants");

    check(describe(FtpReply.SERVICE_NOT_AVAILABLE).equals("421 SERVICE_NOT_AVAILABLE in Transient Negative Completion, transient"),
        "implement: an FTP reply through the shared interface");
    check(describe(ShopError.UNKNOWN_ITEM).equals("1002 UNKNOWN_ITEM in Order errors"),
        "implement: a shop error through the shared interface");

    for (String set : new String[] {"FtpReply", "ShopError"}) {
      for (String kind : new String[] {"html", "md"}) {
        String document = "/META-INF/codebook/" + set + "." + kind;
        check(App.class.getResource(document) != null, "reference document " + document + " is in the output");
      }
    }
  }

  /** One method for a code of either set, through the interface both implement. */
  private static String describe(Coded code) {
    return code.code() + " " + code.name() + " in " + code.series().title() + (code.isTransient() ? ", transient" : "");
  }

  private static String react(int raw) {
    switch (raw) {
      case FtpReplyCodes.SERVICE_NOT_AVAILABLE:
        return "reconnect";
      case FtpReplyCodes.NOT_LOGGED_IN:
        return "log in";
      default:
        return "carry on";
    }
  }

  private static boolean rejects(int code) {
    try {
      FtpReply.of(code);
      return false;
    } catch (IllegalArgumentException expected) {
      return true;
    }
  }

  private void check(boolean condition, String what) {
    if (!condition) {
      failures.add(what);
    }
  }
}
