/* strlit.c: string and bytes literals. Decodes the escapes of a literal's
 * source text, joins adjacent literals, and splits f-strings into constant
 * parts and formatted values whose expressions are parsed by re-entering
 * the parser in PARSE_EVAL mode (parser_parse_fexpr). */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "unicode/ucd.h"

#define FSTRING_MAX_DEPTH 2 // nested format specs, as CPython allows

// A growable byte buffer in the arena.
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static int buf_put(ParseCtx *ctx, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 32);
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *d = ast_strdup(ctx->arena, NULL, cap);
        if (d == NULL) {
            build_nomem(ctx);
            return -1;
        }
        if (b->len) {
            memcpy(d, b->data, b->len);
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static int put_utf8(ParseCtx *ctx, Buf *b, unsigned long cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    return buf_put(ctx, b, u, n);
}

// \N{NAME} escapes. The three functions below take the text `s` (`n`
// bytes) with "\N" at `i`, and follow CPython's unicode-escape decoder:
// a name needs its braces, is looked up in the Unicode database (ucd.h:
// names and aliases, regardless of case), and an error reports the bytes
// up to where the decoder's scan stopped.

// The index just past the closing brace of the escape at `i`, with the
// named code point in `*cp`; 0 when the escape is malformed or unknown.
static size_t named_escape(const char *s, size_t n, size_t i, uint32_t *cp) {
    if (i + 2 >= n || s[i + 2] != '{') {
        return 0;
    }
    const char *close = memchr(s + i + 3, '}', n - (i + 3));
    if (close == NULL || close == s + i + 3) {
        return 0;
    }
    size_t len = (size_t)(close - (s + i + 3));
    return ucd_lookup(s + i + 3, len, cp) ? (size_t)(close - s) + 1 : 0;
}

// The position CPython reports for byte `i` of a literal's text: before
// decoding escapes it writes each non-ASCII character as a 10-byte
// \UXXXXXXXX escape, so those count 10.
static size_t cpython_pos(const char *s, size_t i) {
    size_t pos = 0;
    for (size_t k = 0; k < i; k++) {
        unsigned char c = (unsigned char)s[k];
        pos += c < 0x80 ? 1 : (c & 0xC0) == 0xC0 ? 10 : 0;
    }
    return pos;
}

// Where the decoder stopped reading a failed escape at `i`.
static size_t named_escape_stop(const char *s, size_t n, size_t i) {
    if (i + 2 >= n) {
        return n;
    }
    if (s[i + 2] != '{') {
        return i + 2;
    }
    const char *close = memchr(s + i + 3, '}', n - (i + 3));
    if (close == NULL) {
        return n;
    }
    return close == s + i + 3 ? (size_t)(close - s) : (size_t)(close - s) + 1;
}

// Whether a failed escape at `i` lacks a braced, non-empty name (CPython's
// "malformed" rather than "unknown Unicode character name").
static bool is_malformed_named(const char *s, size_t n, size_t i) {
    if (i + 2 >= n || s[i + 2] != '{') {
        return true;
    }
    const char *close = memchr(s + i + 3, '}', n - (i + 3));
    return close == NULL || close == s + i + 3;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decodes `n` bytes of literal body `s` (escapes unless `raw`) onto `b`.
// `t` positions errors.
static int decode_body(ParseCtx *ctx, Token t, const char *s, size_t n, bool raw, bool bytes,
                       Buf *b) {
    char msg[160];
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80) {
            build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1,
                        "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (c == '\r') {
            // Line ends inside literals are "\n", whatever the file uses.
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            if (buf_put(ctx, b, "\n", 1) < 0) {
                return -1;
            }
            continue;
        }
        if (c != '\\' || raw || i + 1 >= n) {
            if (buf_put(ctx, b, s + i, 1) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        char e = s[i + 1];
        const char *simple = strchr("\\'\"abfnrtv", e);
        if (e != '\0' && simple) {
            static const char map[] = "\\'\"\a\b\f\n\r\t\v";
            if (buf_put(ctx, b, &map[simple - "\\'\"abfnrtv"], 1) < 0) {
                return -1;
            }
            i += 2;
        } else if (e == '\n' || e == '\r') {
            i += 2;
            if (e == '\r' && i < n && s[i] == '\n') {
                i++;
            }
        } else if (e >= '0' && e <= '7') {
            unsigned v = 0;
            size_t j = i + 1;
            for (int k = 0; k < 3 && j < n && s[j] >= '0' && s[j] <= '7'; k++, j++) {
                v = v * 8 + (unsigned)(s[j] - '0');
            }
            if ((bytes ? buf_put(ctx, b, (char[]){(char)v}, 1) : put_utf8(ctx, b, v)) < 0) {
                return -1;
            }
            i = j;
        } else if (e == 'x' || (!bytes && (e == 'u' || e == 'U'))) {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            unsigned long v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i + 2 + (size_t)k < n ? hexval(s[i + 2 + k]) : -1;
                if (h < 0) {
                    snprintf(msg, sizeof msg,
                             "(%s error) '%sescape' codec can't decode bytes in position %zu-%zu: "
                             "truncated \\%c%s escape",
                             bytes ? "value" : "unicode", bytes ? "" : "unicode", cpython_pos(s, i),
                             cpython_pos(s, i) + 1 + (size_t)k, e,
                             e == 'x'   ? "XX"
                             : e == 'u' ? "XXXX"
                                        : "XXXXXXXX");
                    build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1, msg);
                    return -1;
                }
                v = v * 16 + (unsigned long)h;
            }
            if (v > 0x10FFFF) {
                snprintf(msg, sizeof msg,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%zu-%zu: illegal Unicode character",
                         cpython_pos(s, i), cpython_pos(s, i) + 9);
                build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1, msg);
                return -1;
            }
            if ((bytes ? buf_put(ctx, b, (char[]){(char)v}, 1) : put_utf8(ctx, b, v)) < 0) {
                return -1;
            }
            i += 2 + (size_t)digits;
        } else if (e == 'N' && !bytes) {
            uint32_t cp;
            size_t end = named_escape(s, n, i, &cp);
            if (end == 0) {
                // CPython's range ends before where its scan stopped.
                size_t stop = named_escape_stop(s, n, i);
                snprintf(msg, sizeof msg,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%zu-%zu: %s",
                         cpython_pos(s, i), cpython_pos(s, stop) - 1,
                         is_malformed_named(s, n, i) ? "malformed \\N character escape"
                                                     : "unknown Unicode character name");
                build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1, msg);
                return -1;
            }
            if (put_utf8(ctx, b, cp) < 0) {
                return -1;
            }
            i = end;
        } else {
            // Unknown escapes stay as written (CPython only warns).
            if (buf_put(ctx, b, s + i, 2) < 0) {
                return -1;
            }
            i += 2;
        }
    }
    return 0;
}

