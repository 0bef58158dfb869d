#!/usr/bin/env python3
"""Generate real-world code registries as Codebook specs plus independent expectations.

For each registry this writes into integration-tests/src/test/resources/registries/:

  <registry>.yaml  a spec in the *upcoming* format (issue 12; see README.md next to this file)
  <registry>.tsv   code, the registry's own symbol and its message, read from the registry's
                   own header or library function, never from Codebook or from the YAML

and errno-translations.tsv (issue 15): glibc's strerror() text per errno code and language,
with errno.<tag>.yaml, the translation overlay of errno.yaml for each of those languages.

Where a registry is a C header, its values and messages are read twice: once by parsing the
header in Python (for the spec, which also needs comments and structure) and once by a small C
program that the compiler builds from the same header and that calls the library's own message
function (for the TSV). The script stops if the two readings disagree, so neither reading can
silently carry a parsing mistake into the tests.

Usage:
  python3 scripts/registries/generate.py            # rewrite the committed files
  python3 scripts/registries/generate.py --check    # regenerate into a temp dir and diff
  python3 scripts/registries/generate.py --out DIR  # write somewhere else

Needs (Debian 12): gcc, python3.11 (Debian's /usr/bin/python3.11), libsqlite3-dev, libldap-dev,
libmariadbd-dev, postgresql-15, locales-all, libc-l10n. Only the Python standard library is used.
"""

import argparse
import difflib
import gettext
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO, "integration-tests", "src", "test", "resources", "registries")

# Debian's interpreter, not whatever `python3` is on PATH: http.HTTPStatus and the errno
# module then come from a versioned Debian package, and the output does not depend on who
# runs the script with which pyenv/venv.
DEBIAN_PYTHON = "/usr/bin/python3.11"

SQLITE_H = "/usr/include/sqlite3.h"
LDAP_H = "/usr/include/ldap.h"
ERRCODES_TXT = "/usr/share/postgresql/15/errcodes.txt"
MARIADB_DIR = "/usr/include/mariadb/server"
MARIADB_ERNAME_H = MARIADB_DIR + "/mysqld_ername.h"
MARIADB_ERROR_H = MARIADB_DIR + "/mysqld_error.h"
# Headers that say which errno names are second names of another: they define them as the
# other macro (#define EWOULDBLOCK EAGAIN) rather than as a number.
ERRNO_ALIAS_HEADERS = [
    "/usr/include/asm-generic/errno.h",
    "/usr/include/x86_64-linux-gnu/bits/errno.h",
]

# Languages for errno-translations.tsv: glibc's libc.mo exists for these (see README); glibc
# 2.36 ships no right-to-left translation (no ar, he, fa, ur or yi libc.mo), so none is listed.
TRANSLATION_LANGUAGES = [
    ("de", "de_DE.UTF-8"),
    ("fr", "fr_FR.UTF-8"),
    ("es", "es_ES.UTF-8"),
    ("ja", "ja_JP.UTF-8"),
    ("ru", "ru_RU.UTF-8"),
    ("zh_CN", "zh_CN.UTF-8"),
    ("pt_BR", "pt_BR.UTF-8"),
    ("uk", "uk_UA.UTF-8"),
]

UPPER_SNAKE = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\Z")


class Failure(Exception):
    """A registry source is missing or two readings of it disagree."""


# ---------------------------------------------------------------------------------------------
# Small helpers


def run(cmd, env=None, input_bytes=None):
    result = subprocess.run(cmd, capture_output=True, env=env, input=input_bytes)
    if result.returncode != 0:
        raise Failure("%s failed (%d): %s" % (" ".join(cmd), result.returncode, result.stderr.decode(errors="replace")))
    return result.stdout


def package_of(path):
    """Debian package and version that installed path, for the references and TSV headers."""
    # Debian 12 has merged /usr: dpkg may know a file by its /lib or its /usr/lib path.
    candidates = [path, os.path.realpath(path)]
    if path.startswith("/usr/lib/"):
        candidates.append(path[len("/usr"):])
    elif path.startswith("/lib/"):
        candidates.append("/usr" + path)
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True)
        if found.returncode == 0:
            break
    else:
        raise Failure("no Debian package owns %s" % path)
    owner = found.stdout.decode().split(":")[0]
    owner = owner.split(",")[0].strip()
    version = run(["dpkg-query", "-W", "-f", "${Version}", owner]).decode().strip()
    return "%s %s" % (owner, version)


def require(path):
    if not os.path.exists(path):
        raise Failure("%s is missing; see scripts/registries/README.md for the packages to install" % path)
    return path


def read_text(path):
    with open(require(path), encoding="utf-8") as f:
        return f.read()


def tsv_escape(text):
    # Messages are written byte for byte except for the four characters TSV cannot hold;
    # README.md documents the escapes so tests can undo them.
    out = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    if any(ord(c) < 0x20 for c in out):
        raise Failure("control character in message %r" % text)
    return out


# Same escaping in C, so the C programs print TSV rows directly.
C_PRELUDE = r"""
#include <stdio.h>
static void put(const char *s) {
  if (s == NULL) { fputs("(null)", stdout); return; }
  for (; *s; s++) {
    switch (*s) {
      case '\\': fputs("\\\\", stdout); break;
      case '\t': fputs("\\t", stdout); break;
      case '\n': fputs("\\n", stdout); break;
      case '\r': fputs("\\r", stdout); break;
      default: putchar(*s);
    }
  }
}
static void row(long code, const char *name, const char *message) {
  printf("%ld\t%s\t", code, name);
  put(message);
  putchar('\n');
}
"""


