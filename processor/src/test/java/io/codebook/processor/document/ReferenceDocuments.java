package io.codebook.processor.document;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import java.util.Map;

/** The Markdown and HTML reference documents the processor writes for one spec. */
record ReferenceDocuments(String name, String html, String markdown) {

  /** Documents for a spec among the test resources, such as {@code specs/demo-reply.yaml}. */
  static ReferenceDocuments ofResource(String specPath) {
    return of(
        TestCompiler.javac(List.of(TestCompiler.testResources()))
            .compile(TestCompiler.packageInfo(specPath)));
  }

  /** Documents for a spec given as YAML text. */
  static ReferenceDocuments ofYaml(String yaml) {
    return of(TestCompiler.compileSpec(yaml));
  }

  private static ReferenceDocuments of(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, String> files = GeneratedFiles.of(compilation);
    String html =
        files.keySet().stream()
            .filter(path -> path.startsWith("META-INF/codebook/") && path.endsWith(".html"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no HTML document among " + files.keySet()));
    String base = html.substring(0, html.length() - ".html".length());
    String markdown = files.get(base + ".md");
    if (markdown == null) {
      throw new AssertionError("no Markdown document beside " + html);
    }
    return new ReferenceDocuments(
        base.substring(base.lastIndexOf('/') + 1), files.get(html), markdown);
  }

  @Override
  public String toString() {
    return name;
  }
}
