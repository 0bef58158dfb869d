package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyHandler;
import io.codebook.example.WinsockErrorHandler;

/**
 * Explains any number, routed by the generated {@link FtpReplyHandler}.
 *
 * <p>Listed replies reach the series methods through the handler's per-code defaults and are
 * explained from their constant; unlisted numbers of a series are explained from the series.
 * Numbers outside every FTP series arrive at {@link #otherwise(int)}, which hands them to the
 * {@link WinsockErrorExplainer}.
 */
final class FtpReplyExplainer implements FtpReplyHandler<Explanation> {
  /** The one instance; the explainer has no state. */
  static final FtpReplyExplainer INSTANCE = new FtpReplyExplainer();

  private FtpReplyExplainer() {}

  @Override
  public Explanation onPositivePreliminary(int code) {
    return fromSeries(code, FtpReply.Series.POSITIVE_PRELIMINARY);
  }

  @Override
  public Explanation onPositiveCompletion(int code) {
    return fromSeries(code, FtpReply.Series.POSITIVE_COMPLETION);
  }

  @Override
  public Explanation onPositiveIntermediate(int code) {
    return fromSeries(code, FtpReply.Series.POSITIVE_INTERMEDIATE);
  }

  @Override
  public Explanation onTransientNegative(int code) {
    return fromSeries(code, FtpReply.Series.TRANSIENT_NEGATIVE);
  }

  @Override
  public Explanation onPermanentNegative(int code) {
    return fromSeries(code, FtpReply.Series.PERMANENT_NEGATIVE);
  }

  @Override
  public Explanation onProtectedReply(int code) {
    return fromSeries(code, FtpReply.Series.PROTECTED_REPLY);
  }

  @Override
  public Explanation otherwise(int code) {
    return WinsockErrorHandler.dispatch(code, WinsockErrorExplainer.INSTANCE);
  }

  private static Explanation fromSeries(int code, FtpReply.Series series) {
    return FtpReply.lookup(code)
        .<Explanation>map(ListedCode::of)
        .orElseGet(() -> new UnlistedFtpReply(code, series));
  }
}
