package io.codebook.processor;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problem;
import io.codebook.processor.diagnostics.Problems;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic;

/**
 * Reports problems as compiler errors on the annotated package, pointing at the {@code spec}
 * attribute. javac can only point at program elements, so the spec file, line and column are part
 * of the message text.
 */
final class ErrorReporter {
  /**
   * More problems of one kind than this are folded into one message; see {@link
   * Problems#collapsed}.
   */
  private static final int FOLD_AFTER = 10;

  private final Messager messager;
  private final boolean anchorsPackages;

  /**
   * A reporter.
   *
   * @param messager the compiler's messager
   * @param anchorsPackages whether the compiler shows a message given a package element at that
   *     package's source; Eclipse's compiler does not (it prints such messages with no file at
   *     all), so there each message also names the annotation and package in its text
   */
  ErrorReporter(Messager messager, boolean anchorsPackages) {
    this.messager = messager;
    this.anchorsPackages = anchorsPackages;
  }

  /** Whether the compiler behind {@code environment} anchors a message on a package's source. */
  static boolean anchorsPackages(ProcessingEnvironment environment) {
    return !environment.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  void report(Request request, Problems problems) {
    for (Problem problem : problems.collapsed(FOLD_AFTER)) {
      error(request, problem.render());
    }
  }

  void report(Request request, Problem problem) {
    error(request, problem.render());
  }

  void report(Request request, Message message, Object... args) {
    error(request, message.tag() + " " + message.format(args));
  }

  /** A problem that does not stop the build, such as a translation that lacks messages. */
  void warn(Request request, Problem problem) {
    messager.printMessage(
        Diagnostic.Kind.WARNING,
        withContext(request, problem.render()),
        request.pkg(),
        request.annotation(),
        request.specValue());
  }

  /**
   * A problem of the compilation as a whole, such as a bad processor option: no element to show.
   */
  void error(Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, message.tag() + " " + message.format(args));
  }

  /**
   * A problem with one value of an array attribute, such as a class named by {@code implement}: the
   * message points at that value, where the compiler can show it.
   */
  void report(Request request, AnnotationValue at, String message) {
    messager.printMessage(
        Diagnostic.Kind.ERROR,
        withContext(request, message),
        request.pkg(),
        request.annotation(),
        at);
  }

  /**
   * An unexpected exception: reported with its trace, so compilation fails cleanly and the bug can
   * be filed.
   */
  void internalError(Request request, String specPath, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    String message =
        Message.INTERNAL_ERROR.tag() + " " + Message.INTERNAL_ERROR.format(specPath, trace);
    if (request == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message);
    } else {
      error(request, message);
    }
  }

  private void error(Request request, String message) {
    messager.printMessage(
        Diagnostic.Kind.ERROR,
        withContext(request, message),
        request.pkg(),
        request.annotation(),
        request.specValue());
  }

  /** The message, followed on ECJ by the annotation and package it is about. */
  private String withContext(Request request, String message) {
    return anchorsPackages
        ? message
        : message
            + " (in @Codebook(spec = \""
            + request.specPath()
            + "\") on package "
            + request.pkg().getQualifiedName()
            + ")";
  }
}