def run_c(body, cflags=(), libs=(), env=None, runs=None):
    """Compile a C program and run it, by default once; returns its stdout lines as
    [code, name, message] rows. With runs=[(args, env), ...] it runs once per entry and
    returns one list of rows per run."""
    work = tempfile.mkdtemp(prefix="codebook-registries-")
    try:
        src = os.path.join(work, "probe.c")
        exe = os.path.join(work, "probe")
        with open(src, "w", encoding="utf-8") as f:
            f.write(body)
        run(["gcc", "-O0", "-w", "-o", exe, src] + list(cflags) + list(libs))
        results = []
        for args, run_env in runs or [([], env)]:
            out = run([exe] + list(args), env=run_env).decode("utf-8")
            results.append([line.split("\t", 2) for line in out.splitlines() if line])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results if runs else results[0]


def c_unescape(literal):
    """Decode the body of a C string literal (the escapes mysqld_ername.h uses, and octal/hex)."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "?": "?", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
    out = bytearray()
    i = 0
    raw = literal.encode("utf-8")
    while i < len(raw):
        c = raw[i:i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        n = chr(raw[i + 1])
        if n in simple:
            out += simple[n].encode()
            i += 2
        elif n in "01234567":
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:])
            out.append(int(m.group(0), 8))
            i += 1 + len(m.group(0))
        elif n == "x":
            m = re.match(rb"[0-9A-Fa-f]+", raw[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        else:
            raise Failure("unknown C escape \\%s" % n)
    return out.decode("utf-8")


def derive_names(symbols, prefix):
    """Spec names from the registry's symbols: drop the prefix when what is left is still an
    UPPER_SNAKE identifier that does not start with a digit and does not collide with another
    symbol's name; otherwise keep the symbol as it is."""
    names = {}
    for s in symbols:
        rest = s[len(prefix):] if prefix and s.startswith(prefix) else s
        names[s] = rest if UPPER_SNAKE.match(rest) else s
    while True:
        seen = {}
        for s in symbols:
            seen.setdefault(names[s], []).append(s)
        clashes = [s for group in seen.values() if len(group) > 1 for s in group if names[s] != s]
        if not clashes:
            break
        for s in clashes:
            names[s] = s
    for s in symbols:
        if not UPPER_SNAKE.match(names[s]):
            raise Failure("%s cannot become an UPPER_SNAKE name" % s)
    return names


def handler_fold(name):
    # The processor derives on + UpperCamel(name) and rejects two that are equal ignoring case.
    return name.replace("_", "").lower()


def check_spec(spec):
    """The checks the processor makes that a generated spec could fail: unique codes, unique
    names, handler methods distinct ignoring case. Raises rather than writing a bad spec."""
    codes, names, folds = set(), set(), {}
    for series in spec.get("series", []):
        names_add(names, series["name"])
        folds_add(folds, series["name"])
    for code in spec["codes"]:
        if code["code"] in codes:
            raise Failure("%s: code %r twice" % (spec["name"], code["code"]))
        codes.add(code["code"])
        names_add(names, code["name"])
        folds_add(folds, code["name"])
        for alias in code.get("aliases", []):
            names_add(names, alias["name"])


def names_add(names, name):
    if not UPPER_SNAKE.match(name):
        raise Failure("invalid name %s" % name)
    if name in names:
        raise Failure("name %s twice" % name)
    names.add(name)


def folds_add(folds, name):
    fold = handler_fold(name)
    if fold in folds:
        raise Failure("handler methods of %s and %s differ only in case" % (name, folds[fold]))
    folds[fold] = name


def compare(registry, parsed, compiled):
    """Both readings of a header must give the same rows, in the same order."""
    a = [(str(c), n, tsv_escape(m)) for c, n, m in parsed]
    b = [tuple(r) for r in compiled]
    if a != b:
        diff = "\n".join(difflib.unified_diff(["\t".join(r) for r in a], ["\t".join(r) for r in b], "python", "compiler", lineterm="", n=1))
        raise Failure("%s: the parsed header and the compiled program disagree:\n%s" % (registry, diff[:4000]))


# ---------------------------------------------------------------------------------------------
# YAML and TSV output


def q(text):
    # JSON strings are valid YAML double-quoted scalars, in YAML 1.1 (SnakeYAML) and 1.2 alike.
    # Every string is quoted so that names like NO and YES (MariaDB) stay strings in YAML 1.1.
    return json.dumps(text, ensure_ascii=False)


def scalar(value):
    return str(value) if isinstance(value, int) else q(value)


