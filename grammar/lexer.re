/* lexer.re: the re2c scanner of Ouro's front end (compiled with re2c -8).
 * Produces raw tokens for layout.c: names and keywords, numbers, whole string
 * literals (decoded later by strlit.c), operators, and one TK_NEWLINE per
 * physical line end. Comments, blanks and backslash continuations vanish here. */
#include <stdio.h>
#include <string.h>

#include "parser.h"
#include "parse/lexer.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:yyfill:enable = 0;
*/

static const struct {
    const char *text;
    int code;
} keywords[] = {
    {"False", TK_FALSE},   {"None", TK_NONE},         {"True", TK_TRUE},
    {"and", TK_AND},       {"as", TK_AS},             {"assert", TK_ASSERT},
    {"async", TK_ASYNC},   {"await", TK_AWAIT},       {"break", TK_BREAK},
    {"class", TK_CLASS},   {"continue", TK_CONTINUE}, {"def", TK_DEF},
    {"del", TK_DEL},       {"elif", TK_ELIF},         {"else", TK_ELSE},
    {"except", TK_EXCEPT}, {"finally", TK_FINALLY},   {"for", TK_FOR},
    {"from", TK_FROM},     {"global", TK_GLOBAL},     {"if", TK_IF},
    {"import", TK_IMPORT}, {"in", TK_IN},             {"is", TK_IS},
    {"lambda", TK_LAMBDA}, {"nonlocal", TK_NONLOCAL}, {"not", TK_NOT},
    {"or", TK_OR},         {"pass", TK_PASS},         {"raise", TK_RAISE},
    {"return", TK_RETURN}, {"try", TK_TRY},           {"while", TK_WHILE},
    {"with", TK_WITH},     {"yield", TK_YIELD},
};

void lex_init(Lexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->lim = src + len;
    lx->line = 1;
}

const char *lex_token_text(int code) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (keywords[i].code == code) {
            return keywords[i].text;
        }
    }
    return NULL;
}

static int name_code(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (strlen(keywords[i].text) == n && memcmp(keywords[i].text, s, n) == 0) {
            return keywords[i].code;
        }
    }
    return TK_NAME;
}

// Records a lexical error at byte `at` (on the current physical line unless
// `line` says otherwise) and returns LEX_ERROR.
static int fail_at(Lexer *lx, int line, const char *line_start, const char *at, const char *msg) {
    snprintf(lx->err, sizeof lx->err, "%s", msg);
    lx->err_line = line;
    lx->err_col = (int)(at - line_start) + 1;
    return LEX_ERROR;
}

static bool is_name_byte(unsigned char c) {
    return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
           c >= 0x80;
}

// A number must not run into a name ("1a", "1_"), except that CPython still
// accepts a keyword glued to it ("1if x else y") with a warning.
static int check_number_end(Lexer *lx, const char *start, const char *end, int kind) {
    unsigned char c = (unsigned char)*end;
    if (!is_name_byte(c)) {
        return 0;
    }
    static const char *const glued[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof glued / sizeof glued[0]; i++) {
        if (strncmp(end, glued[i], strlen(glued[i])) == 0 && kind == 'd') {
            return 0;
        }
    }
    char buf[80];
    if (kind == 'x') {
        return fail_at(lx, lx->line, lx->line_start, end, "invalid hexadecimal literal");
    }
    if (kind == 'o' || kind == 'b') {
        if (c >= '0' && c <= '9') {
            snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", c,
                     kind == 'o' ? "octal" : "binary");
        } else {
            snprintf(buf, sizeof buf, "invalid %s literal", kind == 'o' ? "octal" : "binary");
        }
        return fail_at(lx, lx->line, lx->line_start, end, buf);
    }
    return fail_at(lx, lx->line, lx->line_start, c == '_' ? end : start,
                   "invalid decimal literal");
}

// Scans the body of a string literal whose opening quote is at `q`; the
// prefix starts at `start`. Escapes are skipped, not decoded (strlit.c
// decodes), so that the token is the literal's exact source text.
static int scan_string(Lexer *lx, const char *start, const char *q, Token *tok) {
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    int start_line = lx->line;
    const char *start_line_start = lx->line_start;
    for (;;) {
        char c = *p;
        if (p >= lx->lim) {
            break;
        }
        if (c == '\\') {
            if (p + 1 >= lx->lim) {
                p++;
                break;
            }
            if (p[1] == '\r' || p[1] == '\n') {
                p += (p[1] == '\r' && p[2] == '\n') ? 3 : 2;
                lx->line++;
                lx->line_start = p;
            } else {
                p += 2;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                break;
            }
            p += (c == '\r' && p[1] == '\n') ? 2 : 1;
            lx->line++;
            lx->line_start = p;
            continue;
        }
        if (c == quote && (!triple || (p[1] == quote && p[2] == quote))) {
            p += triple ? 3 : 1;
            tok->length = (int)(p - start);
            lx->cur = p;
            return TK_STRING;
        }
        p++;
    }
    // CPython counts the line of the last character: a final line end does
    // not start a line of its own.
    int detected = lx->line;
    if (triple && p >= lx->lim && p > q + 3 && (p[-1] == '\n' || p[-1] == '\r')) {
        detected--;
    }
    char msg[100];
    snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
             triple ? "triple-quoted " : "", detected);
    lx->err_incomplete = triple;
    lx->cur = p;
    return fail_at(lx, start_line, start_line_start, start, msg);
}

