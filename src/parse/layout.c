/* layout.c: between lexer and parser. Computes each logical line's
 * indentation and emits INDENT/DEDENT/NEWLINE, ignores line ends inside
 * brackets, checks bracket pairs, and tells the REPL when input is
 * incomplete. Errors use CPython 3.11's wording and positions. */
#include "layout.h"

#include <stdio.h>
#include <string.h>

#include "tokens.h"

void layout_set_error(ParseError *err, ParseErrorKind kind, int line, int col, const char *msg) {
    err->kind = kind;
    err->line = line;
    err->col = col;
    err->end_col = 0;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

void layout_init(Layout *ly, const char *src, size_t len, ParseMode mode, ParseError *err,
                 bool ends_with_blank_line) {
    memset(ly, 0, sizeof *ly);
    lex_init(&ly->lx, src, len);
    ly->mode = mode;
    ly->err = err;
    ly->ends_with_blank_line = ends_with_blank_line;
    ly->at_line_start = true;
}

int layout_depth(const Layout *ly) {
    return ly->depth;
}

static int fail(Layout *ly, ParseErrorKind kind, int line, int col, const char *msg) {
    layout_set_error(ly->err, kind, line, col, msg);
    return LAYOUT_ERROR;
}

// The statement name used in "expected an indented block after ...".
static const char *block_owner(int code) {
    switch (code) {
        case TK_IF:
            return "'if' statement";
        case TK_ELIF:
            return "'elif' statement";
        case TK_ELSE:
            return "'else' statement";
        case TK_WHILE:
            return "'while' statement";
        case TK_FOR:
            return "'for' statement";
        case TK_TRY:
            return "'try' statement";
        case TK_EXCEPT:
            return "'except' statement";
        case TK_FINALLY:
            return "'finally' statement";
        case TK_WITH:
            return "'with' statement";
        case TK_DEF:
            return "function definition";
        case TK_CLASS:
            return "class definition";
        case TK_MATCH:
            return "'match' statement";
        case TK_CASE:
            return "'case' statement";
        default:
            return NULL;
    }
}

static bool starts_compound(int code) {
    return block_owner(code) != NULL || code == TK_ASYNC || code == TK_AT;
}

// A line that begins with the soft keyword `match` or `case` is a match
// statement or case clause when it ends with ':' and the word is followed by
// something that can start an expression (`match = 1`, `match.x` are plain
// names). Scans ahead on a copy of the lexer; returns the code to use.
static int soft_keyword(const Layout *ly, int code, const Token *tok) {
    bool is_match = tok->length == 5 && memcmp(tok->start, "match", 5) == 0;
    bool is_case = tok->length == 4 && memcmp(tok->start, "case", 4) == 0;
    if (code != TK_NAME || (!is_match && !is_case)) {
        return code;
    }
    Lexer lx = ly->lx;
    Token t;
    int depth = 0, last = 0, n = 0, second = 0;
    bool colon = false; // a ':' outside brackets
    for (;;) {
        int c = lex_next(&lx, &t);
        if (c == LEX_ERROR || c == LEX_EOF || (c == TK_NEWLINE && depth == 0)) {
            break;
        }
        if (c == TK_NEWLINE) {
            continue;
        }
        if (c == TK_LPAR || c == TK_LSQB || c == TK_LBRACE) {
            depth++;
        } else if ((c == TK_RPAR || c == TK_RSQB || c == TK_RBRACE) && depth > 0) {
            depth--;
        }
        if (n++ == 0) {
            second = c;
        }
        colon |= c == TK_COLON && depth == 0;
        last = c;
    }
    bool starts_expr = second == TK_NAME || second == TK_NUMBER || second == TK_STRING ||
                       second == TK_LPAR || second == TK_LSQB || second == TK_LBRACE ||
                       second == TK_MINUS || second == TK_PLUS || second == TK_TILDE ||
                       second == TK_STAR || second == TK_NOT || second == TK_AWAIT ||
                       second == TK_LAMBDA || second == TK_NONE || second == TK_TRUE ||
                       second == TK_FALSE || second == TK_ELLIPSIS;
    if (!starts_expr) {
        return code;
    }
    if (is_match) {
        return last == TK_COLON ? TK_MATCH : code;
    }
    // `case x: body` may carry its body on the same line; it is a clause only
    // directly inside a match statement's block.
    return colon && ly->match_body[ly->nindent] ? TK_CASE : code;
}

// Handles the first token of a logical line: measures its indentation and
// queues INDENT or DEDENTs. Returns 0, or LAYOUT_ERROR.
static int indent_line(Layout *ly, const Token *tok) {
    const char *p = tok->start - tok->column;
    int col = 0, alt = 0;
    for (; p < tok->start; p++) {
        if (*p == ' ') {
            col++, alt++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*p == '\f') {
            col = alt = 0;
        } else {
            // A continuation line started this logical line: CPython
            // measures the physical line; treat what precedes as indentation.
            col++, alt++;
        }
    }
    int top = ly->indents[ly->nindent];
    int alt_top = ly->alt_indents[ly->nindent];
    int line = tok->line;
    if (col > top) {
        if (!ly->expect_indent) {
            // CPython's offset for this one is the 0-based column.
            return fail(ly, PERR_INDENT, line, tok->column, "unexpected indent");
        }
        if (alt <= alt_top) {
            return fail(ly, PERR_TAB, line, 1, // CPython's offset
                        "inconsistent use of tabs and spaces in indentation");
        }
        if (ly->nindent >= LAYOUT_MAX_INDENT) {
            return fail(ly, PERR_INDENT, line, tok->column + 1, "too many levels of indentation");
        }
        ly->nindent++;
        ly->match_body[ly->nindent] = ly->expect_code == TK_MATCH;
        ly->indents[ly->nindent] = col;
        ly->alt_indents[ly->nindent] = alt;
        ly->expect_indent = false;
        ly->pending_dedents = -1; // one INDENT
        return 0;
    }
    if (ly->expect_indent) {
        char msg[120];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d",
                 block_owner(ly->expect_code), ly->expect_line);
        return fail(ly, PERR_INDENT, line, tok->column + 1, msg);
    }
    if (col == top) {
        if (alt != alt_top) {
            return fail(ly, PERR_TAB, line, 1, // CPython's offset
                        "inconsistent use of tabs and spaces in indentation");
        }
        return 0;
    }
    while (ly->nindent > 0 && col < ly->indents[ly->nindent]) {
        ly->nindent--;
        ly->pending_dedents++;
    }
    if (col != ly->indents[ly->nindent]) {
        // CPython's offset for this one is just past the end of the line.
        const char *end = tok->start;
        while (*end != '\0' && *end != '\n' && *end != '\r') {
            end++;
        }
        return fail(ly, PERR_INDENT, line, (int)(end - (tok->start - tok->column)) + 1,
                    "unindent does not match any outer indentation level");
    }
    if (alt != ly->alt_indents[ly->nindent]) {
        return fail(ly, PERR_TAB, line, 1, "inconsistent use of tabs and spaces in indentation");
    }
    return 0;
}

