package io.codebook.example.cli;

import java.util.Map;

/** A command whose help lists the exit statuses it can end with. */
interface ExitStatuses {
  /**
   * The statuses, made with {@link ExitCode#list}.
   *
   * @return each status and what it means for the command, in order
   */
  Map<String, String> exitStatuses();
}
