/* parser.c: the front end's glue. Checks the source bytes (NUL, UTF-8),
 * runs lexer -> layout -> lemon parser, turns lemon's syntax errors into
 * CPython 3.11's messages, and re-enters itself for f-string expressions. */
#include "parser.h"

#include <stdio.h>
#include <string.h>

#include "build.h"
#include "layout.h"
#include "memory/mem.h"
#include "tokens.h"

#define FEXPR_MAX_NEST 20 // f-strings inside f-string expressions

// lemon's generated entry points (gen/parser.c); %extra_context adds `ctx`.
void *ParseAlloc(void *(*alloc)(size_t), ParseCtx *ctx);
void ParseFree(void *parser, void (*release)(void *));
void Parse(void *parser, int code, Token tok);

static bool is_expr_end(int code) {
    return code == TK_NAME || code == TK_NUMBER || code == TK_STRING || code == TK_RPAR ||
           code == TK_RSQB || code == TK_RBRACE || code == TK_TRUE || code == TK_FALSE ||
           code == TK_NONE || code == TK_ELLIPSIS;
}

static bool is_expr_start(int code) {
    return code == TK_NAME || code == TK_NUMBER || code == TK_STRING || code == TK_LPAR ||
           code == TK_LSQB || code == TK_LBRACE || code == TK_TRUE || code == TK_FALSE ||
           code == TK_NONE || code == TK_ELLIPSIS || code == TK_LAMBDA || code == TK_NOT ||
           code == TK_TILDE;
}

static bool opens_block(int code) {
    return code == TK_IF || code == TK_ELIF || code == TK_ELSE || code == TK_WHILE ||
           code == TK_FOR || code == TK_TRY || code == TK_EXCEPT || code == TK_FINALLY ||
           code == TK_WITH || code == TK_DEF || code == TK_CLASS;
}

