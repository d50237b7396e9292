/* layout.h: the layout pass between the lexer and the parser. Turns the
 * lexer's physical NEWLINEs into logical NEWLINE/INDENT/DEDENT tokens, drops
 * line ends inside brackets, checks bracket matching and indentation, and
 * decides when REPL input is incomplete. The only code that knows about
 * indentation (STYLE §8). */
#ifndef OURO_LAYOUT_H
#define OURO_LAYOUT_H

#include "lexer.h"
#include "parser.h"

#define LAYOUT_MAX_INDENT 100 // CPython's MAXINDENT
#define LAYOUT_MAX_DEPTH  200 // CPython's MAXLEVEL: "too many nested parentheses"

// Results of layout_next besides TK_* codes and LEX_EOF (0).
#define LAYOUT_ERROR      (-1) // `err` filled in (SyntaxError, IndentationError, TabError)
#define LAYOUT_INCOMPLETE (-2) // PARSE_SINGLE only: the input needs more lines

typedef struct LayoutBracket {
    char ch;       // '(', '[' or '{'
    int line, col; // 1-based line, 0-based column
} LayoutBracket;

typedef struct Layout {
    Lexer lx;
    ParseMode mode;
    ParseError *err;                        // where errors go (not owned)
    bool ends_with_blank_line;              // PARSE_SINGLE: the input ends with an empty line
    int indents[LAYOUT_MAX_INDENT + 1];     // columns, tabs to multiples of 8
    int alt_indents[LAYOUT_MAX_INDENT + 1]; // columns, tabs as 1 (TabError check)
    int nindent;                            // levels above the base level 0
    bool match_body[LAYOUT_MAX_INDENT + 1]; // the level is a match statement's block
    LayoutBracket brackets[LAYOUT_MAX_DEPTH + 1];
    int depth;
    int pending_dedents;
    bool has_pending; // `pending` is the next token to hand out
    Token pending;
    int pending_code;
    bool at_line_start; // the next token starts a logical line
    bool eof_seen;
    int line_first_code; // first token code of the current logical line
    int line_first_line; // and its line
    int line_tokens;     // tokens seen on the current logical line
    int line_last_code;  // last token code seen
    Token line_last;     // and the token
    bool expect_indent;  // the last logical line opened a block
    int expect_code;     // the keyword that opened it (TK_IF, TK_DEF...)
    int expect_line;     // and its line
    bool saw_compound;   // PARSE_SINGLE: a compound statement began
} Layout;

// Prepares `ly` over `len` bytes of `src` (NUL at src[len]).
// `ends_with_blank_line` matters for PARSE_SINGLE only.
void layout_init(Layout *ly, const char *src, size_t len, ParseMode mode, ParseError *err,
                 bool ends_with_blank_line);

// Next logical token into `*tok`: a TK_* code, LEX_EOF at the end (after
// the final NEWLINE and DEDENTs), LAYOUT_ERROR with `err` set, or
// LAYOUT_INCOMPLETE (PARSE_SINGLE) when the input stops inside a bracket,
// a triple-quoted string, a continuation, or an unfinished compound statement.
int layout_next(Layout *ly, Token *tok);

// Current bracket nesting depth (0 outside brackets).
int layout_depth(const Layout *ly);

// Sets `err` to `kind` with `msg` at 1-based `line` and `col`. Shared by
// the parser glue.
void layout_set_error(ParseError *err, ParseErrorKind kind, int line, int col, const char *msg);

#endif
