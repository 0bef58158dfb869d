package io.codebook.example.transcript;

import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.Json;
import io.codebook.example.ftp.Reply;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code explain-log --format json}: one object with the transcript's name and line count, the exit
 * status, every entry in line order, the malformed lines, the counts, and the errors that stand,
 * each with its diagnosis and solutions. README.md's ftp-doctor section documents the shape.
 */
final class JsonTranscriptFormat {
  private JsonTranscriptFormat() {}

  static String format(SessionReview review, String name) {
    Transcript transcript = review.transcript();
    ObjectNode json =
        Json.object()
            .put("transcript", name)
            .put("lines", transcript.lines())
            .put("exitStatus", review.exitStatus());
    ArrayNode entries = json.putArray("entries");
    int replies = 0;
    int commands = 0;
    int winsock = 0;
    int clientErrors = 0;
    for (Transcript.Entry entry : transcript.entries()) {
      if (entry instanceof Transcript.ReplyEntry reply) {
        replies++;
        entries.add(reply(review, reply));
      } else if (entry instanceof Transcript.CommandEntry command) {
        commands++;
        entries
            .addObject()
            .put("type", "command")
            .put("line", command.line())
            .put("command", command.shown());
      } else if (entry instanceof Transcript.WinsockEntry error) {
        winsock++;
        entries
            .addObject()
            .put("type", "winsock")
            .put("line", error.line())
            .put("code", error.code())
            .put("text", error.text())
            .put("summary", summary(review, error))
            .put("problem", review.problem(error));
      } else if (entry instanceof Transcript.ClientErrorEntry error) {
        clientErrors++;
        entries
            .addObject()
            .put("type", "clientError")
            .put("line", error.line())
            .put("text", error.text())
            .put("problem", review.problem(error));
      }
    }
    ArrayNode malformedLines = json.putArray("malformed");
    long malformed = 0;
    for (Transcript.Entry entry : transcript.entries()) {
      if (entry instanceof Transcript.MalformedEntry bad) {
        malformed++;
        malformedLines.addObject().put("line", bad.line()).put("reason", bad.reason());
      }
    }
    json.putObject("summary")
        .put("replies", replies)
        .put("commands", commands)
        .put("winsockErrors", winsock)
        .put("clientErrors", clientErrors)
        .put("malformedLines", malformed)
        .put("errors", review.errorCount());
    json.set("errors", errors(review));
    return Json.write(json);
  }

  private static ObjectNode reply(SessionReview review, Transcript.ReplyEntry entry) {
    Reply reply = entry.reply();
    ObjectNode json =
        Json.object()
            .put("type", "reply")
            .put("line", entry.line())
            .put("lastLine", entry.lastLine())
            .put("code", reply.code());
    json.set("text", Json.strings(reply.lines()));
    json.put("inReplyTo", entry.inReplyTo().isEmpty() ? null : entry.inReplyTo())
        .put("complete", entry.complete())
        .put("closingCode", reply.closingCode())
        .put("summary", summary(review, entry))
        .put("problem", review.problem(entry));
    json.set("notes", Json.strings(review.notes(entry)));
    return json;
  }

  private static ArrayNode errors(SessionReview review) {
    Map<String, List<Transcript.Entry>> errors = review.errors();
    ArrayNode array = Json.array();
    for (Map.Entry<String, List<Transcript.Entry>> group : errors.entrySet()) {
      Transcript.Entry first = group.getValue().get(0);
      ObjectNode json = array.addObject();
      if (group.getKey().isEmpty()) {
        json.putNull("code");
      } else {
        json.put("code", Integer.parseInt(group.getKey()));
      }
      ArrayNode lines = json.putArray("lines");
      group.getValue().forEach(entry -> lines.add(entry.line()));
      if (first instanceof Transcript.ClientErrorEntry clientError) {
        json.put("text", clientError.text());
        continue;
      }
      Diagnosis diagnosis = review.diagnosis(first);
      json.put(
              "inReplyTo",
              first instanceof Transcript.ReplyEntry reply && !reply.inReplyTo().isEmpty()
                  ? reply.inReplyTo()
                  : null)
          .put("diagnosis", diagnosis.headline())
          .put("summary", review.summary(first));
      json.set(
          "solutions",
          Json.strings(
              diagnosis
                  .explanation()
                  .filter(ListedCode.class::isInstance)
                  .map(code -> ((ListedCode) code).solutions())
                  .orElse(List.of())));
    }
    return array;
  }

  private static String summary(SessionReview review, Transcript.Entry entry) {
    return review.summary(entry);
  }
}