void build_syntax_error(ParseCtx *ctx, int code, Token tok, int expects) {
    int line = tok.line + ctx->line_base;
    int col = tok.column + (tok.line == 1 ? ctx->col_base : 0) + 1;
    if (expects & BUILD_EXPECT_EXCEPT) {
        build_error(ctx, PERR_SYNTAX, line, col, "expected 'except' or 'finally' block");
        return;
    }
    if (code == TK_NEWLINE && (expects & BUILD_EXPECT_COLON) && opens_block(ctx->line_first_code)) {
        build_error(ctx, PERR_SYNTAX, line, col, "expected ':'");
        return;
    }
    Token p = ctx->prev_tok;
    if (code == TK_EQUAL && ctx->depth == 0 &&
        (ctx->line_first_code == TK_IF || ctx->line_first_code == TK_ELIF ||
         ctx->line_first_code == TK_WHILE)) {
        build_error(ctx, PERR_SYNTAX, p.line + ctx->line_base, p.column + 1,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (ctx->prev_code == TK_NAME && ctx->depth == 0 && ctx->prev_is_line_first &&
        is_expr_start(code) && p.length == 5 && memcmp(p.start, "print", 5) == 0) {
        build_error(ctx, PERR_SYNTAX, p.line + ctx->line_base, p.column + 1,
                    "Missing parentheses in call to 'print'. Did you mean print(...)?");
        return;
    }
    if (code == TK_INDENT) {
        build_error(ctx, PERR_INDENT, line, col, "unexpected indent");
        return;
    }
    if (ctx->depth > 0 && is_expr_end(ctx->prev_code) && is_expr_start(code)) {
        build_error(ctx, PERR_SYNTAX, p.line + ctx->line_base,
                    p.column + (p.line == 1 ? ctx->col_base : 0) + 1,
                    "invalid syntax. Perhaps you forgot a comma?");
        ctx->err->end_col = col + tok.length;
        return;
    }
    build_error(ctx, PERR_SYNTAX, line, col, "invalid syntax");
    if (code != TK_NEWLINE && tok.length > 0) {
        ctx->err->end_col = col + tok.length; // the caret covers the token
    }
}

void build_stack_overflow(ParseCtx *ctx) {
    Token t = ctx->cur_tok;
    build_error(ctx, PERR_SYNTAX, t.line + ctx->line_base, t.column + 1,
                "too many nested parentheses");
}

// Finds the first byte that is not valid UTF-8; returns its index or `len`,
// with `*why` naming the problem as Python's codec does.
static size_t utf8_check(const unsigned char *s, size_t len, const char **why) {
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = c < 0x80             ? 1
                   : (c & 0xE0) == 0xC0 ? 2
                   : (c & 0xF0) == 0xE0 ? 3
                   : (c & 0xF8) == 0xF0 ? 4
                                        : 0;
        if (n == 0 || (n == 2 && c < 0xC2) || (n == 4 && c > 0xF4)) {
            *why = "invalid start byte";
            return i;
        }
        for (size_t k = 1; k < n; k++) {
            if (i + k >= len) {
                *why = "unexpected end of data";
                return i;
            }
            if ((s[i + k] & 0xC0) != 0x80) {
                *why = "invalid continuation byte";
                return i;
            }
        }
        i += n;
    }
    return len;
}

size_t parser_utf8_check(const char *src, size_t len, const char **why) {
    return utf8_check((const unsigned char *)src, len, why);
}

// Rejects NUL bytes and bad UTF-8 as CPython does. Returns 0 or -1.
static int check_bytes(const char *src, size_t len, ParseError *err) {
    const char *nul = memchr(src, 0, len);
    const char *why = NULL;
    size_t bad = utf8_check((const unsigned char *)src, len, &why);
    const char *at = nul && (size_t)(nul - src) < bad ? nul : bad < len ? src + bad : NULL;
    if (at == NULL) {
        return 0;
    }
    int line = 1;
    const char *ls = src;
    for (const char *p = src; p < at; p++) {
        if (*p == '\n') {
            line++;
            ls = p + 1;
        }
    }
    char msg[160];
    if (at == nul) {
        snprintf(msg, sizeof msg, "source code cannot contain null bytes");
    } else {
        snprintf(msg, sizeof msg,
                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                 (unsigned char)*at, (int)(at - ls), why);
    }
    layout_set_error(err, PERR_SYNTAX, line, (int)(at - ls) + 1, msg);
    return -1;
}

// True if the input ends with an empty line (the REPL's end of a block).
static bool ends_with_blank_line(const char *s, size_t len) {
    size_t i = len;
    int newlines = 0;
    while (i > 0 && newlines < 2) {
        char c = s[i - 1];
        if (c == '\n') {
            newlines++;
        } else if (c != ' ' && c != '\t' && c != '\f' && c != '\r') {
            return false;
        }
        i--;
    }
    return newlines >= 2 || (newlines == 1 && i == 0);
}

// CPython, after its parser fails, tokenizes the rest of the source: a
// tokenizer error found there (bad string, number, character or bracket)
// replaces the parser's message, and so does a bracket still open at the
// end when it was opened before the error's line ("'(' was never closed").
// A missing-comma error inside a bracket that never closes counts as well.
static void check_rest(ParseCtx *ctx, Layout *ly) {
    ParseError *err = ctx->err;
    bool comma = strstr(err->msg, "Perhaps you forgot a comma?") != NULL;
    Token t;
    for (;;) {
        int c = lex_next(&ly->lx, &t);
        if (c == LEX_ERROR) {
            if (!(ly->lx.err_incomplete && ctx->mode == PARSE_SINGLE)) {
                layout_set_error(err, PERR_SYNTAX, ly->lx.err_line, ly->lx.err_col, ly->lx.err);
            }
            return;
        }
        if (c == LEX_EOF) {
            break;
        }
        if (c == TK_LPAR || c == TK_LSQB || c == TK_LBRACE) {
            if (ly->depth < LAYOUT_MAX_DEPTH) {
                LayoutBracket *b = &ly->brackets[ly->depth++];
                b->ch = *t.start;
                b->line = t.line;
                b->col = t.column;
            }
        } else if ((c == TK_RPAR || c == TK_RSQB || c == TK_RBRACE) && ly->depth > 0) {
            ly->depth--; // mismatches are left to the parser's message
        }
    }
    if (ly->depth > 0 && ctx->mode != PARSE_SINGLE) {
        const LayoutBracket *b = &ly->brackets[ly->depth - 1];
        if (b->line < err->line || (comma && b->line == err->line && b->col < err->col)) {
            char msg[60];
            snprintf(msg, sizeof msg, "'%c' was never closed", b->ch);
            layout_set_error(err, PERR_SYNTAX, b->line, b->col + 1, msg);
        }
    }
}

// Feeds every token of `buf` (NUL at buf[len]) to a fresh lemon parser.
// The first token is a made-up MODE_* token so that one grammar serves the
// three modes (lemon has a single start symbol). The context records the
// current and previous tokens and the bracket depth so that %syntax_error
// can word its message like CPython. Lemon's stack and the layout state
// are on the heap: an f-string sub-parse re-enters this function, and the
// C stack must stay small whatever the input.
static AstNode *run(ParseCtx *ctx, const char *buf, size_t len) {
    static Layout zero;
    Layout *ly = mem_alloc(sizeof *ly);
    void *parser = ParseAlloc(mem_alloc, ctx);
    if (ly == NULL || parser == NULL) {
        mem_free(ly);
        if (parser) {
            ParseFree(parser, mem_free);
        }
        return build_nomem(ctx);
    }
    *ly = zero;
    layout_init(ly, buf, len, ctx->mode, ctx->err, ends_with_blank_line(buf, len));
    int mode_code = ctx->mode == PARSE_FILE     ? TK_MODE_FILE
                    : ctx->mode == PARSE_SINGLE ? TK_MODE_SINGLE
                                                : TK_MODE_EVAL;
    Token tok = {buf, 0, 1, 0};
    Parse(parser, mode_code, tok);
    int prev_first = 0;
    for (;;) {
        int code = layout_next(ly, &tok);
        if (code == LAYOUT_ERROR) {
            ctx->failed = true;
            break;
        }
        if (code == LAYOUT_INCOMPLETE) {
            layout_set_error(ctx->err, PERR_INCOMPLETE, tok.line, 1, "incomplete input");
            ctx->failed = true;
            break;
        }
        ctx->prev_tok = ctx->cur_tok;
        ctx->prev_code = ctx->cur_code;
        ctx->cur_tok = tok;
        ctx->cur_code = code;
        ctx->depth = layout_depth(ly) + (ctx->nest > 0); // f-string fields act as brackets
        ctx->prev_is_line_first = ctx->cur_is_line_first;
        ctx->cur_is_line_first =
            ly->line_tokens == 1 && ly->line_first_line == tok.line && ly->line_first_code == code;
        ctx->line_first_code = ly->line_first_code;
        (void)prev_first;
        Parse(parser, code, tok);
        if (ctx->failed && ctx->err->kind == PERR_SYNTAX && ctx->nest == 0) {
            check_rest(ctx, ly);
        }
        if (ctx->failed || code == LEX_EOF) {
            break;
        }
    }
    ParseFree(parser, mem_free);
    mem_free(ly);
    if (ctx->failed) {
        return NULL;
    }
    if (ctx->pending_withitems != 0) {
        Token as = ctx->first_withitem;
        return build_error(ctx, PERR_SYNTAX, as.line + ctx->line_base, as.column + 1,
                           "invalid syntax");
    }
    if (ctx->mode == PARSE_SINGLE && ctx->top_stmts > 1) {
        return build_error(ctx, PERR_SYNTAX, 1, 1,
                           "multiple statements found while compiling a single statement");
    }
    return ctx->result;
}

AstNode *parser_parse(AstArena *arena, const char *src, size_t len, ParseMode mode,
                      ParseError *err) {
    memset(err, 0, sizeof *err);
    if (check_bytes(src, len, err) < 0) {
        return NULL;
    }
    // A UTF-8 byte order mark is not part of the program.
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    ParseCtx ctx = {0};
    ctx.arena = arena;
    ctx.err = err;
    ctx.mode = mode;
    char *buf = ast_strdup(arena, src, len); // re2c needs the NUL sentinel
    if (buf == NULL) {
        build_nomem(&ctx);
        return NULL;
    }
    if (mode == PARSE_EVAL) {
        // eval() ignores leading blanks.
        while (len > 0 && (*buf == ' ' || *buf == '\t')) {
            buf++, len--;
        }
    }
    return run(&ctx, buf, len);
}

// An f-string's replacement field is parsed like CPython 3.11 does: the
// expression text is handed to a new parse in PARSE_EVAL mode. Positions
// are shifted by `line_base`/`col_base` so that nodes and errors point into
// the enclosing source; errors there get CPython's "f-string: " prefix.
AstNode *parser_parse_fexpr(ParseCtx *ctx, const char *src, size_t len, int line, int col) {
    if (ctx->failed) {
        return NULL;
    }
    int abs_line = line + ctx->line_base;
    int abs_col = col + (line == 1 ? ctx->col_base : 0);
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\\') {
            return build_error(ctx, PERR_SYNTAX, abs_line, abs_col + 1,
                               "f-string expression part cannot include a backslash");
        }
        if (src[i] == '#') {
            return build_error(ctx, PERR_SYNTAX, abs_line, abs_col + 1,
                               "f-string expression part cannot include '#'");
        }
    }
    if (ctx->nest >= FEXPR_MAX_NEST) {
        return build_error(ctx, PERR_SYNTAX, abs_line, abs_col + 1,
                           "f-string: expressions nested too deeply");
    }
    char *buf = ast_strdup(ctx->arena, src, len);
    if (buf == NULL) {
        return build_nomem(ctx);
    }
    ParseCtx sub = {0};
    sub.arena = ctx->arena;
    sub.err = ctx->err;
    sub.mode = PARSE_EVAL;
    sub.nest = ctx->nest + 1;
    sub.line_base = abs_line - 1;
    sub.col_base = abs_col;
    AstNode *root = run(&sub, buf, len);
    if (root == NULL) {
        ctx->failed = true;
        if (ctx->err->kind == PERR_INCOMPLETE || ctx->err->kind == PERR_NONE) {
            layout_set_error(ctx->err, PERR_SYNTAX, abs_line, abs_col + 1,
                             "f-string: invalid syntax");
        }
        return NULL;
    }
    return root->a;
}