// Splits token text into prefix flags and the body between the quotes.
static void split_literal(Token t, bool *raw, bool *bytes, bool *fstr, const char **body,
                          size_t *body_len) {
    const char *p = t.start;
    *raw = *bytes = *fstr = false;
    for (; *p != '\'' && *p != '"'; p++) {
        char c = (char)(*p | 0x20);
        *raw |= c == 'r';
        *bytes |= c == 'b';
        *fstr |= c == 'f';
    }
    size_t q = (p[1] == *p && p[2] == *p && t.start + t.length - p >= 6) ? 3 : 1;
    *body = p + q;
    *body_len = (size_t)(t.start + t.length - p) - 2 * q;
}

int strlit_decode(ParseCtx *ctx, Token t, const char **out, size_t *out_len, bool *is_bytes,
                  bool *is_fstring) {
    bool raw;
    const char *body;
    size_t n;
    split_literal(t, &raw, is_bytes, is_fstring, &body, &n);
    Buf b = {0};
    if (buf_put(ctx, &b, "", 0) < 0 || decode_body(ctx, t, body, n, raw, *is_bytes, &b) < 0) {
        return -1;
    }
    *out = b.data;
    *out_len = b.len;
    return 0;
}

// ---------------------------------------------------------------- f-strings

static AstNode *const_str(ParseCtx *ctx, Token t, Buf *b) {
    AstNode *n = build_node(ctx, AST_CONSTANT, t);
    if (n) {
        n->op = CONST_STR;
        n->str = b->data ? b->data : "";
        n->str_len = b->len;
    }
    *b = (Buf){0};
    return n;
}

