/* mod_re_translate.c: rewrites a Python regular expression into PCRE2's
 * syntax before `_re` compiles it. The two syntaxes agree on almost
 * everything (groups, (?P<name>...), (?P=name), lookaround, quantifiers,
 * classes); this pass fixes the places where they differ and rejects what
 * PCRE2 would accept but Python does not, with Python's error message. */
#include "mod_re.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/str.h"
#include "unicode/ucd.h"

// Is `c` one of the inline flag letters Python accepts in (?...)?
static bool is_flag_letter(char c) {
    return c != '\0' && strchr("aiLmsux", c) != NULL;
}

// The RE_* value of an inline flag letter.
static int flag_value(char c) {
    switch (c) {
        case 'i':
            return RE_FLAG_I;
        case 'L':
            return RE_FLAG_L;
        case 'm':
            return RE_FLAG_M;
        case 's':
            return RE_FLAG_S;
        case 'u':
            return RE_FLAG_U;
        case 'x':
            return RE_FLAG_X;
        default:
            return RE_FLAG_A; // 'a'
    }
}

static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The state of one translation: the input, where we are, the output.
typedef struct Tr {
    const char *src;
    size_t size;
    size_t i;
    bool is_str;
    bool verbose;
    bool unicode; // a str pattern without re.ASCII
    StrBuf out;
    ReTranslation *res;
    // Open parentheses, for Python's messages about unbalanced ones and its
    // rule that a group cannot be referred to from inside itself (entries
    // beyond the arrays' depth are not kept, only counted).
    size_t open[64];      // where each one is
    unsigned opengrp[64]; // its group number, 0 when it does not capture
    size_t depth;
    // Groups defined so far: Python, unlike PCRE2, allows no reference to a
    // later group. Names beyond the array are left for PCRE2 to check.
    unsigned ngroups;
    struct {
        size_t start, len;
        unsigned group;
    } names[64];
    size_t nnames;
} Tr;

static bool is_oct(char c) {
    return c >= '0' && c <= '7';
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool group_is_open(const Tr *t, unsigned group) {
    size_t max = sizeof t->opengrp / sizeof t->opengrp[0];
    for (size_t i = 0; i < t->depth && i < max; i++) {
        if (t->opengrp[i] == group) {
            return true;
        }
    }
    return false;
}

// Records a pattern error at byte `pos`; returns 1 (the "bad pattern" result).
// `fmt` holds exactly one "%.*s", filled with the `argn` bytes at `arg` (the
// quoted piece of the pattern; "" and 0 when the message quotes nothing).
static int bad(Tr *t, size_t pos, const char *fmt, const char *arg, size_t argn) {
    snprintf(t->res->error, sizeof t->res->error, fmt, (int)argn, arg);
    t->res->error_pos = pos;
    return 1;
}

// \u and \U (str patterns only): exactly `n` hex digits, emitted as \x{...}.
static int unicode_escape(Tr *t, size_t n) {
    size_t start = t->i;
    size_t k = t->i + 2;
    while (k < t->size && k - (t->i + 2) < n && is_hex(t->src[k])) {
        k++;
    }
    if (k - (t->i + 2) < n) {
        return bad(t, start, "incomplete escape %.*s", t->src + start, k - start);
    }
    char hex[9] = {0};
    memcpy(hex, t->src + t->i + 2, n);
    if (strtoul(hex, NULL, 16) > 0x10FFFF) {
        return bad(t, start, "bad escape %.*s", t->src + start, k - start);
    }
    t->i = k;
    if (strbuf_append_cstr(&t->out, "\\x{") < 0 || strbuf_append(&t->out, hex, n) < 0 ||
        strbuf_append_char(&t->out, '}') < 0) {
        return -1;
    }
    return 0;
}

// \N{NAME} (str patterns only): the named character, emitted as \x{...}.
static int named_char(Tr *t) {
    size_t start = t->i;
    size_t k = start + 2;
    if (k >= t->size || t->src[k] != '{') {
        return bad(t, k, "missing {%.*s", "", 0);
    }
    const char *close = memchr(t->src + k + 1, '}', t->size - k - 1);
    if (close == NULL || close == t->src + k + 1) {
        return bad(t, k + 1, "missing character name%.*s", "", 0);
    }
    size_t len = (size_t)(close - (t->src + k + 1));
    uint32_t cp = 0;
    if (!ucd_lookup(t->src + k + 1, len, &cp)) {
        return bad(t, start, "undefined character name '%.*s'", t->src + k + 1, len);
    }
    char buf[16];
    snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)cp);
    t->i = (size_t)(close - t->src) + 1;
    return strbuf_append_cstr(&t->out, buf);
}