// Keeps the bracket stack for `code`. Returns 0 or LAYOUT_ERROR.
static int track_bracket(Layout *ly, int code, const Token *tok) {
    char ch = 0;
    if (code == TK_LPAR || code == TK_LSQB || code == TK_LBRACE) {
        if (ly->depth >= LAYOUT_MAX_DEPTH) {
            return fail(ly, PERR_SYNTAX, tok->line, tok->column + 1, "too many nested parentheses");
        }
        LayoutBracket *b = &ly->brackets[ly->depth++];
        b->ch = *tok->start;
        b->line = tok->line;
        b->col = tok->column;
        return 0;
    }
    if (code == TK_RPAR) {
        ch = '(';
    } else if (code == TK_RSQB) {
        ch = '[';
    } else if (code == TK_RBRACE) {
        ch = '{';
    } else {
        return 0;
    }
    char msg[120];
    if (ly->depth == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", *tok->start);
        return fail(ly, PERR_SYNTAX, tok->line, tok->column + 1, msg);
    }
    LayoutBracket *b = &ly->brackets[ly->depth - 1];
    if (b->ch != ch) {
        if (b->line != tok->line) {
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     *tok->start, b->ch, b->line);
        } else {
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'",
                     *tok->start, b->ch);
        }
        return fail(ly, PERR_SYNTAX, tok->line, tok->column + 1, msg);
    }
    ly->depth--;
    return 0;
}

// End of input: close the open logical line, report what is unfinished,
// then DEDENT back to column 0 and hand out LEX_EOF.
static int at_eof(Layout *ly, Token *tok) {
    bool single = ly->mode == PARSE_SINGLE;
    if (ly->depth > 0) {
        if (single) {
            return LAYOUT_INCOMPLETE;
        }
        const LayoutBracket *b = &ly->brackets[ly->depth - 1];
        char msg[60];
        snprintf(msg, sizeof msg, "'%c' was never closed", b->ch);
        return fail(ly, PERR_SYNTAX, b->line, b->col + 1, msg);
    }
    if (ly->lx.ended_in_continuation) {
        if (single) {
            return LAYOUT_INCOMPLETE;
        }
        return fail(ly, PERR_SYNTAX, ly->lx.line, (int)(ly->lx.cur - ly->lx.line_start) + 1,
                    "unexpected EOF while parsing");
    }
    if (ly->mode == PARSE_EVAL) {
        return LEX_EOF;
    }
    if (!ly->at_line_start) {
        // The last line had no line end: give it one.
        ly->at_line_start = true;
        if (ly->line_last_code == TK_COLON && block_owner(ly->line_first_code) != NULL) {
            ly->expect_indent = true;
            ly->expect_code = ly->line_first_code;
            ly->expect_line = ly->line_first_line;
        }
        tok->length = 0;
        return TK_NEWLINE;
    }
    if (single && (ly->expect_indent || ly->saw_compound) && !ly->ends_with_blank_line) {
        return LAYOUT_INCOMPLETE;
    }
    if (ly->expect_indent) {
        char msg[120];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d",
                 block_owner(ly->expect_code), ly->expect_line);
        return fail(ly, PERR_INDENT, ly->line_last.line,
                    ly->line_last.column + ly->line_last.length + 1, msg);
    }
    if (ly->nindent > 0) {
        ly->nindent--;
        tok->length = 0;
        return TK_DEDENT;
    }
    return LEX_EOF;
}

