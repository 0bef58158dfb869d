package io.codebook.example.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.explain.ReplyAdvisor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code explain --format json}, written by {@link Json} and read back by {@link JsonText}. */
class JsonExplanationFormatTest {
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> explainJson(int expectedStatus, String... codes) {
    List<String> args = new ArrayList<>(List.of("explain", "--format", "json"));
    args.addAll(List.of(codes));
    FtpDoctorTest.Result result = FtpDoctorTest.run(args.toArray(String[]::new));
    assertEquals(expectedStatus, result.status(), result.err());
    assertEquals("", result.err());
    assertTrue(result.out().chars().allMatch(c -> c < 0x80), "the JSON is ASCII");
    return (List<Map<String, Object>>) JsonText.parse(result.out());
  }

  @Test
  void aListedReplyCarriesEverythingItsConstantKnows() {
    FtpReply reply = FtpReply.SERVICE_NOT_AVAILABLE;
    Map<String, Object> json = explainJson(ExitCode.OK, "421").get(0);
    assertEquals(421L, json.get("code"));
    assertEquals(true, json.get("found"));
    assertEquals(true, json.get("listed"));
    assertEquals("ftp", json.get("set"));
    assertEquals(reply.name(), json.get("name"));
    assertEquals(reply.message(), json.get("message"));
    assertEquals(reply.description(), json.get("description"));
    assertEquals(reply.variants(), json.get("variants"));
    assertEquals(reply.solutions(), json.get("solutions"));
    assertEquals("transient", json.get("outcome"));
    assertEquals(true, json.get("standard"));
    assertEquals(ReplyAdvisor.checkFirst(reply).orElseThrow(), json.get("checkFirst"));
    Map<?, ?> series = (Map<?, ?>) json.get("series");
    assertEquals(400L, series.get("first"));
    assertEquals(499L, series.get("last"));
    assertEquals(reply.series().title(), series.get("title"));
    List<?> references = (List<?>) json.get("references");
    assertEquals(reply.references().size(), references.size());
    Map<?, ?> first = (Map<?, ?>) references.get(0);
    assertEquals("RFC 959 \u00a74.2.2", first.get("title"));
    assertEquals("https://www.rfc-editor.org/rfc/rfc959", first.get("url"));
  }

  @Test
  void severalCodesMakeOneArrayInOrderAndUnknownOnesSayNotFound() {
    List<Map<String, Object>> json =
        explainJson(ExitCode.NOT_FOUND, "299", "10061", "12345", "522");
    assertEquals(
        List.of(299L, 10061L, 12345L, 522L), json.stream().map(o -> o.get("code")).toList());
    Map<String, Object> unlisted = json.get(0);
    assertEquals(false, unlisted.get("listed"));
    assertEquals(true, unlisted.get("found"));
    assertEquals("2yz", unlisted.get("replyClass"));
    assertEquals("success", unlisted.get("outcome"));
    assertEquals("winsock", json.get(1).get("set"));
    assertEquals(WinsockError.WSAECONNREFUSED.solutions(), json.get(1).get("solutions"));
    Map<String, Object> unknown = json.get(2);
    assertEquals(false, unknown.get("found"));
    assertNull(unknown.get("set"));
    assertNull(unknown.get("winsockRange"));
    List<?> aliases = (List<?>) json.get(3).get("aliases");
    assertTrue(
        aliases.stream()
            .anyMatch(a -> "TLS_NEGOTIATION_FAILED".equals(((Map<?, ?>) a).get("name"))),
        aliases::toString);
  }

  @Test
  void anUnlistedWinsockNumberNamesItsRange() {
    Map<String, Object> json = explainJson(ExitCode.NOT_FOUND, "10000").get(0);
    Map<?, ?> range = assertInstanceOf(Map.class, json.get("winsockRange"));
    assertEquals(WinsockError.Series.SOCKET.title(), range.get("title"));
  }

  @Test
  void everyTextOfBothSetsSurvivesTheRoundTrip() {
    List<String> codes = new ArrayList<>();
    for (FtpReply reply : FtpReply.values()) {
      codes.add(Integer.toString(reply.code()));
    }
    for (WinsockError error : WinsockError.values()) {
      codes.add(Integer.toString(error.code()));
    }
    List<Map<String, Object>> json = explainJson(ExitCode.OK, codes.toArray(String[]::new));
    int i = 0;
    for (FtpReply reply : FtpReply.values()) {
      Map<String, Object> object = json.get(i++);
      assertEquals(reply.message(), object.get("message"), reply::name);
      assertEquals(reply.description(), object.get("description"), reply::name);
      assertEquals(reply.variants(), object.get("variants"), reply::name);
      assertEquals(reply.solutions(), object.get("solutions"), reply::name);
      assertEquals(reply.outcome().name().toLowerCase(Locale.ROOT), object.get("outcome"));
    }
    for (WinsockError error : WinsockError.values()) {
      Map<String, Object> object = json.get(i++);
      assertEquals(error.name(), object.get("name"));
      assertEquals(error.message(), object.get("message"), error::name);
      assertEquals(error.description(), object.get("description"), error::name);
      assertEquals(error.solutions(), object.get("solutions"), error::name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "quote \" backslash \\ slash /",
        "tab\tnew\nline\rcr",
        "\u0000\u0001\u001f\u007f",
        "\u00a7 \u00e9 \u4e2d",
        "emoji \ud83d\ude00",
        "line\u2028separator",
        "</script>"
      })
  void stringsAreEscapedSoTheyReadBackUnchanged(String text) {
    String json = Json.write(Json.object().put(text, text));
    assertTrue(json.chars().allMatch(c -> (c >= 0x20 && c < 0x80) || c == '\n'), json);
    Map<?, ?> object = (Map<?, ?>) JsonText.parse(json);
    assertEquals(text, object.get(text));
  }

  @Test
  void theLayoutIsTwoSpacesAndOneMemberOrElementALine() {
    assertEquals("[]\n", Json.write(Json.array()));
    assertEquals("{}\n", Json.write(Json.object()));
    // Written escaped, though a strict reader, Jackson's own included, refuses to read it back.
    assertEquals(
        "{\n  \"lone\": \"\\uD800\"\n}\n", Json.write(Json.object().put("lone", "\ud800")));
    assertEquals(
        "{\n  \"a\": [\n    1,\n    null\n  ]\n}\n",
        Json.write(Json.object().set("a", Json.array().add(1).addNull())));
  }
}
