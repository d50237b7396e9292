/* test_lexer.c: the re2c scanner and the layout pass: tokens of each kind,
 * numbers and their errors, string literal spans, indentation tokens,
 * bracket errors, and REPL incompleteness. Links ouro_parse only. */
#include <criterion/criterion.h>
#include <string.h>

#include "parse/layout.h"
#include "parse/lexer.h"
#include "parse/tokens.h"

#define MAXTOK 64

// Scans `src` with the raw lexer; returns the token count (LEX_ERROR stops).
static int lex_all(const char *src, int *codes, Token *toks, Lexer *lx) {
    lex_init(lx, src, strlen(src));
    int n = 0;
    for (;;) {
        int c = lex_next(lx, &toks[n]);
        codes[n] = c;
        if (c == LEX_EOF || c == LEX_ERROR || n == MAXTOK - 1) {
            return n;
        }
        n++;
    }
}

// Runs the layout pass; fills codes, returns the count (before EOF).
static int layout_all(const char *src, ParseMode mode, int *codes, ParseError *err) {
    static Layout ly;
    Token t;
    memset(err, 0, sizeof *err);
    size_t len = strlen(src);
    const char *p = src + len;
    bool blank = len >= 2 && p[-1] == '\n' && p[-2] == '\n';
    layout_init(&ly, src, len, mode, err, blank);
    int n = 0;
    for (;;) {
        int c = layout_next(&ly, &t);
        codes[n] = c;
        if (c == LEX_EOF || c == LAYOUT_ERROR || c == LAYOUT_INCOMPLETE) {
            return n;
        }
        if (n < MAXTOK - 1) {
            n++; // long inputs keep only their first tokens, and the last
        }
    }
}

static void expect_codes(const int *got, int n, const int *want, int wn) {
    cr_assert_eq(n, wn, "token count %d, wanted %d", n, wn);
    for (int i = 0; i < n; i++) {
        cr_assert_eq(got[i], want[i], "token %d is %d, wanted %d", i, got[i], want[i]);
    }
}

TestSuite(lexer);

Test(lexer, names_keywords_and_operators) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all("def f(x, *a, **k) -> None: return x // 2 ** y", codes, toks, &lx);
    int want[] = {TK_DEF,  TK_NAME,        TK_LPAR,   TK_NAME,       TK_COMMA,
                  TK_STAR, TK_NAME,        TK_COMMA,  TK_DOUBLESTAR, TK_NAME,
                  TK_RPAR, TK_RARROW,      TK_NONE,   TK_COLON,      TK_RETURN,
                  TK_NAME, TK_DOUBLESLASH, TK_NUMBER, TK_DOUBLESTAR, TK_NAME};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
    cr_assert_eq(toks[1].length, 1);
    cr_assert_eq(toks[1].column, 4);
    cr_assert_eq(toks[1].line, 1);
}

Test(lexer, compound_operators) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all(":= **= //= >>= <<= @= != == <= >= ... . @ ~ ^ | &", codes, toks, &lx);
    int want[] = {TK_COLONEQUAL, TK_AUGASSIGN, TK_AUGASSIGN, TK_AUGASSIGN, TK_AUGASSIGN,
                  TK_AUGASSIGN,  TK_NOTEQUAL,  TK_EQEQUAL,   TK_LESSEQUAL, TK_GREATEREQUAL,
                  TK_ELLIPSIS,   TK_DOT,       TK_AT,        TK_TILDE,     TK_CIRCUMFLEX,
                  TK_VBAR,       TK_AMPER};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
    cr_assert_eq(toks[1].length, 3);
}

Test(lexer, non_ascii_identifiers) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all("\xc3\xa9t\xc3\xa9 = 1", codes, toks, &lx);
    cr_assert_eq(n, 3);
    cr_assert_eq(codes[0], TK_NAME);
    cr_assert_eq(toks[0].length, 5);
}

Test(lexer, numbers) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    const char *ok[] = {"0",  "00",   "1_000",      "0x_ff", "0o17", "0b1010", "1.5", "1.",
                        ".5", "1e-5", "1_0.5e+1_0", "3j",    "1.5J", "08.5",   "09e1"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int n = lex_all(ok[i], codes, toks, &lx);
        cr_assert_eq(n, 1, "%s", ok[i]);
        cr_assert_eq(codes[0], TK_NUMBER, "%s", ok[i]);
        cr_assert_eq(toks[0].length, (int)strlen(ok[i]), "%s", ok[i]);
    }
}