// How the layout pass works.
//
// The lexer returns every physical line end as TK_NEWLINE and knows nothing
// of indentation. This pass turns that stream into Python's logical lines:
//
// - Inside brackets (`depth` > 0) line ends are dropped, and so are the line
//   ends of blank and comment-only lines (`at_line_start` still true).
// - The first token of a logical line is measured (indent_line): columns
//   with tabs to the next multiple of 8, and again with tabs counting 1.
//   CPython's tokenizer keeps both to detect TabError: an indentation is
//   consistent only if both measures order the levels the same way.
// - A deeper column pushes a level and yields INDENT; a shallower one pops
//   levels, and the DEDENTs are queued in `pending_dedents` in front of the
//   token, which waits in `pending`. (pending_dedents == -1 means "one
//   INDENT".)
// - A line whose first token opens a block (if, def, ...) and whose last
//   token is ':' sets `expect_indent`; the next line must be deeper, or it
//   is CPython's "expected an indented block after ..." IndentationError.
// - At the end of input the open line gets its NEWLINE, every level its
//   DEDENT, and then LEX_EOF repeats.
//
// PARSE_SINGLE (the REPL) asks for more input instead of failing when the
// text stops inside a bracket, a triple-quoted string or a continuation, or
// when a compound statement began and the input does not end with an
// empty line: that is how CPython's REPL knows a block is finished.
// PARSE_EVAL has no statements: it behaves as if inside brackets.
int layout_next(Layout *ly, Token *tok) {
    if (ly->pending_dedents < 0) {
        ly->pending_dedents = 0;
        *tok = ly->pending;
        tok->length = 0;
        return TK_INDENT;
    }
    if (ly->pending_dedents > 0) {
        ly->pending_dedents--;
        *tok = ly->pending;
        tok->length = 0;
        return TK_DEDENT;
    }
    if (ly->has_pending) {
        ly->has_pending = false;
        *tok = ly->pending;
        return ly->pending_code;
    }
    for (;;) {
        if (ly->eof_seen) {
            return at_eof(ly, tok);
        }
        int code = lex_next(&ly->lx, tok);
        if (code == LEX_ERROR) {
            if (ly->lx.err_incomplete && ly->mode == PARSE_SINGLE) {
                return LAYOUT_INCOMPLETE;
            }
            return fail(ly, PERR_SYNTAX, ly->lx.err_line, ly->lx.err_col, ly->lx.err);
        }
        if (code == LEX_EOF) {
            ly->eof_seen = true;
            continue;
        }
        if (code == TK_NEWLINE) {
            if (ly->depth > 0 || ly->at_line_start || ly->mode == PARSE_EVAL) {
                continue; // blank line, or a line end inside brackets
            }
            ly->at_line_start = true;
            if (ly->line_last_code == TK_COLON && block_owner(ly->line_first_code) != NULL) {
                ly->expect_indent = true;
                ly->expect_code = ly->line_first_code;
                ly->expect_line = ly->line_first_line;
            }
            return TK_NEWLINE;
        }
        if (track_bracket(ly, code, tok) < 0) {
            return LAYOUT_ERROR;
        }
        ly->line_last_code = code;
        ly->line_last = *tok;
        if (!ly->at_line_start || ly->mode == PARSE_EVAL) {
            if (ly->line_first_code == TK_ASYNC && ly->line_tokens++ == 1) {
                ly->line_first_code = code; // `async def` opens a block as `def` does
            }
            return code;
        }
        // First token of a logical line: its indentation decides the
        // block, which decides whether `case` is a keyword.
        ly->at_line_start = false;
        if (indent_line(ly, tok) < 0) {
            return LAYOUT_ERROR;
        }
        code = soft_keyword(ly, code, tok);
        ly->line_first_code = code;
        ly->line_first_line = tok->line;
        ly->line_tokens = 1;
        if (ly->mode == PARSE_SINGLE && starts_compound(code)) {
            ly->saw_compound = true;
        }
        if (ly->pending_dedents != 0) {
            ly->pending = *tok;
            ly->pending_code = code;
            ly->has_pending = true;
            return layout_next(ly, tok);
        }
        return code;
    }
}
