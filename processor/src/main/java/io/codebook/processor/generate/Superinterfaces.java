package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user's interfaces, from {@code @Codebook(implement = ...)}, that the generated type and its
 * nested types implement. The processor has checked them before generation; here they are only
 * added to the {@code implements} clauses.
 *
 * @param ofType the interfaces of the type named after the set, in the order the user gave them
 * @param ofNested the interfaces of nested types, by the nested type's simple name ({@code Series},
 *     {@code Alias}, ...); a name the set does not generate is ignored
 */
public record Superinterfaces(List<ClassName> ofType, Map<String, List<ClassName>> ofNested) {
  /** No interfaces, as without the attribute. */
  public static final Superinterfaces NONE = new Superinterfaces(List.of(), Map.of());

  public Superinterfaces {
    ofType = List.copyOf(ofType);
    ofNested = Map.copyOf(ofNested);
  }

  /** The nested types, each with the interfaces meant for its simple name added. */
  List<TypeSpec> addToNested(List<TypeSpec> nested) {
    List<TypeSpec> result = new ArrayList<>(nested.size());
    for (TypeSpec type : nested) {
      List<ClassName> interfaces = ofNested.getOrDefault(type.name(), List.of());
      result.add(
          interfaces.isEmpty() ? type : type.toBuilder().addSuperinterfaces(interfaces).build());
    }
    return result;
  }
}
