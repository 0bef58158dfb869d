package io.codebook.example.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately simple reading of the captured client logs, written apart from the production
 * parser to check it: each client's commands and replies found by plain string tests on its own
 * marks, with a small reply assembler of its own. It knows only the eight captured clients, and
 * only as much as their fixtures show.
 *
 * @param commands the commands sent, {@code PASS} shown as {@code PASS ****}
 * @param replies each reply's first line
 */
record IndependentLogReading(List<String> commands, List<String> replies) {
  static IndependentLogReading read(String client, String log) {
    Collector collector = new Collector();
    String previous = "";
    for (String physical : log.split("\n", -1)) {
      // curl's progress meter redraws itself after a bare CR; every piece is a line of its own.
      for (String piece : physical.split("\r", -1)) {
        String line = client.startsWith("curl") ? afterMeter(piece) : piece;
        switch (client) {
          case "curl-progress", "curl-silent" -> {
            if (line.startsWith("> ")) {
              collector.command(line.substring(2));
            } else if (line.startsWith("< ")) {
              collector.replyLine(line.substring(2));
            }
          }
          case "lftp", "lftp-script" -> {
            if (line.startsWith("---> ")) {
              collector.command(line.substring(5));
            } else if (line.startsWith("<--- ")) {
              collector.replyLine(line.substring(5));
            }
          }
          case "wget", "tnftp" -> {
            String arrow = client.equals("wget") ? "--> " : "---> ";
            if (line.startsWith(arrow)) {
              collector.command(line.substring(arrow.length()));
            } else if (collector.open() || startsWithCode(line)) {
              // tnftp -d -v prints the reply to EPSV and PASV twice; the server sent it once.
              if (!(client.equals("tnftp") && line.equals(previous) && line.startsWith("22"))) {
                collector.replyLine(line);
              }
            }
          }
          case "ftplib-debug1" -> {
            if (line.startsWith("*cmd* ")) {
              collector.command(unquote(line.substring(6)));
            } else if (line.startsWith("*resp* ")) {
              collector.reply(unquote(line.substring(7)).split("\n", -1)[0]);
            }
          }
          case "ftplib-debug2" -> {
            if (line.startsWith("*put* ")) {
              collector.command(unquote(line.substring(6)).replace("\r\n", ""));
            } else if (line.startsWith("*get* ")) {
              collector.replyLine(unquote(line.substring(6)).replace("\n", ""));
            }
          }
          default -> throw new IllegalArgumentException("no reader for " + client);
        }
        if (!piece.isEmpty()) {
          previous = line;
        }
      }
    }
    return new IndependentLogReading(collector.commands, collector.replies);
  }

  /** What is left of a piece after the digits, spaces, colons and dashes of a meter line. */
  private static String afterMeter(String piece) {
    if (piece.isEmpty()
        || !Character.isDigit(piece.strip().isEmpty() ? 'x' : piece.strip().charAt(0))
        || !piece.contains("--:--")) {
      return piece;
    }
    int i = 0;
    while (i < piece.length() && " 0123456789-:.%kMG".indexOf(piece.charAt(i)) >= 0) {
      i++;
    }
    return piece.substring(i);
  }

  private static boolean startsWithCode(String line) {
    return line.length() >= 4
        && Character.isDigit(line.charAt(0))
        && Character.isDigit(line.charAt(1))
        && Character.isDigit(line.charAt(2))
        && (line.charAt(3) == ' ' || line.charAt(3) == '-');
  }

  /** A Python repr in single quotes, as ftplib prints it: only the escapes the fixtures hold. */
  private static String unquote(String literal) {
    String inner = literal.strip();
    inner = inner.substring(1, inner.length() - 1);
    return inner
        .replace("\\r", "\r")
        .replace("\\n", "\n")
        .replace("\\'", "'")
        .replace("\\\\", "\\");
  }

  private static final class Collector {
    final List<String> commands = new ArrayList<>();
    final List<String> replies = new ArrayList<>();
    private String openCode;

    void command(String text) {
      String command = text.strip();
      commands.add(command.toUpperCase(Locale.ROOT).startsWith("PASS ") ? "PASS ****" : command);
    }

    void reply(String firstLine) {
      replies.add(firstLine);
    }

    boolean open() {
      return openCode != null;
    }

    void replyLine(String line) {
      if (openCode == null) {
        replies.add(line);
        if (line.length() >= 4 && line.charAt(3) == '-') {
          openCode = line.substring(0, 3);
        }
      } else if (line.startsWith(openCode + " ")) {
        openCode = null;
      }
    }
  }
}