// Line and column of byte `p` of token `t` (for sub-parse positions).
static void pos_of(Token t, const char *p, int *line, int *col) {
    *line = t.line;
    const char *ls = t.start - t.column;
    for (const char *q = t.start; q < p; q++) {
        if (*q == '\n') {
            (*line)++;
            ls = q + 1;
        }
    }
    *col = (int)(p - ls);
}

// Finds the end of an embedded expression starting at `s`: the first '!',
// ':', '=' or '}' outside brackets and strings. Returns its index or n.
static size_t expr_end(const char *s, size_t n) {
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        } else if (depth == 0) {
            if (c == '}' || (c == ':')) {
                return i;
            }
            if (c == '!' && (i + 1 >= n || s[i + 1] != '=')) {
                return i;
            }
            if (c == '=' && (i + 1 >= n || s[i + 1] != '=') &&
                (i == 0 || !strchr("=!<>", s[i - 1]))) {
                return i;
            }
        }
    }
    return n;
}

static int fpart(ParseCtx *ctx, Token t, const char *s, size_t n, bool raw, AstSeq *parts,
                 size_t *used);

// Parses one replacement field; `s` is just after '{'. Pushes its parts
// and sets `*used` to the bytes consumed including the closing '}'.
static int ffield(ParseCtx *ctx, Token t, const char *s, size_t n, bool raw, AstSeq *parts,
                  Buf *lit, size_t *used) {
    int line, col;
    size_t e = expr_end(s, n);
    const char *x = s;
    size_t xl = e;
    while (xl > 0 && strchr(" \t\r\n", x[0])) {
        x++, xl--;
    }
    while (xl > 0 && strchr(" \t\r\n", x[xl - 1])) {
        xl--;
    }
    pos_of(t, s, &line, &col);
    if (xl == 0) {
        build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1,
                    "f-string: empty expression not allowed");
        return -1;
    }
    if (e >= n) {
        build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1, "f-string: expecting '}'");
        return -1;
    }
    AstNode *fv = build_node(ctx, AST_FORMATTEDVALUE, t);
    if (fv == NULL) {
        return -1;
    }
    fv->op = -1;
    fv->a = parser_parse_fexpr(ctx, s, e, line, col);
    if (fv->a == NULL) {
        return -1;
    }
    size_t i = e;
    if (s[i] == '=') {
        // Self-documenting form: the text up to and including '=' is a constant.
        if (buf_put(ctx, lit, s, i + 1) < 0) {
            return -1;
        }
        i++;
        while (i < n && strchr(" \t", s[i])) {
            if (buf_put(ctx, lit, s + i, 1) < 0) {
                return -1;
            }
            i++;
        }
        if (i < n && s[i] != '!' && s[i] != ':') {
            fv->op = 'r';
        }
        if (i < n && s[i] == '}') {
            fv->op = 'r';
        }
    }
    if (lit->len > 0) {
        *parts = build_push(ctx, *parts, const_str(ctx, t, lit));
    }
    if (i < n && s[i] == '!') {
        const char *msg = NULL;
        if (i + 1 >= n || !strchr("sra", s[i + 1]) || s[i + 1] == '\0') {
            msg = i + 1 >= n ? "f-string: expecting '}'"
                             : "f-string: invalid conversion character: expected 's', 'r', or 'a'";
        } else if (i + 2 >= n || (s[i + 2] != '}' && s[i + 2] != ':')) {
            msg = "f-string: expecting '}'";
        }
        if (msg) {
            build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1, msg);
            return -1;
        }
        fv->op = s[i + 1];
        i += 2;
    }
    if (i < n && s[i] == ':') {
        if (ctx->fstring_depth >= FSTRING_MAX_DEPTH) {
            build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1,
                        "f-string: expressions nested too deeply");
            return -1;
        }
        AstNode *spec = build_node(ctx, AST_JOINEDSTR, t);
        size_t k = 0;
        ctx->fstring_depth++;
        int rc = spec ? fpart(ctx, t, s + i + 1, n - i - 1, raw, &spec->list, &k) : -1;
        ctx->fstring_depth--;
        if (rc < 0) {
            return -1;
        }
        fv->b = spec;
        i += 1 + k;
    }
    if (i >= n || s[i] != '}') {
        build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1, "f-string: expecting '}'");
        return -1;
    }
    *parts = build_push(ctx, *parts, fv);
    *used = i + 1;
    return 0;
}

