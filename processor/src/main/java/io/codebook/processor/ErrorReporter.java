package io.codebook.processor;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problem;
import io.codebook.processor.diagnostics.Problems;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Reports problems as compiler errors on the annotated package, pointing at the {@code spec}
 * attribute. javac can only point at program elements, so the spec file, line and column are part
 * of the message text.
 */
final class ErrorReporter {
  private final Messager messager;

  ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  void report(Request request, Problems problems) {
    for (Problem problem : problems.sorted()) {
      error(request, problem.render());
    }
  }

  void report(Request request, Message message, Object... args) {
    error(request, message.tag() + " " + message.format(args));
  }

  /** An unexpected exception: reported with its trace, so compilation fails cleanly and the bug can be filed. */
  void internalError(Request request, String specPath, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    String message = Message.INTERNAL_ERROR.tag() + " " + Message.INTERNAL_ERROR.format(specPath, trace);
    if (request == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message);
    } else {
      error(request, message);
    }
  }

  private void error(Request request, String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, request.pkg(), request.annotation(), request.specValue());
  }
}
