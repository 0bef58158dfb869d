package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real registries, taken as they are: each spec under {@code src/test/resources/registries} is
 * compiled by javac with the processor jar, and every row of the registry's own table (its header
 * or library, read by {@code scripts/registries/generate.py}) is checked against the generated
 * types at run time: lookup, names, messages, int constants and dispatch.
 */
class RegistriesIT {

  /** The registries whose codes are ints, with how their spec names drop the symbols' prefix. */
  static Stream<Registry> intRegistries() {
    return Stream.of(
        new Registry("http-status", "HttpStatus", ""),
        new Registry("errno", "Errno", ""),
        new Registry("sqlite", "SqliteResult", "SQLITE_"),
        new Registry("ldap", "LdapResult", "LDAP_"),
        new Registry("mariadb", "MariaDbError", "ER_"));
  }

  @ParameterizedTest
  @MethodSource("intRegistries")
  void everyRowOfTheRegistryIsFoundByItsNumber(Registry registry) throws Exception {
    RegistryTypes types = RegistryTypes.compile(registry);
    List<RegistryRow> rows = registry.rows();
    Map<Integer, Object> byNumber = new LinkedHashMap<>();
    for (RegistryRow row : rows) {
      String where = registry.id() + " " + row.symbol() + " (" + row.code() + ")";
      Object found =
          ((Optional<?>) types.codeMethod("lookup", int.class).invoke(null, row.number()))
              .orElseThrow(() -> new AssertionError(where + ": lookup found nothing"));
      assertSame(
          types.constant(registry.specName(row.symbol(), rows)),
          found,
          where + ": the name is another constant");
      assertEquals(row.message(), types.property(found, "message"), where);
      assertEquals(row.number(), types.property(found, "code"), where);
      assertEquals(
          row.number(),
          types.intConstant(registry.specName(row.symbol(), rows)),
          where + ": the XCodes constant");
      assertSame(found, types.dispatch(row.number()), where + ": dispatch went elsewhere");
      byNumber.put(row.number(), found);
    }
    assertEquals(
        byNumber.size(), types.values().length, "one constant per distinct code in the registry");
  }