// \1 to \99 outside a class: a reference to a group already defined, or
// with three octal digits an octal escape. Emitted as \g{n} or \x{hh},
// which PCRE2 cannot read another way.
static int backref(Tr *t) {
    size_t start = t->i;
    const char *d = t->src + start + 1;
    size_t left = t->size - start - 1;
    char buf[16];
    if (left >= 3 && is_oct(d[0]) && is_oct(d[1]) && is_oct(d[2])) {
        int v = (d[0] - '0') * 64 + (d[1] - '0') * 8 + (d[2] - '0');
        if (v > 0377) {
            return bad(t, start, "octal escape value %.*s outside of range 0-0o377", t->src + start,
                       4);
        }
        snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)v);
        t->i += 4;
        return strbuf_append_cstr(&t->out, buf);
    }
    size_t n = left >= 2 && is_digit(d[1]) ? 2 : 1;
    unsigned g = (unsigned)(d[0] - '0');
    if (n == 2) {
        g = g * 10 + (unsigned)(d[1] - '0');
    }
    if (g > t->ngroups) {
        return bad(t, start + 1, "invalid group reference %.*s", d, n);
    }
    if (group_is_open(t, g)) {
        return bad(t, start, "cannot refer to an open group%.*s", "", 0);
    }
    snprintf(buf, sizeof buf, "\\g{%u}", g);
    t->i += 1 + n;
    return strbuf_append_cstr(&t->out, buf);
}

// One backslash escape at t->i. Letters Python does not know are errors
// (PCRE2 gives many of them meanings: \h, \K, \Q, \G, ...).
static int escape(Tr *t, bool in_class) {
    size_t start = t->i;
    if (t->i + 1 >= t->size) {
        return bad(t, start, "bad escape (end of pattern)%.*s", "", 0);
    }
    char e = t->src[t->i + 1];
    const char *out = NULL;
    if (e >= '1' && e <= '9' && !in_class) {
        return backref(t);
    }
    if (!is_ascii_letter(e)) {
        // Digits (backreferences, octal) and escaped punctuation mean the
        // same in both; a non-ASCII character after \ is itself.
    } else if (e == 'Z' && !in_class) {
        out = "\\z"; // Python's \Z is PCRE2's \z: the very end, no newline
    } else if ((e == 's' || e == 'S') && t->unicode) {
        // Python's Unicode \s is str.isspace(), which also holds for the
        // separators U+001C..U+001F; PCRE2's \s leaves them out. (Inside a
        // class, \S keeps PCRE2's meaning: a class cannot subtract.)
        out = e == 's' ? (in_class ? "\\s\\x1c-\\x1f" : "[\\s\\x1c-\\x1f]")
                       : (in_class ? "\\S" : "[^\\s\\x1c-\\x1f]");
    } else if (e == 'v') {
        out = "\\x0b"; // PCRE2's \v is a class of vertical space
    } else if (e == 'N' && t->is_str) {
        return named_char(t);
    } else if ((e == 'u' || e == 'U') && t->is_str) {
        return unicode_escape(t, e == 'u' ? 4 : 8);
    } else if (e == 'x') {
        if (t->i + 3 >= t->size || !is_hex(t->src[t->i + 2]) || !is_hex(t->src[t->i + 3])) {
            size_t k = t->i + 2;
            while (k < t->size && k < t->i + 4 && is_hex(t->src[k])) {
                k++;
            }
            return bad(t, start, "incomplete escape %.*s", t->src + start, k - start);
        }
        t->i += 4;
        return strbuf_append(&t->out, t->src + start, 4);
    } else if (strchr(in_class ? "abfnrtdDsSwW" : "abfnrtdDsSwWAbBZ", e) == NULL) {
        return bad(t, start, "bad escape %.*s", t->src + start, 2);
    }
    t->i += 2;
    if (out != NULL) {
        return strbuf_append_cstr(&t->out, out);
    }
    return strbuf_append(&t->out, t->src + start, 2);
}

