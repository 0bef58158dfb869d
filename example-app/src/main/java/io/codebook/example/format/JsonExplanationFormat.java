package io.codebook.example.format;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.explain.Explanation;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.OtherMeaning;
import io.codebook.example.explain.OutcomeText;
import io.codebook.example.explain.Reference;
import io.codebook.example.explain.SeriesSummary;
import io.codebook.example.explain.UnknownCode;
import io.codebook.example.explain.UnlistedFtpReply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON for programs: one object per code; several codes make an array, in the order asked. Written by
 * {@link JsonWriter}, so the output is ASCII with every other character escaped.
 *
 * <p>Every object has {@code code}, {@code found} (whether the number is explained), {@code listed}
 * (whether a code set lists it) and {@code set} ({@code "ftp"}, {@code "winsock"} or {@code null}). A
 * listed code adds everything its generated constant knows; an unlisted FTP reply adds its series; an
 * unknown number adds the Winsock range it lies in, if any.
 */
final class JsonExplanationFormat implements ExplanationFormat {
  /** Creates the format. */
  public JsonExplanationFormat() {}

  @Override
  public String format(Explanation explanation) {
    JsonWriter json = new JsonWriter();
    write(json, explanation);
    return json.toString();
  }

  /** Always a JSON array, even of one code, so a program reads every answer the same way. */
  @Override
  public String formatAll(List<Explanation> explanations) {
    JsonWriter json = new JsonWriter().beginArray();
    explanations.forEach(explanation -> write(json, explanation));
    return json.endArray().toString();
  }

  private static void write(JsonWriter json, Explanation explanation) {
    json.beginObject().name("code").value(explanation.code())
        .name("found").value(explanation.found());
    if (explanation instanceof ListedCode listed) {
      listed(json, listed);
    } else if (explanation instanceof UnlistedFtpReply unlisted) {
      json.name("listed").value(false).name("set").value("ftp")
          .name("replyClass").value(unlisted.replyClass())
          .name("series");
      series(json, SeriesSummary.of(unlisted.series()));
      json.name("outcome").value(lower(unlisted.series().outcome().name()))
          .name("outcomeText").value(OutcomeText.of(unlisted.series().outcome()));
    } else {
      UnknownCode unknown = (UnknownCode) explanation;
      json.name("listed").value(false).name("set").nullValue().name("winsockRange");
      if (unknown.winsockRange().isPresent()) {
        series(json, unknown.winsockRange().get());
      } else {
        json.nullValue();
      }
    }
    json.endObject();
  }

  private static void listed(JsonWriter json, ListedCode code) {
    json.name("listed").value(true)
        .name("set").value(lower(code.codeSet().name()))
        .name("name").value(code.name())
        .name("message").value(code.message())
        .name("description").value(code.description())
        .name("series");
    series(json, code.series());
    json.name("outcome").value(outcomeName(code))
        .name("outcomeText").value(code.outcome())
        .name("standard").value(code.standard())
        .name("checkFirst").value(code.checkFirst().orElse(null))
        .name("variants").values(code.variants())
        .name("solutions").values(code.solutions())
        .name("aliases").beginArray();
    for (OtherMeaning alias : code.aliases()) {
      json.beginObject().name("name").value(alias.name())
          .name("message").value(alias.message())
          .name("description").value(alias.description())
          .name("standard").value(alias.standard())
          .name("references");
      references(json, alias.references());
      json.endObject();
    }
    json.endArray().name("references");
    references(json, code.references());
  }

  private static void series(JsonWriter json, SeriesSummary series) {
    json.beginObject().name("first").value(series.first()).name("last").value(series.last())
        .name("title").value(series.title()).name("description").value(series.description())
        .endObject();
  }

  private static void references(JsonWriter json, List<String> references) {
    json.beginArray();
    for (String entry : references) {
      Reference reference = Reference.parse(entry);
      Optional<String> url = reference.url();
      json.beginObject().name("title").value(reference.title())
          .name("url").value(url.orElse(null)).endObject();
    }
    json.endArray();
  }

  private static String outcomeName(ListedCode code) {
    return switch (code.codeSet()) {
      case FTP -> lower(FtpReply.of(code.code()).outcome().name());
      case WINSOCK -> lower(WinsockError.of(code.code()).outcome().name());
    };
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
