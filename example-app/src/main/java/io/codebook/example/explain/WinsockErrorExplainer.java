package io.codebook.example.explain;

import io.codebook.example.WinsockError;
import io.codebook.example.WinsockErrorHandler;
import java.util.Optional;

/**
 * Explains numbers that are not FTP replies, routed by the generated {@link WinsockErrorHandler}.
 *
 * <p>Listed errors reach the series methods through the handler's per-code defaults and are
 * explained from their constant. An unlisted number in one of the specific Winsock ranges is
 * reported as unknown, naming the range; the range of reused Windows system errors (0-9999) and
 * everything outside all ranges is reported as unknown without one.
 */
public final class WinsockErrorExplainer implements WinsockErrorHandler<Explanation> {
  /** The one instance; the explainer has no state. */
  public static final WinsockErrorExplainer INSTANCE = new WinsockErrorExplainer();

  private WinsockErrorExplainer() {}

  @Override
  public Explanation onSystem(int code) {
    return listedOr(code, Optional.empty());
  }

  @Override
  public Explanation onSocket(int code) {
    return listedOr(code, Optional.of(SeriesSummary.of(WinsockError.Series.SOCKET)));
  }

  @Override
  public Explanation onNameResolution(int code) {
    return listedOr(code, Optional.of(SeriesSummary.of(WinsockError.Series.NAME_RESOLUTION)));
  }

  @Override
  public Explanation onQos(int code) {
    return listedOr(code, Optional.of(SeriesSummary.of(WinsockError.Series.QOS)));
  }

  @Override
  public Explanation onSecureName(int code) {
    return listedOr(code, Optional.of(SeriesSummary.of(WinsockError.Series.SECURE_NAME)));
  }

  @Override
  public Explanation otherwise(int code) {
    return new UnknownCode(code, Optional.empty());
  }

  private static Explanation listedOr(int code, Optional<SeriesSummary> range) {
    Optional<WinsockError> listed = WinsockError.lookup(code);
    if (listed.isPresent()) {
      return ListedCode.of(listed.get());
    }
    return new UnknownCode(code, range);
  }
}