def write_yaml(path, spec, header):
    lines = ["# " + h for h in header]
    lines.append("codebook: 1")
    for key in ("name", "title", "description"):
        if spec.get(key):
            lines.append("%s: %s" % (key, q(spec[key])))
    if spec.get("translations"):
        lines.append("translations: [%s]" % ", ".join(spec["translations"]))
    if spec.get("codeType"):
        lines.append("codeType: %s" % q(spec["codeType"]))
    lines.append("references:")
    lines += ["  - " + q(r) for r in spec["references"]]
    if spec.get("series"):
        lines.append("series:")
        for s in spec["series"]:
            lines.append("  - name: " + q(s["name"]))
            for key in ("range", "prefix", "title", "description", "outcome"):
                if s.get(key) is not None:
                    lines.append("    %s: %s" % (key, q(s[key])))
    lines.append("codes:")
    for c in spec["codes"]:
        lines.append("  - code: " + scalar(c["code"]))
        lines.append("    name: " + q(c["name"]))
        lines.append("    message: " + q(c["message"]))
        for key in ("description", "outcome"):
            if c.get(key):
                lines.append("    %s: %s" % (key, q(c[key])))
        if c.get("aliases"):
            lines.append("    aliases:")
            for a in c["aliases"]:
                lines.append("      - name: " + q(a["name"]))
                lines.append("        message: " + q(a["message"]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_tsv(path, header, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        f.write("# " + "\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def emit(out, registry, spec, tsv_header, tsv_rows):
    check_spec(spec)
    generated = "Generated by scripts/registries/generate.py; do not edit. Format: the proposal in scripts/registries/README.md."
    write_yaml(os.path.join(out, registry + ".yaml"), spec, [generated])
    header = ["registry: %s (%s)" % (registry, spec["name"])] + tsv_header + [
        "name is the registry's own symbol; a code with aliases has one row per name, its primary name first",
        "message escapes: \\\\ \\t \\n \\r",
    ]
    write_tsv(os.path.join(out, registry + ".tsv"), header, ["code", "name", "message"], tsv_rows)
    return len(spec["codes"])


# ---------------------------------------------------------------------------------------------
# 1. HTTP status codes from Python's http.HTTPStatus

HTTP_PROGRAM = r"""
import json, http
print(json.dumps([[s.value, s.name, s.phrase, s.description] for s in http.HTTPStatus]))
"""

# HTTPStatus has no notion of outcome; these are Codebook's reading of RFC 9110 section 15,
# in the vocabulary the FTP spec uses (a 3xx asks the client for a further step, like FTP's 3yz).
HTTP_SERIES = [
    ("INFORMATIONAL", 100, 199, "Informational 1xx", "The request was received and is being processed; a final response follows.", "pending"),
    ("SUCCESSFUL", 200, 299, "Successful 2xx", "The request was received, understood and accepted.", "success"),
    ("REDIRECTION", 300, 399, "Redirection 3xx", "The client must take a further action, usually another request, to complete the request.", "pending"),
    ("CLIENT_ERROR", 400, 499, "Client Error 4xx", "The request is wrong; sending it again unchanged fails again.", "permanent"),
    ("SERVER_ERROR", 500, 599, "Server Error 5xx", "The server failed to fulfil a valid request; a later retry may succeed.", "transient"),
]


def http_status(out):
    module = run([require(DEBIAN_PYTHON), "-I", "-c", "import http; print(http.__file__)"]).decode().strip()
    source = "%s (Debian %s)" % (module, package_of(module))
    statuses = json.loads(run([DEBIAN_PYTHON, "-I", "-c", HTTP_PROGRAM]))
    spec = {
        "name": "HttpStatus",
        "title": "HTTP status codes",
        "description": "The HTTP status codes Python's http.HTTPStatus knows, with its reason phrases and descriptions.",
        "references": ["Python http.HTTPStatus: " + source, "RFC 9110 section 15 <https://www.rfc-editor.org/rfc/rfc9110#section-15>"],
        "series": [{"name": n, "range": "%d-%d" % (lo, hi), "title": t, "description": d, "outcome": o} for n, lo, hi, t, d, o in HTTP_SERIES],
        "codes": [{"code": v, "name": n, "message": p, "description": d} for v, n, p, d in statuses],
    }
    rows = [(str(v), n, tsv_escape(p)) for v, n, p, d in statuses]
    return emit(out, "http-status", spec, ["source: Python http.HTTPStatus, " + source], rows)


# ---------------------------------------------------------------------------------------------
# 2. errno from Python's errno module and os.strerror (glibc strerror in the C locale)

ERRNO_PROGRAM = r"""
import errno, json, os
print(json.dumps({"errorcode": sorted(errno.errorcode.items()),
                  "names": sorted((n, getattr(errno, n)) for n in dir(errno) if n.startswith("E")),
                  "strerror": {c: os.strerror(c) for c in errno.errorcode}}))
"""


def errno_aliases():
    """{alias: primary} from the headers' own `#define ALIAS PRIMARY` lines."""
    aliases = {}
    for header in ERRNO_ALIAS_HEADERS:
        for m in re.finditer(r"^#\s*define\s+(E[A-Z0-9]+)\s+(E[A-Z0-9]+)\b", read_text(header), re.M):
            aliases[m.group(1)] = m.group(2)
    return aliases


def errno_data():
    env = dict(os.environ, LC_ALL="C", LANGUAGE="")
    data = json.loads(run([require(DEBIAN_PYTHON), "-I", "-c", ERRNO_PROGRAM], env=env))
    header_aliases = errno_aliases()
    by_code = {}
    for name, value in data["names"]:
        by_code.setdefault(value, []).append(name)
    codes = []
    for value, _ in data["errorcode"]:
        names = by_code[value]
        # errno.errorcode keeps whichever name CPython registered last (EDEADLOCK, ENOTSUP); the
        # headers say which name is the second one, so they decide the primary.
        primary = [n for n in names if n not in header_aliases]
        if len(primary) != 1:
            raise Failure("errno %d: cannot tell the primary among %s" % (value, names))
        others = sorted(n for n in names if n != primary[0])
        for other in others:
            if header_aliases.get(other) != primary[0]:
                raise Failure("errno %d: %s is not defined as %s in the headers" % (value, other, primary[0]))
        codes.append((value, primary[0], others, data["strerror"][str(value)]))
    return codes


def errno_registry(out):
    codes = errno_data()
    python_pkg = package_of(DEBIAN_PYTHON)
    libc = package_of("/lib/x86_64-linux-gnu/libc.so.6")
    # Second reading: the C compiler's values for the same names and glibc's strerror.
    body = C_PRELUDE + "#include <errno.h>\n#include <string.h>\nint main(void) {\n"
    for value, name, aliases, _ in codes:
        for n in [name] + aliases:
            body += '  row(%s, "%s", strerror(%s));\n' % (n, n, n)
    body += "  return 0;\n}\n"
    compiled = run_c(body, env=dict(os.environ, LC_ALL="C", LANGUAGE=""))
    compare("errno", [(v, n, m) for v, name, al, m in codes for n in [name] + al], compiled)
    spec = {
        "name": "Errno",
        "title": "errno values (Linux, glibc)",
        "description": "The error numbers of Python's errno module on Linux x86-64 with their glibc strerror() texts in the C locale. Second names of a number (EWOULDBLOCK, EDEADLOCK, ENOTSUP) are aliases, as the C headers define them.",
        "references": [
            "Python errno.errorcode and os.strerror: %s (Debian %s)" % (DEBIAN_PYTHON, python_pkg),
            "glibc strerror(): Debian %s" % libc,
            "Aliases: %s (Debian %s), %s (Debian %s)" % (ERRNO_ALIAS_HEADERS[0], package_of(ERRNO_ALIAS_HEADERS[0]), ERRNO_ALIAS_HEADERS[1], package_of(ERRNO_ALIAS_HEADERS[1])),
        ],
        "translations": sorted(language_tag(lang) for lang, _ in TRANSLATION_LANGUAGES),
        "codes": [
            {"code": v, "name": n, "message": m, "aliases": [{"name": a, "message": m} for a in al]}
            for v, n, al, m in codes
        ],
    }
    header = ["source: Python errno.errorcode + os.strerror, %s (Debian %s), glibc Debian %s, LC_ALL=C; rows printed by a C program using <errno.h> and strerror()" % (DEBIAN_PYTHON, python_pkg, libc)]
    return emit(out, "errno", spec, header, compiled)


# ---------------------------------------------------------------------------------------------
# 3. SQLite result codes from sqlite3.h and sqlite3_errstr()


def sqlite_registry(out):
    text = read_text(SQLITE_H)
    version = re.search(r'#define SQLITE_VERSION\s+"([^"]+)"', text).group(1)
    primary_block = text[text.index("#define SQLITE_OK "):text.index("/* end-of-error-codes */")]
    start = text.index("CAPI3REF: Extended Result Codes")
    extended_block = text[start:text.index("CAPI3REF:", start + 10)]
    values, comments, order = {}, {}, []
    for m in re.finditer(r"^#define\s+(SQLITE_\w+)\s+(\d+)\s*(?:/\*\s*(.*?)\s*\*/)?\s*$", primary_block, re.M):
        values[m.group(1)] = int(m.group(2))
        comments[m.group(1)] = m.group(3)
        order.append(m.group(1))
    extended = re.findall(r"^#define\s+(SQLITE_\w+)\s+\((SQLITE_\w+)\s*\|\s*\((\d+)<<(\d+)\)\)\s*(?:/\*\s*(.*?)\s*\*/)?\s*$", extended_block, re.M)
    for name, primary, n, shift, comment in extended:
        values[name] = values[primary] | (int(n) << int(shift))
        comments[name] = comment
        order.append(name)
    # A define written in some other form would silently go missing; refuse instead.
    if len(re.findall(r"^#define", extended_block, re.M)) != len(extended) or len(re.findall(r"^#define", primary_block, re.M)) != len(order) - len(extended):
        raise Failure("sqlite3.h: a result code has a form this script does not read")
    body = C_PRELUDE + "#include <sqlite3.h>\nint main(void) {\n"
    body += "".join('  row(%s, "%s", sqlite3_errstr(%s));\n' % (s, s, s) for s in order)
    body += '  fprintf(stderr, "%s", sqlite3_libversion());\n  return 0;\n}\n'
    compiled = run_c(body, libs=["-lsqlite3"])
    messages = {n: m for _, n, m in compiled}
    compare("sqlite", [(values[s], s, c_messages_raw(messages[s])) for s in order], compiled)
    names = derive_names(order, "SQLITE_")
    lib = package_of(sqlite_library())
    spec = {
        "name": "SqliteResult",
        "title": "SQLite result codes",
        "description": "SQLite's primary result codes and its extended result codes; the low 8 bits of an extended code are its primary code (SQLITE_IOERR_READ = SQLITE_IOERR | 1<<8 = 266). Messages are sqlite3_errstr()'s, which for most extended codes is the primary code's text.",
        "references": ["%s, SQLite %s (Debian %s)" % (SQLITE_H, version, package_of(SQLITE_H)), "sqlite3_errstr() in libsqlite3 (Debian %s)" % lib],
        "codes": [
            dict({"code": values[s], "name": names[s], "message": c_messages_raw(messages[s])},
                 **({"description": "sqlite3.h: " + comments[s]} if comments[s] else {}))
            for s in order
        ],
    }
    header = ["source: %s, SQLite %s (Debian %s); messages from sqlite3_errstr() (Debian %s)" % (SQLITE_H, version, package_of(SQLITE_H), lib)]
    return emit(out, "sqlite", spec, header, compiled)


def c_messages_raw(escaped):
    """Undo tsv_escape for a message printed by a C program."""
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], escaped)


def sqlite_library():
    for line in run(["ldconfig", "-p"]).decode().splitlines():
        if "libsqlite3.so.0 " in line and "x86-64" in line:
            return line.split("=>")[1].strip()
    raise Failure("libsqlite3.so.0 not found")


# ---------------------------------------------------------------------------------------------
# 4. LDAP result codes (OpenLDAP ldap.h) with ldap_err2string()

# ldap.h's range macros have no comment of their own to title them; these titles are ours,
# the ranges are ldap.h's.
LDAP_MACRO_TITLES = {
    "LDAP_ATTR_ERROR": "Attribute errors",
    "LDAP_NAME_ERROR": "Name errors",
    "LDAP_SECURITY_ERROR": "Security errors",
    "LDAP_SERVICE_ERROR": "Service errors",
    "LDAP_UPDATE_ERROR": "Update errors",
}
INT_MIN = -2147483648


def ldap_registry(out):
    text = read_text(LDAP_H)
    block = text[text.index(" * LDAP Result Codes"):text.index("This structure represents both ldap messages")]
    symbols, values, notes, aliases, series = [], {}, {}, {}, []
    # The comment standing above a run of #defines (up to the next blank line) is a note for
    # each of them, e.g. "Cancel operation codes (118-121)" or "for the LDAP No-Op control".
    comment = None
    for s in ldap_logical_lines(block):
        if not s:
            comment = None
            continue
        m = re.match(r"#define\s+(LDAP_\w+)\s+\(?(-?(?:0x[0-9A-Fa-f]+|\d+))\)?\s*(?:/\*\s*(.*?)\s*\*/)?$", s)
        if m:
            symbols.append(m.group(1))
            values[m.group(1)] = int(m.group(2), 0)
            notes[m.group(1)] = [x for x in (m.group(3), comment and comment["note"]) if x]
            continue
        m = re.match(r"#define\s+(LDAP_\w+)\s+(LDAP_\w+)\s*$", s)
        if m:
            aliases[m.group(1)] = m.group(2)
            continue
        m = re.match(r"#define\s+(LDAP_\w+)\(n\)\s+LDAP_RANGE\(\(n\),\s*(0x[0-9A-Fa-f]+),\s*(0x[0-9A-Fa-f]+)\)", s)
        if m:
            macro = m.group(1)
            title = LDAP_MACRO_TITLES.get(macro) or (comment and comment["first"])
            series.append({"name": macro[len("LDAP_"):], "lo": int(m.group(2), 16), "hi": int(m.group(3), 16),
                           "title": title, "description": "ldap.h: #define " + s.split("#define", 1)[1].strip(), "macro": True})
            continue
        if s.startswith("#define LDAP_API_ERROR(n)"):
            # Every negative number is an API (client library) error, not only -1 ... -18.
            series.append({"name": "API_ERROR", "lo": INT_MIN, "hi": -1, "title": comment["first"] if comment else "API Error Codes",
                           "description": "ldap.h: #define LDAP_API_ERROR(n) ((n)<0). Errors of the client library itself, which no server sends. ldap.h's comment: " + (comment["text"] if comment else ""),
                           "macro": True})
            continue
        # LDAP_RANGE is the helper the range macros use; LDAP_API_RESULT ((n)<=0) overlaps
        # LDAP_API_ERROR and LDAP_SUCCESS. Any other define this loop cannot read is an error.
        if s.startswith("#define"):
            if not re.match(r"#define (LDAP_RANGE|LDAP_API_RESULT)\(", s):
                raise Failure("ldap.h: cannot read %r" % s)
            continue
        m = re.match(r"/\*\s*(.*?)\s*\*/$", s, re.S)
        if m:
            first = m.group(1).split("\n")[0]
            text_ = " ".join(m.group(1).split())
            r = re.match(r"(.*?)\s*\((\d+)-(\d+)\)\s*(?:-\s*(.*))?$", text_)
            if r:  # a comment naming a range of codes: a series of its own
                series.append({"name": "_".join(re.findall(r"[A-Za-z0-9]+", r.group(1))).upper(), "lo": int(r.group(2)), "hi": int(r.group(3)),
                               "title": r.group(1), "description": "ldap.h comment: " + text_, "macro": False})
            single = re.match(r"(.*?)\s*\(\d+\)$", text_)
            # A range comment titles its series; repeating it on every code would add nothing.
            comment = {"text": text_, "first": first, "note": None if r else single.group(1) if single else text_}
            continue
    # Conditional codes (#ifdef LDAP_X_DISTPROC_BASE ...): the compiler decides which exist.
    body = C_PRELUDE + "#include <ldap.h>\nint main(void) {\n"
    for sym in symbols + sorted(aliases):
        body += '#ifdef %s\n  row(%s, "%s", ldap_err2string(%s));\n#else\n  printf("#\\t%s\\tundefined\\n");\n#endif\n' % (sym, sym, sym, sym, sym)
    body += "  return 0;\n}\n"
    compiled_all = run_c(body, libs=["-lldap", "-llber"])
    undefined = [r[1] for r in compiled_all if r[0] == "#"]
    compiled = {r[1]: r for r in compiled_all if r[0] != "#"}
    symbols = [s for s in symbols if s not in undefined]
    ordered = sorted(symbols, key=lambda s: (values[s] < 0, abs(values[s])))
    rows = []
    for s in ordered:
        rows.append(compiled[s])
        rows += [compiled[a] for a in sorted(aliases) if aliases[a] == s]
    parsed = []
    for s in ordered:
        parsed.append((values[s], s, c_messages_raw(compiled[s][2])))
        parsed += [(values[s], a, c_messages_raw(compiled[a][2])) for a in sorted(aliases) if aliases[a] == s]
    compare("ldap", parsed, rows)
    # A comment-named series that overlaps a range macro's is dropped: macros are the header's
    # own classification, and the format wants series not to overlap.
    macro_series = [x for x in series if x["macro"]]
    kept = []
    for x in series:
        if x in macro_series or not any(x["lo"] <= y["hi"] and y["lo"] <= x["hi"] for y in macro_series):
            kept.append(x)
    kept.sort(key=lambda x: x["lo"])
    names = derive_names(symbols + sorted(aliases), "LDAP_")
    features = dict(re.findall(r"#define LDAP_VENDOR_VERSION_(MAJOR|MINOR|PATCH) (\d+)", read_text("/usr/include/ldap_features.h")))
    version = "%s.%s.%s" % (features["MAJOR"], features["MINOR"], features["PATCH"])
    lib = package_of(ldap_library())
    codes = []
    for s in ordered:
        code = {"code": values[s], "name": names[s], "message": c_messages_raw(compiled[s][2])}
        if notes[s]:
            code["description"] = "ldap.h: " + "; ".join(notes[s])
        al = [a for a in sorted(aliases) if aliases[a] == s]
        if al:
            code["aliases"] = [{"name": names[a], "message": c_messages_raw(compiled[a][2])} for a in al]
        codes.append(code)
    spec = {
        "name": "LdapResult",
        "title": "LDAP result codes (OpenLDAP)",
        "description": "Result codes of OpenLDAP's client library: the protocol's resultCode values a server sends (0 and up) and the library's own API errors (negative). Messages are ldap_err2string()'s. Series are ldap.h's range macros (LDAP_ATTR_ERROR(n) ...) and its comments that name a range; codes outside them belong to no series.",
        "references": ["%s, OpenLDAP %s (Debian %s)" % (LDAP_H, version, package_of(LDAP_H)), "ldap_err2string() in libldap (Debian %s)" % lib],
        "series": [{"name": x["name"], "range": "%d-%d" % (x["lo"], x["hi"]), "title": x["title"], "description": x["description"]} for x in kept],
        "codes": codes,
    }
    header = ["source: %s, OpenLDAP %s (Debian %s); messages from ldap_err2string() (Debian %s)" % (LDAP_H, version, package_of(LDAP_H), lib)]
    if undefined:
        header.append("not defined in this build (skipped): " + ", ".join(undefined))
    return emit(out, "ldap", spec, header, rows), undefined


def ldap_logical_lines(block):
    """ldap.h's lines with whitespace collapsed; a comment spanning lines becomes one line
    "/* first line\nnext line ... */" so its first line can serve as a title."""
    lines, pending = [], None
    for line in block.splitlines():
        s = " ".join(line.split())
        if pending is None and s.startswith("/*") and "*/" not in s:
            pending = [s[2:].strip()]
            continue
        if pending is not None:
            closed = "*/" in s
            part = s.split("*/")[0].strip().lstrip("*").strip()
            if part:
                pending.append(part)
            if closed:
                lines.append("/* " + "\n".join(p for p in pending if p) + " */")
                pending = None
            continue
        lines.append(s)
    return lines


def ldap_library():
    for line in run(["ldconfig", "-p"]).decode().splitlines():
        if "libldap-2.5.so.0 " in line and "x86-64" in line:
            return line.split("=>")[1].strip()
    raise Failure("libldap-2.5.so.0 not found")


# ---------------------------------------------------------------------------------------------
# 5. PostgreSQL SQLSTATE codes from errcodes.txt


def sqlstate_registry(out):
    text = read_text(ERRCODES_TXT)
    pkg = package_of(ERRCODES_TXT)
    classes, entries = [], []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"Section: Class (\w\w) - (.*)$", line)
        if m:
            classes.append((m.group(1), m.group(2).strip()))
            continue
        fields = line.split()
        if len(fields) not in (3, 4) or not re.match(r"[0-9A-Z]{5}$", fields[0]) or fields[1] not in "EWS":
            raise Failure("errcodes.txt: unreadable line %r" % line)
        entries.append((fields[0], fields[1], fields[2], fields[3] if len(fields) == 4 else ""))
    # A code listed twice has one line with a PL/pgSQL condition name (the primary) and one
    # without: errcodes.h's second macro name for the same SQLSTATE.
    primaries = [e for e in entries if e[3] or sum(1 for x in entries if x[0] == e[0]) == 1]
    second = {}
    for e in entries:
        if e not in primaries:
            second.setdefault(e[0], []).append(e)
    names = derive_names([e[2] for e in entries], "ERRCODE_")
    # S and W are errcodes.txt's own success/warning marks; a statement that ends with a
    # warning has completed (SQL's "successful completion with warning"). E says nothing about
    # whether a retry can help, so errors get no outcome.
    outcome = {"S": "success", "W": "success", "E": None}
    kind = {"S": "success", "W": "warning", "E": "error"}
    codes = []
    for code, k, macro, condition in primaries:
        c = {"code": code, "name": names[macro], "message": condition or macro,
             "description": "errcodes.txt: %s (%s)" % (kind[k], macro), "outcome": outcome[k]}
        if code in second:
            c["aliases"] = [{"name": names[m], "message": condition or m} for _, _, m, _ in second[code]]
        codes.append(c)
    used = {c[:2] for c, *_ in primaries}
    spec = {
        "name": "SqlState",
        "title": "PostgreSQL SQLSTATE codes",
        "codeType": "string",
        "description": "SQLSTATE codes PostgreSQL reports: five characters, digits and capital letters; the first two are the class. Messages are the PL/pgSQL condition names errcodes.txt gives; PostgreSQL has no fixed message text per code.",
        "references": ["%s (Debian %s)" % (ERRCODES_TXT, pkg), "PostgreSQL Appendix A, Error Codes <https://www.postgresql.org/docs/15/errcodes-appendix.html>"],
        "series": [{"name": "CLASS_" + p, "prefix": p, "title": t, "description": "errcodes.txt: Section: Class %s - %s" % (p, t)} for p, t in classes if p in used],
        "codes": codes,
    }
    rows = []
    for code, _, macro, condition in primaries:
        rows.append((code, macro, tsv_escape(condition)))
        rows += [(code, m, tsv_escape(condition)) for _, _, m, _ in second.get(code, [])]
    header = ["source: %s (Debian %s)" % (ERRCODES_TXT, pkg),
              "message is the PL/pgSQL condition name (errcodes.txt's spec_name) of the code; an alias macro line has none of its own and shows its code's"]
    return emit(out, "sqlstate", spec, header, rows)


# ---------------------------------------------------------------------------------------------
# 6. MariaDB server errors from mysqld_ername.h


def mariadb_registry(out):
    text = read_text(MARIADB_ERNAME_H)
    parsed = []
    for line in text.splitlines():
        if not line.startswith("{"):
            continue
        m = re.match(r'\{ "(\w+)", (\d+), "((?:[^"\\]|\\.)*)" \},$', line)
        if not m:
            raise Failure("mysqld_ername.h: unreadable line %r" % line)
        parsed.append((int(m.group(2)), m.group(1), c_unescape(m.group(3))))
    body = C_PRELUDE + "struct entry { const char *name; long code; const char *message; };\n"
    body += "static const struct entry entries[] = {\n#include <mysqld_ername.h>\n};\n"
    body += "int main(void) {\n  for (unsigned i = 0; i < sizeof entries / sizeof entries[0]; i++)\n"
    body += "    row(entries[i].code, entries[i].name, entries[i].message);\n  return 0;\n}\n"
    compiled = run_c(body, cflags=["-I" + MARIADB_DIR])
    compare("mariadb", parsed, compiled)
    # mysqld_error.h marks the sections of the number space; section 3 (2000) is empty in the
    # server's list (2000-2999 are the client library's CR_ errors, not server errors).
    defs = dict(re.findall(r"^#define (ER_ERROR_\w+) (\d+)$", read_text(MARIADB_ERROR_H), re.M))
    sections = [(1, int(defs["ER_ERROR_FIRST"]), int(defs["ER_ERROR_LAST_SECTION_1"]))]
    n = 2
    while "ER_ERROR_FIRST_SECTION_%d" % n in defs:
        last = defs.get("ER_ERROR_LAST_SECTION_%d" % n, defs["ER_ERROR_LAST"])
        sections.append((n, int(defs["ER_ERROR_FIRST_SECTION_%d" % n]), int(last)))
        n += 1
    series = [{"name": "SECTION_%d" % i, "range": "%d-%d" % (lo, hi), "title": "Section %d (%d-%d)" % (i, lo, hi),
               "description": "mysqld_error.h: ER_ERROR_FIRST%s = %d to ER_ERROR_LAST_SECTION_%d = %d" % ("" if i == 1 else "_SECTION_%d" % i, lo, i, hi)}
              for i, lo, hi in sections if any(lo <= c <= hi for c, _, _ in parsed)]
    empty = ["section %d (%d-%d)" % (i, lo, hi) for i, lo, hi in sections if not any(lo <= c <= hi for c, _, _ in parsed)]
    names = derive_names([s for _, s, _ in parsed], "ER_")
    version = re.search(r'#define MYSQL_SERVER_VERSION\s+"([^"]+)"', read_text(MARIADB_DIR + "/mysql_version.h"))
    pkg = package_of(MARIADB_ERNAME_H)
    spec = {
        "name": "MariaDbError",
        "title": "MariaDB server errors",
        "description": "Errors the MariaDB server reports, with their English message templates (printf-like; %M is an errno with its text, %`s a quoted identifier). ER_ names lose the prefix; WARN_ names keep theirs. Series are mysqld_error.h's sections." + (" Empty: " + ", ".join(empty) + "." if empty else ""),
        "references": ["%s (Debian %s)" % (MARIADB_ERNAME_H, pkg), "%s (Debian %s)" % (MARIADB_ERROR_H, package_of(MARIADB_ERROR_H))],
        "series": series,
        "codes": [{"code": c, "name": names[s], "message": m} for c, s, m in parsed],
    }
    header = ["source: %s (Debian %s)%s; rows printed by a C program that includes it" % (MARIADB_ERNAME_H, pkg, ", server version " + version.group(1) if version else "")]
    return emit(out, "mariadb", spec, header, compiled), empty


# ---------------------------------------------------------------------------------------------
# B. glibc translations of strerror() (issue 15)

TRANSLATION_PROGRAM = r"""
import json, locale, os, sys
locale.setlocale(locale.LC_ALL, "")  # Python sets only LC_CTYPE by itself; strerror needs LC_MESSAGES
codes = json.loads(sys.argv[1])
sys.stdout.buffer.write(json.dumps({c: os.strerror(c) for c in codes}, ensure_ascii=True).encode())
"""


# The same through C, to make sure the Python text is glibc's byte for byte (os.strerror
# decodes glibc's bytes with the locale's encoding; this prints them as they are).
TRANSLATION_C = C_PRELUDE + r"""
#include <locale.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  for (int i = 1; i < argc; i++) row(atol(argv[i]), argv[i], strerror(atoi(argv[i])));
  return 0;
}
"""


def language_tag(lang):
    """The BCP 47 tag of a gettext language: zh_CN is zh-CN, as overlay file names write it."""
    return lang.replace("_", "-")


def tsv_unescape(text):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), text)