// Parses f-string text until an unmatched '}' (format spec) or the end.
// Literal text is decoded like a plain string, `{{` and `}}` are single
// braces, and each `{` starts a replacement field (ffield). A format spec is
// parsed by this same function one level down (fstring_depth), so that
// `{x:>{width}}` nests; CPython allows two levels and so do we.
static int fpart(ParseCtx *ctx, Token t, const char *s, size_t n, bool raw, AstSeq *parts,
                 size_t *used) {
    Buf lit = {0};
    size_t i = 0, start = 0;
    while (i < n) {
        if (s[i] == '{' && i + 1 < n && s[i + 1] == '{' && ctx->fstring_depth == 0) {
            if (decode_body(ctx, t, s + start, i + 1 - start, raw, false, &lit) < 0) {
                return -1;
            }
            i += 2, start = i;
        } else if (s[i] == '}' && i + 1 < n && s[i + 1] == '}' && ctx->fstring_depth == 0) {
            if (decode_body(ctx, t, s + start, i + 1 - start, raw, false, &lit) < 0) {
                return -1;
            }
            i += 2, start = i;
        } else if (s[i] == '{') {
            if (ctx->fstring_depth >= FSTRING_MAX_DEPTH) {
                int line, col;
                pos_of(t, s + i, &line, &col);
                build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1,
                            "f-string: expressions nested too deeply");
                return -1;
            }
            if (decode_body(ctx, t, s + start, i - start, raw, false, &lit) < 0) {
                return -1;
            }
            size_t k = 0;
            if (ffield(ctx, t, s + i + 1, n - i - 1, raw, parts, &lit, &k) < 0) {
                return -1;
            }
            i += 1 + k, start = i;
        } else if (s[i] == '}') {
            if (ctx->fstring_depth > 0) {
                break;
            }
            int line, col;
            pos_of(t, s + i, &line, &col);
            build_error(ctx, PERR_SYNTAX, line + ctx->line_base, col + 1,
                        "f-string: single '}' is not allowed");
            return -1;
        } else if (!raw && s[i] == '\\' && i + 1 < n && s[i + 1] != '{' && s[i + 1] != '}') {
            // An escape: the braces of \N{NAME} belong to it, not to a field.
            const char *close = NULL;
            if (s[i + 1] == 'N' && i + 2 < n && s[i + 2] == '{') {
                close = memchr(s + i + 3, '}', n - (i + 3));
            }
            i = close != NULL ? (size_t)(close - s) + 1 : i + 2;
        } else {
            i++;
        }
    }
    if (decode_body(ctx, t, s + start, i - start, raw, false, &lit) < 0) {
        return -1;
    }
    if (lit.len > 0) {
        *parts = build_push(ctx, *parts, const_str(ctx, t, &lit));
    }
    *used = i;
    return ctx->failed ? -1 : 0;
}

