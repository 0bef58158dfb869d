package io.codebook.example.transcript;

import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.diagnose.DiagnosisText;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.JsonWriter;
import io.codebook.example.ftp.Reply;

import java.util.List;
import java.util.Map;

/**
 * {@code explain-log --format json}: one object with the transcript's name and line count, the exit
 * status, every entry in line order, the malformed lines, the counts, and the errors that stand, each
 * with its diagnosis and solutions. README.md's ftp-doctor section documents the shape.
 */
final class JsonTranscriptFormat {
  private JsonTranscriptFormat() {}

  static String format(SessionReview review, String name) {
    Transcript transcript = review.transcript();
    JsonWriter json = new JsonWriter().beginObject()
        .name("transcript").value(name)
        .name("lines").value(transcript.lines())
        .name("exitStatus").value(review.exitStatus())
        .name("entries").beginArray();
    int replies = 0;
    int commands = 0;
    int winsock = 0;
    int clientErrors = 0;
    for (Transcript.Entry entry : transcript.entries()) {
      if (entry instanceof Transcript.ReplyEntry reply) {
        replies++;
        reply(json, review, reply);
      } else if (entry instanceof Transcript.CommandEntry command) {
        commands++;
        json.beginObject().name("type").value("command").name("line").value(command.line())
            .name("command").value(command.shown()).endObject();
      } else if (entry instanceof Transcript.WinsockEntry error) {
        winsock++;
        json.beginObject().name("type").value("winsock").name("line").value(error.line())
            .name("code").value(error.code()).name("text").value(error.text())
            .name("summary").value(summary(error))
            .name("problem").value(review.problem(error)).endObject();
      } else if (entry instanceof Transcript.ClientErrorEntry error) {
        clientErrors++;
        json.beginObject().name("type").value("clientError").name("line").value(error.line())
            .name("text").value(error.text()).name("problem").value(review.problem(error))
            .endObject();
      }
    }
    json.endArray().name("malformed").beginArray();
    long malformed = 0;
    for (Transcript.Entry entry : transcript.entries()) {
      if (entry instanceof Transcript.MalformedEntry bad) {
        malformed++;
        json.beginObject().name("line").value(bad.line()).name("reason").value(bad.reason())
            .endObject();
      }
    }
    json.endArray().name("summary").beginObject()
        .name("replies").value(replies).name("commands").value(commands)
        .name("winsockErrors").value(winsock).name("clientErrors").value(clientErrors)
        .name("malformedLines").value(malformed).name("errors").value(review.errorCount())
        .endObject();
    errors(json, review.errors());
    return json.endObject().toString();
  }

  private static void reply(JsonWriter json, SessionReview review, Transcript.ReplyEntry entry) {
    Reply reply = entry.reply();
    json.beginObject().name("type").value("reply")
        .name("line").value(entry.line()).name("lastLine").value(entry.lastLine())
        .name("code").value(reply.code()).name("text").values(reply.lines())
        .name("inReplyTo").value(entry.inReplyTo().isEmpty() ? null : entry.inReplyTo())
        .name("complete").value(entry.complete())
        .name("closingCode").value(reply.closingCode())
        .name("summary").value(summary(entry))
        .name("problem").value(review.problem(entry))
        .name("notes").values(review.notes(entry))
        .endObject();
  }

  private static void errors(JsonWriter json, Map<String, List<Transcript.Entry>> errors) {
    json.name("errors").beginArray();
    for (Map.Entry<String, List<Transcript.Entry>> group : errors.entrySet()) {
      Transcript.Entry first = group.getValue().get(0);
      json.beginObject().name("code");
      if (group.getKey().isEmpty()) {
        json.nullValue();
      } else {
        json.value(Integer.parseInt(group.getKey()));
      }
      json.name("lines").beginArray();
      group.getValue().forEach(entry -> json.value(entry.line()));
      json.endArray();
      if (first instanceof Transcript.ClientErrorEntry clientError) {
        json.name("text").value(clientError.text()).endObject();
        continue;
      }
      Diagnosis diagnosis = SessionReview.diagnose(first);
      json.name("inReplyTo").value(first instanceof Transcript.ReplyEntry reply
              && !reply.inReplyTo().isEmpty() ? reply.inReplyTo() : null)
          .name("diagnosis").value(diagnosis.headline())
          .name("summary").value(DiagnosisText.summary(diagnosis.explanation().orElseThrow()))
          .name("solutions").values(diagnosis.explanation()
              .filter(ListedCode.class::isInstance).map(code -> ((ListedCode) code).solutions())
              .orElse(List.of()))
          .endObject();
    }
    json.endArray();
  }

  private static String summary(Transcript.Entry entry) {
    return DiagnosisText.summary(SessionReview.diagnose(entry).explanation().orElseThrow());
  }
}