Test(lexer, number_errors) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    struct {
        const char *src, *msg;
        int col;
    } cases[] = {
        {"x = 08",
         "leading zeros in decimal integer literals are not permitted; use an 0o "
         "prefix for octal integers",
         5},
        {"x = 1_", "invalid decimal literal", 6},
        {"x = 1a", "invalid decimal literal", 5},
        {"x = 0b2", "invalid digit '2' in binary literal", 7},
        {"x = 0o8", "invalid digit '8' in octal literal", 7},
        {"x = 0x", "invalid hexadecimal literal", 6},
        {"x = 1__0", "invalid decimal literal", 6},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int n = lex_all(cases[i].src, codes, toks, &lx);
        cr_assert_eq(codes[n], LEX_ERROR, "%s", cases[i].src);
        cr_assert_str_eq(lx.err, cases[i].msg);
        cr_assert_eq(lx.err_col, cases[i].col, "%s: col %d", cases[i].src, lx.err_col);
    }
    // A keyword glued to a number is accepted (CPython warns).
    int n = lex_all("1if x else 2", codes, toks, &lx);
    cr_assert_eq(codes[0], TK_NUMBER);
    cr_assert_eq(codes[1], TK_IF);
    cr_assert_eq(n, 5);
}

Test(lexer, string_literals_are_whole_tokens) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    const char *src = "'a' \"b\\\"c\" rb'x' Br\"y\" f'{x}' u'z' '''m\nn''' \"\"\"q\"\"\"";
    int n = lex_all(src, codes, toks, &lx);
    cr_assert_eq(n, 8);
    for (int i = 0; i < n; i++) {
        cr_assert_eq(codes[i], TK_STRING);
    }
    cr_assert_eq(toks[1].length, 6);
    cr_assert_eq(toks[6].length, 9);
    cr_assert_eq(toks[7].line, 2);
}

Test(lexer, unterminated_strings) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all("x = \"abc", codes, toks, &lx);
    cr_assert_eq(codes[n], LEX_ERROR);
    cr_assert_str_eq(lx.err, "unterminated string literal (detected at line 1)");
    cr_assert_eq(lx.err_col, 5);
    n = lex_all("x = '''ab\n\nc", codes, toks, &lx);
    cr_assert_eq(codes[n], LEX_ERROR);
    cr_assert_str_eq(lx.err, "unterminated triple-quoted string literal (detected at line 3)");
    cr_assert_eq(lx.err_line, 1);
    cr_assert(lx.err_incomplete);
}

Test(lexer, comments_continuations_and_newlines) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all("#!/usr/bin/env python\nx = 1 + \\\n  2 # c\n", codes, toks, &lx);
    int want[] = {TK_NEWLINE, TK_NAME, TK_EQUAL, TK_NUMBER, TK_PLUS, TK_NUMBER, TK_NEWLINE};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
    cr_assert_eq(toks[5].line, 3);
    n = lex_all("x = 1 \\ y", codes, toks, &lx);
    cr_assert_eq(codes[n], LEX_ERROR);
    cr_assert_str_eq(lx.err, "unexpected character after line continuation character");
}

TestSuite(layout);

Test(layout, indent_and_dedent) {
    int codes[MAXTOK];
    ParseError err;
    int n = layout_all("if x:\n    y\n\n    # c\n    z\nw\n", PARSE_FILE, codes, &err);
    int want[] = {TK_IF,      TK_NAME, TK_COLON,   TK_NEWLINE, TK_INDENT, TK_NAME,
                  TK_NEWLINE, TK_NAME, TK_NEWLINE, TK_DEDENT,  TK_NAME,   TK_NEWLINE};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
}

Test(layout, dedents_at_end_and_missing_final_newline) {
    int codes[MAXTOK];
    ParseError err;
    int n = layout_all("def f():\n  if a:\n    b", PARSE_FILE, codes, &err);
    int want[] = {TK_DEF,    TK_NAME,    TK_LPAR,   TK_RPAR,  TK_COLON,   TK_NEWLINE,
                  TK_INDENT, TK_IF,      TK_NAME,   TK_COLON, TK_NEWLINE, TK_INDENT,
                  TK_NAME,   TK_NEWLINE, TK_DEDENT, TK_DEDENT};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
}

Test(layout, newlines_inside_brackets_are_ignored) {
    int codes[MAXTOK];
    ParseError err;
    int n = layout_all("x = [1,\n  2,\n\n 3]\n", PARSE_FILE, codes, &err);
    int want[] = {TK_NAME,   TK_EQUAL, TK_LSQB,   TK_NUMBER, TK_COMMA,
                  TK_NUMBER, TK_COMMA, TK_NUMBER, TK_RSQB,   TK_NEWLINE};
    expect_codes(codes, n, want, sizeof want / sizeof want[0]);
}

