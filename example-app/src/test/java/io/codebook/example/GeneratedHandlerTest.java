package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each level of the generated handlers' fallback, and switches on the generated constants. */
class GeneratedHandlerTest {
  /** Overrides one code's method; everything else reaches {@code otherwise}. */
  static class ServiceNotAvailableOnly implements FtpReplyHandler<String> {
    @Override
    public String onServiceNotAvailable(FtpReply code) {
      return "code " + code.name();
    }

    @Override
    public String otherwise(int code) {
      return "otherwise " + code;
    }
  }

  /** Overrides one code's method and that code's series. */
  static class ServiceNotAvailableAndTransient extends ServiceNotAvailableOnly {
    @Override
    public String onTransientNegative(int code) {
      return "series " + code;
    }
  }

  /**
   * Overrides every series method, answering with the series; {@code otherwise} records its calls.
   */
  static class SeriesOnly implements FtpReplyHandler<FtpReply.Series> {
    final List<Integer> otherwise = new ArrayList<>();

    @Override
    public FtpReply.Series onPositivePreliminary(int code) {
      return FtpReply.Series.POSITIVE_PRELIMINARY;
    }

    @Override
    public FtpReply.Series onPositiveCompletion(int code) {
      return FtpReply.Series.POSITIVE_COMPLETION;
    }

    @Override
    public FtpReply.Series onPositiveIntermediate(int code) {
      return FtpReply.Series.POSITIVE_INTERMEDIATE;
    }

    @Override
    public FtpReply.Series onTransientNegative(int code) {
      return FtpReply.Series.TRANSIENT_NEGATIVE;
    }

    @Override
    public FtpReply.Series onPermanentNegative(int code) {
      return FtpReply.Series.PERMANENT_NEGATIVE;
    }

    @Override
    public FtpReply.Series onProtectedReply(int code) {
      return FtpReply.Series.PROTECTED_REPLY;
    }

    @Override
    public FtpReply.Series otherwise(int code) {
      otherwise.add(code);
      return null;
    }
  }

  @Test
  void anOverriddenCodeMethodGetsItsCode() {
    ServiceNotAvailableOnly handler = new ServiceNotAvailableOnly();
    assertEquals("code SERVICE_NOT_AVAILABLE", FtpReplyHandler.dispatch(421, handler));
    assertEquals(
        "code SERVICE_NOT_AVAILABLE",
        FtpReplyHandler.dispatch(FtpReply.SERVICE_NOT_AVAILABLE, handler));
    assertEquals("otherwise 425", FtpReplyHandler.dispatch(425, handler));
  }

  @Test
  void theCodeMethodWinsOverItsSeriesMethod() {
    ServiceNotAvailableAndTransient handler = new ServiceNotAvailableAndTransient();
    assertEquals("code SERVICE_NOT_AVAILABLE", FtpReplyHandler.dispatch(421, handler));
    assertEquals("series 425", FtpReplyHandler.dispatch(425, handler));
    assertEquals("series 499", FtpReplyHandler.dispatch(499, handler));
    assertEquals("otherwise 530", FtpReplyHandler.dispatch(530, handler));
  }