def errno_overlays(out, rows):
    """Writes errno.<tag>.yaml per language from the rows of errno-translations.tsv: the codes
    glibc translates, each with its text. A code glibc leaves in English is left out, so that the
    generated message(Locale) falls back to the spec's own text, as strerror does."""
    by_lang = {}
    for code, _, lang, message, fallback in rows:
        by_lang.setdefault(lang, [])
        if fallback == "translated":
            by_lang[lang].append((int(code), tsv_unescape(message)))
    for lang, entries in by_lang.items():
        tag = language_tag(lang)
        lines = [
            "# Generated by scripts/registries/generate.py from errno-translations.tsv; do not edit.",
            "# glibc's strerror() texts in %s; codes glibc does not translate are left out." % tag,
            "codebook: 1",
            "language: %s" % tag,
            "codes:",
        ]
        for code, message in sorted(entries):
            lines.append("  - code: %d" % code)
            lines.append("    message: " + q(message))
        with open(os.path.join(out, "errno.%s.yaml" % tag), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


def locale_env(lang, loc):
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": loc, "LANGUAGE": lang}


def strerror_in(codes, lang, loc):
    texts = json.loads(run([DEBIAN_PYTHON, "-I", "-c", TRANSLATION_PROGRAM, json.dumps(codes)], env=locale_env(lang, loc)))
    return {int(k): v for k, v in texts.items()}


def translations(out):
    codes = errno_data()
    numbers = [v for v, _, _, _ in codes]
    english = strerror_in(numbers, "", "C.UTF-8")
    libc = package_of("/lib/x86_64-linux-gnu/libc.so.6")
    rows, summary, packages = [], [], set()
    from_c = run_c(TRANSLATION_C, runs=[([str(n) for n in numbers], locale_env(lang, loc)) for lang, loc in TRANSLATION_LANGUAGES])
    for lang, loc in TRANSLATION_LANGUAGES:
        mo = "/usr/share/locale/%s/LC_MESSAGES/libc.mo" % lang
        packages.add(package_of(mo))
        if not os.path.isdir("/usr/lib/locale/" + loc) and loc.replace("UTF-8", "utf8") not in run(["locale", "-a"]).decode().split():
            raise Failure("locale %s is missing; install locales-all" % loc)
        with open(mo, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        texts = strerror_in(numbers, lang, loc)
        c_rows = from_c[[l for l, _ in TRANSLATION_LANGUAGES].index(lang)]
        if [(int(c), m) for c, _, m in c_rows] != [(n, tsv_escape(texts[n])) for n in numbers]:
            raise Failure("%s: os.strerror and C strerror disagree" % lang)
        translated = 0
        for value, name, _, _ in codes:
            text = texts[value]
            fallback = text == english[value]
            # Cross-check against the catalog itself: strerror must give the catalog's text when
            # it has one, and the English text when it has none.
            expected = catalog.get(english[value]) or english[value]
            if text != expected:
                raise Failure("%s: strerror(%d) gave %r, libc.mo has %r" % (lang, value, text, expected))
            translated += 0 if fallback else 1
            rows.append((str(value), name, lang, tsv_escape(text), "english" if fallback else "translated"))
        summary.append((lang, translated, len(codes) - translated))
    header = [
        "registry: errno-translations (issue 15): glibc strerror() per errno code and language",
        "source: os.strerror() in %s (Debian %s) under LC_ALL=<locale> LANGUAGE=<lang>; glibc Debian %s; catalogs /usr/share/locale/<lang>/LC_MESSAGES/libc.mo (Debian %s); locales from locales-all"
        % (DEBIAN_PYTHON, package_of(DEBIAN_PYTHON), libc, ", ".join(sorted(packages))),
        "languages: " + ", ".join("%s (%s)" % (l, loc) for l, loc in TRANSLATION_LANGUAGES) + "; glibc has no right-to-left libc.mo (ar, he, fa, ur, yi), so none is included",
        "fallback: 'english' when glibc returned the untranslated C-locale text (libc.mo has no translation), else 'translated'",
        "summary (translated/english): " + ", ".join("%s %d/%d" % s for s in summary),
        "name is the primary errno name (as in errno.yaml); message escapes: \\\\ \\t \\n \\r",
    ]
    write_tsv(os.path.join(out, "errno-translations.tsv"), header, ["code", "name", "lang", "message", "fallback"], rows)
    errno_overlays(out, rows)
    return summary


# ---------------------------------------------------------------------------------------------


def generate(out):
    os.makedirs(out, exist_ok=True)
    report = {}
    report["http-status"] = http_status(out)
    report["errno"] = errno_registry(out)
    report["sqlite"] = sqlite_registry(out)
    report["ldap"], ldap_skipped = ldap_registry(out)
    report["sqlstate"] = sqlstate_registry(out)
    report["mariadb"], maria_empty = mariadb_registry(out)
    summary = translations(out)
    for k, v in report.items():
        print("%-12s %5d codes" % (k, v))
    if ldap_skipped:
        print("ldap: not defined in this build, skipped:", ", ".join(ldap_skipped))
    if maria_empty:
        print("mariadb: empty sections, no series:", ", ".join(maria_empty))
    for lang, t, e in summary:
        print("errno-translations %-6s %3d translated, %3d english" % (lang, t, e))


def check(committed):
    work = tempfile.mkdtemp(prefix="codebook-registries-check-")
    try:
        generate(work)
        fresh, old = set(os.listdir(work)), set(os.listdir(committed)) if os.path.isdir(committed) else set()
        ok = True
        for name in sorted(fresh | old):
            if name not in old or name not in fresh:
                print("%s: %s" % (name, "not committed" if name not in old else "no longer generated"))
                ok = False
                continue
            with open(os.path.join(committed, name), encoding="utf-8") as f:
                a = f.read().splitlines()
            with open(os.path.join(work, name), encoding="utf-8") as f:
                b = f.read().splitlines()
            if a != b:
                ok = False
                sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(a, b, "committed/" + name, "regenerated/" + name, lineterm="", n=1))
        print("check: %s" % ("committed files are up to date" if ok else "DIFFERENCES"))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: the committed one)")
    parser.add_argument("--check", action="store_true", help="regenerate into a temp dir and diff against --out")
    args = parser.parse_args()
    try:
        if args.check:
            return check(args.out)
        generate(args.out)
        return 0
    except Failure as e:
        print("generate.py: " + str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