int strlit_fstring(ParseCtx *ctx, Token t, AstSeq *parts) {
    bool raw, bytes, fstr;
    const char *body;
    size_t n, used = 0;
    split_literal(t, &raw, &bytes, &fstr, &body, &n);
    int saved = ctx->fstring_depth;
    ctx->fstring_depth = 0;
    int rc = fpart(ctx, t, body, n, raw, parts, &used);
    ctx->fstring_depth = saved;
    return rc;
}

// ---------------------------------------------------------------- joining

AstNode *build_string_start(ParseCtx *ctx, Token t) {
    AstNode *n = build_node(ctx, AST_JOINEDSTR, t);
    return n ? build_string_add(ctx, n, t) : NULL;
}

AstNode *build_string_add(ParseCtx *ctx, AstNode *strs, Token t) {
    AstNode *raw = build_node(ctx, AST_CONSTANT, t);
    if (raw == NULL) {
        return NULL;
    }
    raw->str = t.start;
    raw->str_len = (size_t)t.length;
    raw->op = t.line; // the token's own line and column, undisturbed by bases
    raw->end_col = t.column;
    strs->list = build_push(ctx, strs->list, raw);
    return strs;
}

// Appends `p` to `out`, merging adjacent string constants.
static void push_part(ParseCtx *ctx, AstSeq *out, AstNode *p) {
    if (ctx->failed) {
        return;
    }
    if (p->kind == AST_CONSTANT && p->str_len == 0) {
        return;
    }
    if (p->kind == AST_CONSTANT && out->len > 0 && out->items[out->len - 1]->kind == AST_CONSTANT) {
        AstNode *last = out->items[out->len - 1];
        char *s = ast_strdup(ctx->arena, NULL, last->str_len + p->str_len);
        if (s == NULL) {
            build_nomem(ctx);
            return;
        }
        memcpy(s, last->str, last->str_len);
        memcpy(s + last->str_len, p->str, p->str_len);
        last->str = s;
        last->str_len += p->str_len;
        return;
    }
    *out = build_push(ctx, *out, p);
}

AstNode *build_string_finish(ParseCtx *ctx, AstNode *strs) {
    if (ctx->failed) {
        return NULL;
    }
    AstSeq parts = {0};
    bool any_f = false, first_bytes = false;
    for (size_t i = 0; i < strs->list.len && !ctx->failed; i++) {
        AstNode *raw = strs->list.items[i];
        Token t = {raw->str, (int)raw->str_len, raw->op, raw->end_col};
        const char *s;
        size_t len;
        bool bytes, fstr;
        if (strlit_decode(ctx, t, &s, &len, &bytes, &fstr) < 0) {
            return NULL;
        }
        if (i == 0) {
            first_bytes = bytes;
        } else if (bytes != first_bytes) {
            return build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1,
                               "cannot mix bytes and nonbytes literals");
        }
        if (fstr) {
            any_f = true;
            AstSeq fparts = {0};
            if (strlit_fstring(ctx, t, &fparts) < 0) {
                return NULL;
            }
            for (size_t k = 0; k < fparts.len; k++) {
                push_part(ctx, &parts, fparts.items[k]);
            }
        } else {
            AstNode *c = build_node(ctx, AST_CONSTANT, t);
            if (c == NULL) {
                return NULL;
            }
            c->op = CONST_STR;
            c->str = s;
            c->str_len = len;
            if (parts.len == 0 && i == 0) {
                parts = build_push(ctx, parts, c); // keep even if empty
            } else {
                push_part(ctx, &parts, c);
            }
        }
    }
    if (ctx->failed) {
        return NULL;
    }
    if (!any_f) {
        AstNode *c = parts.items[0];
        c->op = first_bytes ? CONST_BYTES : CONST_STR;
        c->line = strs->line, c->col = strs->col;
        return c;
    }
    AstSeq clean = {0};
    for (size_t i = 0; i < parts.len; i++) {
        if (!(parts.items[i]->kind == AST_CONSTANT && parts.items[i]->str_len == 0)) {
            clean = build_push(ctx, clean, parts.items[i]);
        }
    }
    strs->list = clean;
    strs->op = 0;
    return strs;
}