  @Test
  void aSeriesMethodGetsTheListedAndUnlistedCodesOfItsSeries() {
    SeriesOnly handler = new SeriesOnly();
    for (FtpReply reply : FtpReply.values()) {
      assertSame(reply.series(), FtpReplyHandler.dispatch(reply, handler), reply::name);
    }
    for (int code = 100; code <= 699; code++) {
      assertSame(FtpReply.Series.of(code), FtpReplyHandler.dispatch(code, handler), "code " + code);
    }
    assertEquals(List.of(), handler.otherwise);
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 700, 0, -1, 1000, 10054, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void numbersOutsideEverySeriesGoStraightToOtherwise(int code) {
    SeriesOnly handler = new SeriesOnly();
    assertNull(FtpReplyHandler.dispatch(code, handler));
    assertEquals(List.of(code), handler.otherwise);
  }

  @Test
  void otherwiseAloneGetsEverything() {
    FtpReplyHandler<Integer> handler = code -> code;
    for (FtpReply reply : FtpReply.values()) {
      assertEquals(reply.code(), FtpReplyHandler.dispatch(reply.code(), handler), reply::name);
    }
    for (int code : new int[] {99, 299, 700, -1}) {
      assertEquals(code, FtpReplyHandler.dispatch(code, handler));
    }
  }

  @Test
  void everyFtpReplyReachesTheMethodNamedAfterIt() {
    List<String> calls = new ArrayList<>();
    FtpReplyHandler<String> handler = recordingProxy(FtpReplyHandler.class, FtpReply.class, calls);
    for (FtpReply reply : FtpReply.values()) {
      calls.clear();
      FtpReplyHandler.dispatch(reply.code(), handler);
      assertEquals(List.of(handlerMethod(reply.name()) + "(" + reply.name() + ")"), calls);
    }
  }

  @Test
  void everyWinsockErrorReachesTheMethodNamedAfterIt() {
    List<String> calls = new ArrayList<>();
    WinsockErrorHandler<String> handler =
        recordingProxy(WinsockErrorHandler.class, WinsockError.class, calls);
    // winsock.yaml names these two methods itself: derived, they would differ from 10102's and
    // 10103's only in case.
    Map<String, String> overrides =
        Map.of("WSA_E_NO_MORE", "onWsaENoMoreResults", "WSA_E_CANCELLED", "onWsaECancelledLookup");
    for (WinsockError error : WinsockError.values()) {
      calls.clear();
      WinsockErrorHandler.dispatch(error.code(), handler);
      String method = overrides.getOrDefault(error.name(), handlerMethod(error.name()));
      assertEquals(List.of(method + "(" + error.name() + ")"), calls);
    }
  }

  @Test
  void winsockSeriesMethodsGetUnlistedNumbersOfTheirRange() {
    WinsockErrorHandler<String> handler =
        new WinsockErrorHandler<>() {
          @Override
          public String onSocket(int code) {
            return "socket " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("socket 10000", WinsockErrorHandler.dispatch(10000, handler));
    assertEquals("socket 10054", WinsockErrorHandler.dispatch(WinsockError.WSAECONNRESET, handler));
    assertEquals("otherwise 12345", WinsockErrorHandler.dispatch(12345, handler));
  }

  @Test
  void aSwitchOnTheIntConstantsRoutesRawNumbers() {
    assertEquals("busy", classify(421));
    assertEquals("login", classify(FtpReply.NOT_LOGGED_IN.code()));
    assertEquals("login", classify(FtpReply.INVALID_USERNAME_OR_PASSWORD.code()));
    assertEquals("file", classify(550));
    assertEquals("other", classify(200));
    assertEquals("other", classify(299));
    assertEquals("refused", classifySocket(10061));
    assertEquals("dropped", classifySocket(10054));
    assertEquals("other", classifySocket(10000));
  }

  @Test
  void aSwitchOnTheEnumRoutesConstants() {
    assertEquals(FtpReply.Series.TRANSIENT_NEGATIVE, seriesOf(FtpReply.of(421)));
    assertEquals(FtpReply.Series.PERMANENT_NEGATIVE, seriesOf(FtpReply.of(530)));
    assertNull(seriesOf(FtpReply.of(200)));
  }

  private static String classify(int code) {
    switch (code) {
      case FtpReplyCodes.SERVICE_NOT_AVAILABLE:
        return "busy";
      case FtpReplyCodes.NOT_LOGGED_IN:
      case FtpReplyCodes.INVALID_USERNAME_OR_PASSWORD:
        return "login";
      case FtpReplyCodes.FILE_UNAVAILABLE:
        return "file";
      default:
        return "other";
    }
  }

  private static String classifySocket(int code) {
    return switch (code) {
      case WinsockErrorCodes.WSAECONNREFUSED -> "refused";
      case WinsockErrorCodes.WSAECONNRESET, WinsockErrorCodes.WSAECONNABORTED -> "dropped";
      default -> "other";
    };
  }

  private static FtpReply.Series seriesOf(FtpReply reply) {
    return switch (reply) {
      case SERVICE_NOT_AVAILABLE, CANNOT_OPEN_DATA_CONNECTION -> FtpReply.Series.TRANSIENT_NEGATIVE;
      case NOT_LOGGED_IN -> FtpReply.Series.PERMANENT_NEGATIVE;
      default -> null;
    };
  }

  /** "SERVICE_NOT_AVAILABLE" becomes "onServiceNotAvailable", "MD5_CHECKSUM" "onMd5Checksum". */
  private static String handlerMethod(String constant) {
    StringBuilder name = new StringBuilder("on");
    for (String word : constant.split("_", -1)) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /**
   * A handler whose every method records "name(argument)" when given a constant, and otherwise
   * answers "fallback" without recording.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // a proxy of any handler type
  private static <H> H recordingProxy(Class<?> handlerType, Class<?> enumType, List<String> calls) {
    InvocationHandler recorder =
        (proxy, method, args) -> {
          if (method.getName().equals("on")) {
            // dispatch calls on(X) or on(int); their default bodies lead to the methods recorded.
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          if (args != null && args.length == 1 && enumType.isInstance(args[0])) {
            calls.add(method.getName() + "(" + ((Enum<?>) args[0]).name() + ")");
          }
          return "fallback";
        };
    return (H)
        Proxy.newProxyInstance(
            handlerType.getClassLoader(), new Class<?>[] {handlerType}, recorder);
  }
}