  @ParameterizedTest
  @MethodSource("intRegistries")
  void numbersTheRegistryDoesNotListAreUnknown(Registry registry) throws Exception {
    RegistryTypes types = RegistryTypes.compile(registry);
    List<Integer> listed = registry.rows().stream().map(RegistryRow::number).toList();
    int lowest = listed.stream().min(Integer::compare).orElseThrow();
    int highest = listed.stream().max(Integer::compare).orElseThrow();
    for (int unlisted : new int[] {lowest - 1, highest + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      if (listed.contains(unlisted)) {
        continue;
      }
      assertFalse(
          (Boolean) types.codeMethod("isKnown", int.class).invoke(null, unlisted),
          registry.id() + " " + unlisted);
      assertFalse(
          types.codesType().isInstance(types.dispatch(unlisted)),
          registry.id() + " " + unlisted + " dispatched to a constant");
    }
  }

  /**
   * ldap.h's range macros and range comments, as the registry states them: {@code
   * LDAP_API_ERROR(n)} is {@code (n)<0}, and codes in none of the ranges, such as 0-14, have no
   * series.
   */
  @Test
  void ldapCodesFallInTheRangesLdapHDefinesOrInNone() throws Exception {
    Registry ldap = intRegistries().filter(r -> r.id().equals("ldap")).findFirst().orElseThrow();
    RegistryTypes types = RegistryTypes.compile(ldap);
    Map<String, int[]> ranges = new LinkedHashMap<>();
    ranges.put("API_ERROR", new int[] {Integer.MIN_VALUE, -1});
    ranges.put("ATTR_ERROR", new int[] {0x10, 0x15});
    ranges.put("NAME_ERROR", new int[] {0x20, 0x24});
    ranges.put("SECURITY_ERROR", new int[] {0x2F, 0x32});
    ranges.put("SERVICE_ERROR", new int[] {0x33, 0x36});
    ranges.put("UPDATE_ERROR", new int[] {0x40, 0x47});
    ranges.put("LCUP_OPERATION_CODES", new int[] {113, 117});
    ranges.put("CANCEL_OPERATION_CODES", new int[] {118, 121});
    ranges.put("E_ERROR", new int[] {0x1000, 0x3fff});
    ranges.put("X_ERROR", new int[] {0x4000, 0xffff});
    boolean sawNegative = false;
    boolean sawNone = false;
    for (RegistryRow row : ldap.rows()) {
      int code = row.number();
      Optional<String> expected =
          ranges.entrySet().stream()
              .filter(e -> code >= e.getValue()[0] && code <= e.getValue()[1])
              .map(Map.Entry::getKey)
              .findFirst();
      Object constant = types.constant(ldap.specName(row.symbol(), ldap.rows()));
      Optional<?> series = (Optional<?>) types.property(constant, "series");
      assertEquals(expected, series.map(s -> ((Enum<?>) s).name()), row.symbol());
      sawNegative |= code < 0;
      sawNone |= expected.isEmpty();
    }
    assertTrue(
        sawNegative && sawNone, "the table has negative codes and codes outside every range");
  }

  /**
   * PostgreSQL's SQLSTATEs, string codes: each row found by its exact five characters, its {@code
   * XCodes} String constant and dispatch, and its series the class its first two characters name,
   * as errcodes.txt's sections group them.
   */
  @Test
  void everySqlStateIsFoundByItsStringAndFallsInItsClass() throws Exception {
    Registry sqlstate = new Registry("sqlstate", "SqlState", "ERRCODE_");
    RegistryTypes types = RegistryTypes.compile(sqlstate);
    List<RegistryRow> rows = sqlstate.rows();
    Map<String, Object> byCode = new LinkedHashMap<>();
    for (RegistryRow row : rows) {
      String where = row.symbol() + " (" + row.code() + ")";
      String name = sqlstate.specName(row.symbol(), rows);
      Object found =
          ((Optional<?>) types.codeMethod("lookup", String.class).invoke(null, row.code()))
              .orElseThrow(() -> new AssertionError(where + ": lookup found nothing"));
      assertSame(types.constant(name), found, where + ": the name is another constant");
      assertEquals(row.message(), types.property(found, "message"), where);
      assertEquals(row.code(), types.property(found, "code"), where);
      assertEquals(row.code(), types.intConstant(name), where + ": the XCodes constant");
      assertSame(found, types.dispatch(row.code()), where + ": dispatch went elsewhere");
      // Every SQLSTATE is in a class, so series() returns the series itself, not an Optional.
      Enum<?> series = (Enum<?>) types.property(found, "series");
      assertEquals("CLASS_" + row.code().substring(0, 2), series.name(), where);
      byCode.put(row.code(), found);
    }
    assertEquals(byCode.size(), types.values().length, "one constant per distinct SQLSTATE");
    // Compared exactly: lower case and a sixth character are other codes.
    assertFalse((Boolean) types.codeMethod("isKnown", String.class).invoke(null, "42p01"));
    assertFalse((Boolean) types.codeMethod("isKnown", String.class).invoke(null, "42P010"));
    assertTrue((Boolean) types.codeMethod("isKnown", String.class).invoke(null, "42P01"));
  }

  /**
   * Real-sized registries stay true enums: MariaDB's 1,218 codes are too many for one initializer
   * with their texts, so their data lives in parts ({@code MariaDbErrorParts} exists), yet the type
   * is an enum like HTTP's 62.
   */
  @Test
  void realRegistriesAreTrueEnumsWhateverTheirSize() throws Exception {
    RegistryTypes mariadb = RegistryTypes.compile(registry("mariadb"));
    assertTrue(mariadb.codesType().isEnum(), "1,218 MariaDB codes");
    assertEquals("MariaDbErrorParts", mariadb.load("Parts").getSimpleName(), "split into parts");
    assertTrue(
        RegistryTypes.compile(registry("http-status")).codesType().isEnum(), "62 HTTP codes");
  }

  private static Registry registry(String id) {
    return intRegistries().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Creates a handler whose code methods return the constant they were given, and whose other
   * methods return their name.
   */
  static Object echoingHandler(Class<?> handlerType, Class<?> codesType) {
    return Proxy.newProxyInstance(
        handlerType.getClassLoader(),
        new Class<?>[] {handlerType},
        (proxy, method, args) -> {
          if (method.getName().equals("on")) {
            // dispatch calls on(X) or on(int); their default bodies lead to the methods echoed.
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          if (isCodeMethod(method, codesType)) {
            return args[0];
          }
          return method.getName();
        });
  }

  private static boolean isCodeMethod(Method method, Class<?> codesType) {
    return method.getParameterCount() == 1 && method.getParameterTypes()[0] == codesType;
  }

  static Path registries() {
    return Path.of(System.getProperty("codebook.it.registries"));
  }
}