// A character class from its '[' to its ']'. A '[' inside is escaped: to
// Python it is a plain character, to PCRE2 it may start [:alpha:].
static int char_class(Tr *t) {
    size_t start = t->i;
    int rc = strbuf_append_char(&t->out, '[');
    t->i++;
    if (rc == 0 && t->i < t->size && t->src[t->i] == '^') {
        rc = strbuf_append_char(&t->out, '^');
        t->i++;
    }
    if (rc == 0 && t->i < t->size && t->src[t->i] == ']') {
        rc = strbuf_append_cstr(&t->out, "\\]"); // a leading ']' is literal
        t->i++;
    }
    while (rc == 0 && t->i < t->size) {
        char c = t->src[t->i];
        if (c == ']') {
            t->i++;
            return strbuf_append_char(&t->out, ']');
        }
        if (c == '\\') {
            rc = escape(t, true);
        } else {
            rc = c == '[' ? strbuf_append_cstr(&t->out, "\\[") : strbuf_append_char(&t->out, c);
            t->i++;
        }
    }
    return rc != 0 ? rc : bad(t, start, "unterminated character set%.*s", "", 0);
}

// Scoped flags (?imsx-imsx:...): PCRE2 has no a/u/L, which are dropped (the
// whole pattern's ASCII or Unicode mode applies inside the group too).
// Global flags (?i) are only valid at the start, where the caller took them.
static int scoped_flags(Tr *t) {
    size_t start = t->i;
    size_t k = t->i + 2;
    char on[8] = {0}, off[8] = {0};
    size_t non = 0, noff = 0;
    bool neg = false;
    for (; k < t->size && (is_flag_letter(t->src[k]) || (t->src[k] == '-' && !neg)); k++) {
        char c = t->src[k];
        if (c == '-') {
            neg = true;
        } else if (strchr("imsx", c) != NULL && (neg ? noff : non) < 4) {
            (neg ? off : on)[neg ? noff++ : non++] = c;
        }
    }
    if (k >= t->size) {
        return bad(t, start, "missing -, : or )%.*s", "", 0);
    }
    if (t->src[k] == ')' && !neg) {
        return bad(t, start, "global flags not at the start of the expression%.*s", "", 0);
    }
    if (t->src[k] != ':') {
        return bad(t, k, neg ? "missing :%.*s" : "missing -, : or )%.*s", "", 0);
    }
    t->i = k + 1;
    if (strbuf_append_cstr(&t->out, "(?") < 0 || strbuf_append_cstr(&t->out, on) < 0 ||
        (noff > 0 &&
         (strbuf_append_char(&t->out, '-') < 0 || strbuf_append_cstr(&t->out, off) < 0))) {
        return -1;
    }
    return strbuf_append_char(&t->out, ':');
}

