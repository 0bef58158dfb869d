package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.model.Group;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawGroup;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Group patterns are well formed and no code can match two of them; when a spec declares groups,
 * every code matches one, so that {@code group()} never needs to say "none".
 */
final class GroupRule implements ValidationRule {
  private static final Pattern VALID = Pattern.compile("[1-9A-Za-z][0-9A-Za-z]{0,9}|[0-9A-Za-z]");

  private record Checked(RawGroup raw, Group group) {}

  @Override
  public void check(RawSpec spec, Problems problems) {
    List<Checked> groups = new ArrayList<>();
    for (RawGroup raw : spec.groups()) {
      if (raw.pattern() == null) {
        continue;
      }
      String pattern = raw.pattern().value();
      if (!VALID.matcher(pattern).matches()) {
        problems.report(raw.pattern().position(), Message.INVALID_GROUP_PATTERN, pattern);
        continue;
      }
      String name = raw.name() == null ? "?" : raw.name().value();
      groups.add(new Checked(raw, new Group(name, pattern, "", "")));
    }
    for (int i = 0; i < groups.size(); i++) {
      for (int j = 0; j < i; j++) {
        String shared =
            sharedCode(groups.get(j).group().pattern(), groups.get(i).group().pattern());
        if (shared != null) {
          Checked later = groups.get(i);
          Checked earlier = groups.get(j);
          problems.report(
              later.raw().pattern().position(),
              Message.GROUP_OVERLAP,
              later.group().name(),
              later.group().pattern(),
              earlier.group().name(),
              earlier.group().pattern(),
              earlier.raw().position().lineAndColumn(),
              shared);
        }
      }
    }
    if (spec.groups().isEmpty() || groups.isEmpty()) {
      return;
    }
    for (RawCode code : spec.codes()) {
      if (code.code() == null || !CodeNumberRule.fitsCode(code.code().value())) {
        continue;
      }
      int number = code.code().value().intValueExact();
      if (groups.stream().noneMatch(g -> g.group().matches(number))) {
        problems.report(
            code.code().position(),
            Message.CODE_OUTSIDE_GROUP,
            BigInteger.valueOf(number),
            code.name() == null ? "unnamed" : code.name().value());
      }
    }
  }

  /**
   * A code both patterns match, or {@code null}: they overlap when every position agrees or is a
   * wildcard.
   */
  private static String sharedCode(String a, String b) {
    if (a.length() != b.length()) {
      return null;
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      boolean xFixed = Character.isDigit(x);
      boolean yFixed = Character.isDigit(y);
      if (xFixed && yFixed && x != y) {
        return null;
      }
      code.append(xFixed ? x : yFixed ? y : (i == 0 && a.length() > 1 ? '1' : '0'));
    }
    return code.toString();
  }
}
