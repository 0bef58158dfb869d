package io.codebook.example.format;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for programs: one object per code; several codes make an array, in the order asked. Written
 * by {@link Json}, so the output is ASCII with every other character escaped.
 *
 * <p>Every object has {@code code}, {@code found} (whether the number is explained), {@code listed}
 * (whether a code set lists it) and {@code set} ({@code "ftp"}, {@code "winsock"} or {@code null}).
 * A listed code adds everything its generated constant knows; an unlisted FTP reply adds its
 * series; an unknown number adds the Winsock range it lies in, if any.
 */
final class JsonExplanationFormat implements ExplanationFormat {
  /** Creates the format. */
  public JsonExplanationFormat() {}

  @Override
  public String format(Explanation explanation) {
    return Json.write(object(explanation));
  }

  /** Always a JSON array, even of one code, so a program reads every answer the same way. */
  @Override
  public String formatAll(List<Explanation> explanations) {
    ArrayNode array = Json.array();
    explanations.forEach(explanation -> array.add(object(explanation)));
    return Json.write(array);
  }

  private static ObjectNode object(Explanation explanation) {
    ObjectNode json =
        Json.object().put("code", explanation.code()).put("found", explanation.found());
    if (explanation instanceof ListedCode listed) {
      listed(json, listed);
    } else if (explanation instanceof UnlistedFtpReply unlisted) {
      json.put("listed", false).put("set", "ftp").put("replyClass", unlisted.replyClass());
      json.set("series", series(SeriesSummary.of(unlisted.series())));
      json.put("outcome", OutcomeText.word(unlisted.series().outcome()))
          .put("outcomeText", OutcomeText.of(unlisted.series().outcome()));
    } else {
      UnknownCode unknown = (UnknownCode) explanation;
      json.put("listed", false).putNull("set");
      json.set(
          "winsockRange", unknown.winsockRange().map(JsonExplanationFormat::series).orElse(null));
    }
    return json;
  }

  private static void listed(ObjectNode json, ListedCode code) {
    json.put("listed", true)
        .put("set", lower(code.codeSet().name()))
        .put("name", code.name())
        .put("message", code.message())
        .put("description", code.description());
    json.set("series", series(code.series()));
    json.put("outcome", code.outcomeName())
        .put("outcomeText", code.outcome())
        .put("standard", code.standard())
        .put("checkFirst", code.checkFirst().orElse(null));
    json.set("variants", Json.strings(code.variants()));
    json.set("solutions", Json.strings(code.solutions()));
    ArrayNode aliases = json.putArray("aliases");
    for (OtherMeaning alias : code.aliases()) {
      aliases
          .addObject()
          .put("name", alias.name())
          .put("message", alias.message())
          .put("description", alias.description())
          .put("standard", alias.standard())
          .set("references", references(alias.references()));
    }
    json.set("references", references(code.references()));
  }

  private static ObjectNode series(SeriesSummary series) {
    return Json.object()
        .put("first", series.first())
        .put("last", series.last())
        .put("title", series.title())
        .put("description", series.description());
  }

  private static ArrayNode references(List<String> references) {
    ArrayNode array = Json.array();
    for (String entry : references) {
      Reference reference = Reference.parse(entry);
      Optional<String> url = reference.url();
      array.addObject().put("title", reference.title()).put("url", url.orElse(null));
    }
    return array;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