// The name of (?P=name) at byte `pos`: it must be a group already closed.
// Returns 0, or 1 for a bad pattern.
static int named_ref(Tr *t, size_t pos) {
    const char *close = memchr(t->src + pos, ')', t->size - pos);
    if (close == NULL || t->nnames >= sizeof t->names / sizeof t->names[0]) {
        return 0; // unterminated, or too many names to know: PCRE2 decides
    }
    size_t len = (size_t)(close - (t->src + pos));
    for (size_t i = 0; i < t->nnames; i++) {
        if (t->names[i].len == len && memcmp(t->src + t->names[i].start, t->src + pos, len) == 0) {
            return group_is_open(t, t->names[i].group)
                       ? bad(t, pos, "cannot refer to an open group%.*s", "", 0)
                       : 0;
        }
    }
    return bad(t, pos, "unknown group name '%.*s'", t->src + pos, len);
}

// Records the name of the group `group` opened by "(?P<" at t->i.
static void record_name(Tr *t, unsigned group) {
    size_t pos = t->i + 4;
    const char *close = memchr(t->src + pos, '>', t->size - pos);
    if (close != NULL && t->nnames < sizeof t->names / sizeof t->names[0]) {
        t->names[t->nnames].start = pos;
        t->names[t->nnames].len = (size_t)(close - (t->src + pos));
        t->names[t->nnames].group = group;
        t->nnames++;
    }
}

static int extension(Tr *t);

// A '(' at t->i: counts the group and remembers it as open.
static int open_paren(Tr *t) {
    const char *p = t->src + t->i;
    size_t left = t->size - t->i;
    if (left > 1 && p[1] == '*') {
        return bad(t, t->i + 1, "nothing to repeat%.*s", "", 0); // PCRE2's (*VERB)
    }
    bool is_ext = left > 1 && p[1] == '?';
    unsigned group = 0;
    if (!is_ext) {
        group = ++t->ngroups;
    } else if (left > 3 && p[2] == 'P' && p[3] == '<') {
        group = ++t->ngroups;
        record_name(t, group);
    }
    if (t->depth < sizeof t->open / sizeof t->open[0]) {
        t->open[t->depth] = t->i;
        t->opengrp[t->depth] = group;
    }
    t->depth++;
    if (is_ext) {
        return extension(t);
    }
    t->i++;
    return strbuf_append_char(&t->out, '(');
}

// A group opening "(?" at t->i: pass what both understand, reject the
// extensions PCRE2 has and Python lacks.
static int extension(Tr *t) {
    size_t start = t->i;
    size_t k = t->i + 2;
    if (k >= t->size) {
        return bad(t, k, "unexpected end of pattern%.*s", "", 0);
    }
    char d = t->src[k];
    size_t take = 0; // bytes after "(?" to copy as they are
    if (strchr(":=!>", d) != NULL) {
        take = 1;
    } else if (d == '(') {
        take = 0; // a condition (?(1)...): its '(' is counted by the main loop
    } else if (d == '<' || d == 'P') {
        char n = k + 1 < t->size ? t->src[k + 1] : '\0';
        if ((d == '<' && (n == '=' || n == '!')) || (d == 'P' && (n == '<' || n == '='))) {
            take = 2;
            if (d == 'P' && n == '=' && named_ref(t, k + 2) != 0) {
                return 1;
            }
        } else {
            return bad(t, k - 1, d == '<' ? "unknown extension ?<%.*s" : "unknown extension ?P%.*s",
                       t->src + k + 1, n != '\0' ? 1 : 0);
        }
    } else if (d == '#') {
        const char *end = memchr(t->src + k, ')', t->size - k);
        if (end == NULL) {
            return bad(t, start, "missing ), unterminated comment%.*s", "", 0);
        }
        t->i = (size_t)(end - t->src) + 1; // comments are dropped
        return 0;
    } else if (is_flag_letter(d) || d == '-') {
        return scoped_flags(t);
    } else {
        return bad(t, k - 1, "unknown extension ?%.*s", t->src + k, 1);
    }
    int rc = strbuf_append(&t->out, t->src + start, 2 + take);
    t->i = k + take;
    return rc;
}

