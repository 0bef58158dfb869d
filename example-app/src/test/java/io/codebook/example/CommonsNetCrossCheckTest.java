package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.apache.commons.net.ftp.FTPReply;
import org.junit.jupiter.api.Test;

/**
 * The generated FTP codes and series against Apache Commons Net's {@link FTPReply}, an independent,
 * widely used transcription of the same RFCs.
 */
class CommonsNetCrossCheckTest {
  /**
   * Commons Net's class predicates, each with the generated series that should hold the same
   * numbers.
   */
  private static final Map<FtpReply.Series, IntPredicate> PREDICATES = predicates();

  private static Map<FtpReply.Series, IntPredicate> predicates() {
    Map<FtpReply.Series, IntPredicate> predicates = new LinkedHashMap<>();
    predicates.put(FtpReply.Series.POSITIVE_PRELIMINARY, FTPReply::isPositivePreliminary);
    predicates.put(FtpReply.Series.POSITIVE_COMPLETION, FTPReply::isPositiveCompletion);
    predicates.put(FtpReply.Series.POSITIVE_INTERMEDIATE, FTPReply::isPositiveIntermediate);
    predicates.put(FtpReply.Series.TRANSIENT_NEGATIVE, FTPReply::isNegativeTransient);
    predicates.put(FtpReply.Series.PERMANENT_NEGATIVE, FTPReply::isNegativePermanent);
    predicates.put(FtpReply.Series.PROTECTED_REPLY, FTPReply::isProtectedReplyCode);
    return predicates;
  }

  /** Every {@code public static final int} of {@link FTPReply}, by name, found by reflection. */
  private static Map<String, Integer> commonsNetConstants() {
    Map<String, Integer> constants = new TreeMap<>();
    for (Field field : FTPReply.class.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == int.class) {
        try {
          constants.put(field.getName(), field.getInt(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return constants;
  }

  @Test
  void reflectionFindsCommonsNetsConstants() {
    Map<String, Integer> constants = commonsNetConstants();
    // RFC 959's 39 codes plus the extensions; a far smaller number means the reflection broke.
    assertTrue(
        constants.size() >= 45, () -> "only " + constants.size() + " constants: " + constants);
    assertEquals(421, constants.get("SERVICE_NOT_AVAILABLE"));
    assertEquals(522, constants.get("EXTENDED_PORT_FAILURE"));
  }

  @Test
  void everyCommonsNetReplyCodeIsKnown() {
    List<String> missing = new ArrayList<>();
    commonsNetConstants()
        .forEach(
            (name, code) -> {
              if (!FtpReply.isKnown(code)) {
                missing.add("FTPReply." + name + " = " + code);
              }
            });
    assertTrue(
        missing.isEmpty(),
        () -> missing.size() + " Commons Net reply codes are not in " + "FtpReply: " + missing);
  }

  @Test
  void theSeriesOfEveryNumberFrom100To699AgreesWithCommonsNet() {
    List<String> disagreements = new ArrayList<>();
    for (int code = 100; code <= 699; code++) {
      List<FtpReply.Series> matching = commonsNetSeries(code);
      if (matching.size() != 1) {
        disagreements.add(code + ": Commons Net predicates true for " + matching);
        continue;
      }
      Optional<FtpReply.Series> generated = FtpReply.Series.lookup(code);
      if (!generated.equals(Optional.of(matching.get(0)))) {
        disagreements.add(code + ": Codebook " + generated + ", Commons Net " + matching.get(0));
      }
    }
    assertTrue(
        disagreements.isEmpty(), () -> disagreements.size() + " disagreements: " + disagreements);
  }

  @Test
  void numbersOutside100To699HaveNoSeriesInEither() {
    List<String> disagreements = new ArrayList<>();
    for (int code = 0; code <= 999; code++) {
      if (code >= 100 && code <= 699) {
        continue;
      }
      List<FtpReply.Series> matching = commonsNetSeries(code);
      Optional<FtpReply.Series> generated = FtpReply.Series.lookup(code);
      if (!matching.isEmpty() || generated.isPresent()) {
        disagreements.add(code + ": Codebook " + generated + ", Commons Net " + matching);
      }
    }
    assertTrue(
        disagreements.isEmpty(),
        () -> disagreements.size() + " numbers with a series: " + disagreements);
  }

  @Test
  void errorsAreTheNegativeRepliesOfCommonsNet() {
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    Map<String, Integer> constants = commonsNetConstants();
    for (FtpReply reply : FtpReply.values()) {
      if (!constants.containsValue(reply.code())) {
        continue;
      }
      compared++;
      boolean negative =
          FTPReply.isNegativeTransient(reply.code()) || FTPReply.isNegativePermanent(reply.code());
      if (reply.isError() != negative) {
        disagreements.add(
            reply.code()
                + " "
                + reply.name()
                + ": isError() "
                + reply.isError()
                + ", Commons Net negative "
                + negative);
      }
    }
    assertTrue(compared >= 45, "compared " + compared + " codes");
    assertTrue(disagreements.isEmpty(), () -> disagreements.toString());
  }

  @Test
  void theSeriesPredicatesCoverEveryGeneratedSeries() {
    assertEquals(
        List.of(FtpReply.Series.values()),
        new ArrayList<>(PREDICATES.keySet()),
        "one Commons Net predicate per generated series");
  }

  /** The generated series whose Commons Net predicate holds for a number. */
  private static List<FtpReply.Series> commonsNetSeries(int code) {
    List<FtpReply.Series> matching = new ArrayList<>();
    PREDICATES.forEach(
        (series, predicate) -> {
          if (predicate.test(code)) {
            matching.add(series);
          }
        });
    return matching;
  }
}