// Code points that may not appear in names. Python's rule is Unicode's
// XID_Start/XID_Continue; without the tables we reject the blocks people
// actually paste by mistake (typographic quotes and dashes, math symbols,
// currency, arrows, emoji, invisible spaces) and accept the rest.
static int bad_name_char(unsigned long cp) {
    static const unsigned long invisible[][2] = {
        {0xA0, 0xA0}, {0xAD, 0xAD}, {0x2000, 0x200F}, {0x2028, 0x202F},
        {0x205F, 0x206F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF},
    };
    static const unsigned long symbols[][2] = {
        {0xA1, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF},
        {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2010, 0x2027}, {0x2030, 0x203E},
        {0x2041, 0x2053}, {0x2055, 0x205E}, {0x20A0, 0x20CF}, {0x2190, 0x2BFF},
        {0x2E00, 0x2E7F}, {0x3001, 0x3003}, {0xE000, 0xF8FF}, {0xFF01, 0xFF0F},
        {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
        {0x1F000, 0x1FAFF},
    };
    for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++) {
        if (cp >= invisible[i][0] && cp <= invisible[i][1]) {
            return 2;
        }
    }
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
        if (cp >= symbols[i][0] && cp <= symbols[i][1]) {
            return 1;
        }
    }
    return 0;
}

// Checks the non-ASCII characters of name token [start, end) (valid UTF-8,
// checked by parser.c). Returns 0, or LEX_ERROR with CPython's message.
static int check_name(Lexer *lx, const char *start, const char *end) {
    for (const unsigned char *p = (const unsigned char *)start; p < (const unsigned char *)end;) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        int n = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
        unsigned long cp = *p & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        int bad = bad_name_char(cp);
        if (bad) {
            char msg[64];
            if (bad == 2) {
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04lX", cp);
            } else {
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04lX)", n, (const char *)p,
                         cp);
            }
            return fail_at(lx, lx->line, lx->line_start, (const char *)p, msg);
        }
        p += n;
    }
    return 0;
}

static int op(Lexer *lx, Token *tok, const char *start, const char *cur, int code) {
    lx->cur = cur;
    tok->length = (int)(cur - start);
    return code;
}

static int number(Lexer *lx, Token *tok, const char *start, const char *cur, int kind) {
    if (check_number_end(lx, start, cur, kind) < 0) {
        return LEX_ERROR;
    }
    return op(lx, tok, start, cur, TK_NUMBER);
}