// Takes the global inline flags at the start of the pattern: (?i)(?x)...
static void leading_flags(Tr *t) {
    while (t->i + 2 < t->size && t->src[t->i] == '(' && t->src[t->i + 1] == '?' &&
           is_flag_letter(t->src[t->i + 2])) {
        size_t k = t->i + 2;
        int f = 0;
        while (k < t->size && is_flag_letter(t->src[k])) {
            f |= flag_value(t->src[k++]);
        }
        if (k >= t->size || t->src[k] != ')') {
            return; // a scoped group (?i:...), translated by the main loop
        }
        t->res->flags |= f;
        t->verbose = t->verbose || (f & RE_FLAG_X) != 0;
        t->i = k + 1;
    }
}

// The main loop outside classes.
static int translate_body(Tr *t) {
    int rc = 0;
    while (rc == 0 && t->i < t->size) {
        char c = t->src[t->i];
        const char *p = t->src + t->i;
        size_t left = t->size - t->i;
        if (c == '\\') {
            rc = escape(t, false);
        } else if (c == '[') {
            rc = char_class(t);
        } else if (c == '(' && !(left > 2 && p[1] == '?' && p[2] == '#')) {
            rc = open_paren(t);
        } else if (c == ')') {
            if (t->depth == 0) {
                rc = bad(t, t->i, "unbalanced parenthesis%.*s", "", 0);
                continue;
            }
            t->depth--;
            rc = strbuf_append_char(&t->out, c);
            t->i++;
        } else if (c == '(' && left > 1 && p[1] == '?') {
            rc = extension(t);
        } else if (c == '#' && t->verbose) {
            const char *nl = memchr(p, '\n', left);
            t->i = nl != NULL ? (size_t)(nl - t->src) : t->size; // drop the comment
        } else if (c == '{' && left > 2 && p[1] == ',' && p[2] >= '0' && p[2] <= '9') {
            rc = strbuf_append_cstr(&t->out, "{0,"); // PCRE2 10.42 reads {,n} literally
            t->i += 2;
        } else {
            rc = strbuf_append_char(&t->out, c);
            t->i++;
        }
    }
    return rc;
}

int modre_translate(const char *src, size_t size, bool is_str, int flags, ReTranslation *res) {
    Tr t = {.src = src, .size = size, .is_str = is_str, .res = res};
    t.verbose = (flags & RE_FLAG_X) != 0;
    res->flags = 0;
    res->error[0] = '\0';
    res->error_pos = 0;
    res->text = NULL;
    strbuf_init(&t.out);
    leading_flags(&t);
    t.unicode = is_str && ((flags | res->flags) & RE_FLAG_A) == 0;
    int rc = translate_body(&t);
    if (rc == 0 && t.depth > 0) {
        size_t max = sizeof t.open / sizeof t.open[0];
        rc = bad(&t, t.open[t.depth <= max ? t.depth - 1 : max - 1],
                 "missing ), unterminated subpattern%.*s", "", 0);
    }
    if (rc == 0 && (res->flags & RE_FLAG_A) && (res->flags & RE_FLAG_U)) {
        rc = bad(&t, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible%.*s", "", 0);
    }
    if (rc == 0 && is_str && (res->flags & RE_FLAG_L)) {
        rc = bad(&t, 0, "bad inline flags: cannot use 'L' flag with a str pattern%.*s", "", 0);
    }
    if (rc == 0 && !is_str && (res->flags & RE_FLAG_U)) {
        rc = bad(&t, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern%.*s", "", 0);
    }
    if (rc == 0 && strbuf_append_char(&t.out, '\0') < 0) {
        rc = -1;
    }
    if (rc != 0) {
        strbuf_free(&t.out);
        return rc;
    }
    res->text = t.out.data;
    res->size = t.out.size - 1;
    return 0;
}