// Runs `src` through the layout and checks the error it ends with.
static void expect_error(const char *src, ParseErrorKind kind, const char *msg, int line, int col) {
    int codes[MAXTOK];
    ParseError err;
    int n = layout_all(src, PARSE_FILE, codes, &err);
    cr_assert_eq(codes[n], LAYOUT_ERROR, "%s: no error", src);
    cr_assert_eq(err.kind, kind, "%s: kind %d", src, err.kind);
    cr_assert_str_eq(err.msg, msg);
    cr_assert_eq(err.line, line, "%s: line %d", src, err.line);
    cr_assert_eq(err.col, col, "%s: col %d", src, err.col);
}

Test(layout, indentation_errors) {
    expect_error("  x\n", PERR_INDENT, "unexpected indent", 1, 2);
    expect_error("def f():\n  x\n y\n", PERR_INDENT,
                 "unindent does not match any outer indentation level", 3, 3);
    expect_error("if x:\npass\n", PERR_INDENT,
                 "expected an indented block after 'if' statement on line 1", 2, 1);
    expect_error("if x:\n", PERR_INDENT,
                 "expected an indented block after 'if' statement on line 1", 1, 6);
    expect_error("def f():\nreturn\n", PERR_INDENT,
                 "expected an indented block after function definition on line 1", 2, 1);
    expect_error("class A:\n\nx\n", PERR_INDENT,
                 "expected an indented block after class definition on line 1", 3, 1);
    expect_error("if True:\n\tx\n        y\n", PERR_TAB,
                 "inconsistent use of tabs and spaces in indentation", 3, 1);
}

Test(layout, bracket_errors) {
    expect_error("(]", PERR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis '('", 1, 2);
    expect_error("x = (\n]", PERR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1);
    expect_error(")", PERR_SYNTAX, "unmatched ')'", 1, 1);
    expect_error("x = (1,\n2", PERR_SYNTAX, "'(' was never closed", 1, 5);
    expect_error("x = 1 + \\", PERR_SYNTAX, "unexpected EOF while parsing", 1, 10);
    char deep[300];
    memset(deep, '(', sizeof deep - 1);
    deep[sizeof deep - 1] = '\0';
    expect_error(deep, PERR_SYNTAX, "too many nested parentheses", 1, 201);
}

Test(layout, single_mode_incomplete_input) {
    int codes[MAXTOK];
    ParseError err;
    const char *incomplete[] = {"(1,\n",   "x = '''a\n",        "x = 1 + \\\n",
                                "if x:\n", "if x:\n    pass\n", "if x: pass\n",
                                "@d\n"};
    for (size_t i = 0; i < sizeof incomplete / sizeof incomplete[0]; i++) {
        int n = layout_all(incomplete[i], PARSE_SINGLE, codes, &err);
        cr_assert_eq(codes[n], LAYOUT_INCOMPLETE, "%s", incomplete[i]);
    }
    const char *complete[] = {"x = 1\n", "if x:\n    pass\n\n", "if x: pass\n\n"};
    for (size_t i = 0; i < sizeof complete / sizeof complete[0]; i++) {
        int n = layout_all(complete[i], PARSE_SINGLE, codes, &err);
        cr_assert_eq(codes[n], LEX_EOF, "%s", complete[i]);
    }
    // A single-quoted string does not continue on the next line.
    int n = layout_all("x = 'abc\n", PARSE_SINGLE, codes, &err);
    cr_assert_eq(codes[n], LAYOUT_ERROR);
}

Test(lexer, invalid_characters_in_names) {
    int codes[MAXTOK];
    Token toks[MAXTOK];
    Lexer lx;
    int n = lex_all("x = 1 \xe2\x88\x92 2", codes, toks, &lx);
    cr_assert_eq(codes[n], LEX_ERROR);
    cr_assert_str_eq(lx.err, "invalid character '\xe2\x88\x92' (U+2212)");
    cr_assert_eq(lx.err_col, 7);
    n = lex_all("x\xc2\xa0= 1", codes, toks, &lx);
    cr_assert_eq(codes[n], LEX_ERROR);
    cr_assert_str_eq(lx.err, "invalid non-printable character U+00A0");
    // Letters and the middle dot are fine.
    n = lex_all("\xc3\xa9t\xc3\xa9 = a\xc2\xb7" "b", codes, toks, &lx);
    cr_assert_eq(n, 3);
    cr_assert_eq(codes[2], TK_NAME);
}