// One token per call. re2c matches on the NUL sentinel that parser.c puts
// after the text; a NUL before it is reported (parser.c also rejects NUL
// bytes up front, so that case only guards direct users of the lexer).
// String literals are matched up to their opening quote by re2c and
// finished by scan_string, which keeps the line count right inside
// triple-quoted strings and backslash-continued ones.
int lex_next(Lexer *lx, Token *tok) {
    const char *cur, *mar, *start;
    (void)mar;
again:
    cur = lx->cur;
    start = cur;
    tok->start = start;
    tok->line = lx->line;
    tok->column = (int)(start - lx->line_start);
    tok->length = 0;
/*!re2c
    dec = [0-9] ("_"? [0-9])*;
    exp = [eE] [+-]? dec;
    pointfloat = dec? "." dec | dec ".";
    float = pointfloat exp? | dec exp;
    nl = "\r\n" | "\n" | "\r";
    idstart = [a-zA-Z_] | [\x80-\U0010FFFF];
    idchar = [a-zA-Z0-9_] | [\x80-\U0010FFFF];
    strpfx = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];

    "\x00" {
        if (start >= lx->lim) {
            lx->cur = start;
            return LEX_EOF;
        }
        return fail_at(lx, lx->line, lx->line_start, start, "source code cannot contain null bytes");
    }
    [ \t\f]+ { lx->cur = cur; goto again; }
    "#" [^\r\n\x00]* { lx->cur = cur; goto again; }
    "\\" nl {
        lx->cur = cur;
        lx->line++;
        lx->line_start = cur;
        if (cur >= lx->lim) {
            lx->ended_in_continuation = true;
        }
        goto again;
    }
    "\\" {
        if (cur >= lx->lim) {
            lx->cur = lx->lim;
            lx->ended_in_continuation = true;
            goto again;
        }
        return fail_at(lx, lx->line, lx->line_start, start + 1,
                       "unexpected character after line continuation character");
    }
    nl {
        lx->cur = cur;
        tok->length = (int)(cur - start);
        lx->line++;
        lx->line_start = cur;
        return TK_NEWLINE;
    }
    strpfx? ['"] { return scan_string(lx, start, cur - 1, tok); }
    idstart idchar* {
        if ((unsigned char)*start >= 0x80 || cur - start > 1) {
            if (check_name(lx, start, cur) < 0) {
                return LEX_ERROR;
            }
        }
        lx->cur = cur;
        tok->length = (int)(cur - start);
        return name_code(start, (size_t)(cur - start));
    }
    "0" [xX] ("_"? [0-9a-fA-F])+ { return number(lx, tok, start, cur, 'x'); }
    "0" [oO] ("_"? [0-7])+ { return number(lx, tok, start, cur, 'o'); }
    "0" [bB] ("_"? [01])+ { return number(lx, tok, start, cur, 'b'); }
    "0" [xX] { return fail_at(lx, lx->line, lx->line_start, cur - 1, "invalid hexadecimal literal"); }
    "0" [oObB] {
        bool octal = (cur[-1] | 0x20) == 'o';
        if (check_number_end(lx, start, cur, octal ? 'o' : 'b') == LEX_ERROR) {
            return LEX_ERROR;
        }
        return fail_at(lx, lx->line, lx->line_start, cur - 1,
                       octal ? "invalid octal literal" : "invalid binary literal");
    }
    [1-9] ("_"? [0-9])* | "0" ("_"? "0")* { return number(lx, tok, start, cur, 'd'); }
    "0" ("_"? [0-9])+ {
        lx->err_line = lx->line;
        return fail_at(lx, lx->line, lx->line_start, start,
                       "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers");
    }
    float | (float | dec) [jJ] { return number(lx, tok, start, cur, 'd'); }

    "..." { return op(lx, tok, start, cur, TK_ELLIPSIS); }
    "(" { return op(lx, tok, start, cur, TK_LPAR); }
    ")" { return op(lx, tok, start, cur, TK_RPAR); }
    "[" { return op(lx, tok, start, cur, TK_LSQB); }
    "]" { return op(lx, tok, start, cur, TK_RSQB); }
    "{" { return op(lx, tok, start, cur, TK_LBRACE); }
    "}" { return op(lx, tok, start, cur, TK_RBRACE); }
    ":" { return op(lx, tok, start, cur, TK_COLON); }
    ":=" { return op(lx, tok, start, cur, TK_COLONEQUAL); }
    "," { return op(lx, tok, start, cur, TK_COMMA); }
    ";" { return op(lx, tok, start, cur, TK_SEMI); }
    "." { return op(lx, tok, start, cur, TK_DOT); }
    "+" { return op(lx, tok, start, cur, TK_PLUS); }
    "-" { return op(lx, tok, start, cur, TK_MINUS); }
    "*" { return op(lx, tok, start, cur, TK_STAR); }
    "**" { return op(lx, tok, start, cur, TK_DOUBLESTAR); }
    "/" { return op(lx, tok, start, cur, TK_SLASH); }
    "//" { return op(lx, tok, start, cur, TK_DOUBLESLASH); }
    "%" { return op(lx, tok, start, cur, TK_PERCENT); }
    "@" { return op(lx, tok, start, cur, TK_AT); }
    "|" { return op(lx, tok, start, cur, TK_VBAR); }
    "&" { return op(lx, tok, start, cur, TK_AMPER); }
    "^" { return op(lx, tok, start, cur, TK_CIRCUMFLEX); }
    "~" { return op(lx, tok, start, cur, TK_TILDE); }
    "<<" { return op(lx, tok, start, cur, TK_LEFTSHIFT); }
    ">>" { return op(lx, tok, start, cur, TK_RIGHTSHIFT); }
    "<" { return op(lx, tok, start, cur, TK_LESS); }
    ">" { return op(lx, tok, start, cur, TK_GREATER); }
    "<=" { return op(lx, tok, start, cur, TK_LESSEQUAL); }
    ">=" { return op(lx, tok, start, cur, TK_GREATEREQUAL); }
    "==" { return op(lx, tok, start, cur, TK_EQEQUAL); }
    "!=" { return op(lx, tok, start, cur, TK_NOTEQUAL); }
    "=" { return op(lx, tok, start, cur, TK_EQUAL); }
    "->" { return op(lx, tok, start, cur, TK_RARROW); }
    ("+" | "-" | "*" | "/" | "//" | "%" | "@" | "&" | "|" | "^" | "<<" | ">>" | "**") "=" {
        return op(lx, tok, start, cur, TK_AUGASSIGN);
    }
    * {
        if ((unsigned char)*start >= 0x80) {
            return fail_at(lx, lx->line, lx->line_start, start, "invalid character in identifier");
        }
        if ((unsigned char)*start < 0x20 || *start == 0x7f) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned char)*start);
            return fail_at(lx, lx->line, lx->line_start, start, msg);
        }
        lx->cur = cur;
        tok->length = (int)(cur - start);
        return TK_ERRORTOKEN;
    }
*/
}
