package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.codebook.processor.testing.TestCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Gradle's isolating processors must give every generated file exactly one originating element:
 * here, the annotated package. A recording Filer sees what the processor passes.
 */
class OriginatingElementsTest {

  /** Runs the real processor with a Filer that records the originating elements of each file. */
  private static final class Recording extends AbstractProcessor {
    private final CodebookProcessor processor = new CodebookProcessor();
    private final List<String> created = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      Filer filer = environment.getFiler();
      Filer recording =
          (Filer)
              Proxy.newProxyInstance(
                  Filer.class.getClassLoader(),
                  new Class<?>[] {Filer.class},
                  (proxy, method, args) -> {
                    Object last = args == null ? null : args[args.length - 1];
                    if (last instanceof Element[] origins) {
                      created.add(
                          args[method.getName().equals("createResource") ? 2 : 0]
                              + " <- "
                              + Arrays.toString(origins));
                    }
                    try {
                      return method.invoke(filer, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      ProcessingEnvironment wrapped =
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  ProcessingEnvironment.class.getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) ->
                      method.getName().equals("getFiler")
                          ? recording
                          : method.invoke(environment, args));
      processor.init(wrapped);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    @SuppressWarnings("DoNotClaimAnnotations") // returns what the wrapped processor returns
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  @Test
  void everyGeneratedFileHasTheAnnotatedPackageAsItsOnlyOrigin() {
    Recording recording = new Recording();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(recording)
            .withClasspath(
                List.of(TestCompiler.testResources(), TestCompiler.annotationsLocation()))
            .compile(TestCompiler.packageInfo("specs/demo-reply.yaml"));
    assertThat(compilation).succeeded();
    assertEquals(
        List.of(
            "test.DemoReply <- [test]",
            "test.DemoReplyCodes <- [test]",
            "test.DemoReplyHandler <- [test]",
            "META-INF/codebook/DemoReply.html <- [test]",
            "META-INF/codebook/DemoReply.md <- [test]"),
        recording.created);
  }
}
