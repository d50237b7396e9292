/* parser.h: source text to AST. Runs the re2c lexer through the layout pass
 * (INDENT/DEDENT/NEWLINE) into the lemon parser and reports the first error
 * as CPython 3.11 would word it. */
#ifndef OURO_PARSER_H
#define OURO_PARSER_H

#include "ast.h"

typedef enum {
    PARSE_FILE,        // a module: AST_MODULE
    PARSE_SINGLE,      // one interactive statement: AST_INTERACTIVE
    PARSE_EVAL         // one expression: AST_EXPRESSION
} ParseMode;

typedef enum {
    PERR_NONE,
    PERR_SYNTAX,       // SyntaxError
    PERR_INDENT,       // IndentationError
    PERR_TAB,          // TabError
    PERR_INCOMPLETE,   // input ended inside a block or bracket (REPL asks for more)
    PERR_NOMEM         // MemoryError pending
} ParseErrorKind;

typedef struct ParseError {
    ParseErrorKind kind;
    int line;          // 1-based
    int col;           // 1-based column of the caret (CPython's offset)
    int end_col;       // 1-based end column (exclusive), or 0
    char msg[200];     // "invalid syntax", "expected ':'", "'(' was never closed", ...
} ParseError;

// Parses `len` bytes of UTF-8 `src`. Returns the tree (owned by `arena`), or
// NULL with `err` filled in. Never exits, never recurses without bound:
// nesting beyond the parser's limit is a SyntaxError ("too many nested
// parentheses") as in CPython.
AstNode *parser_parse(AstArena *arena, const char *src, size_t len, ParseMode mode,
                      ParseError *err);

// The index of the first byte of `src` (`len` bytes) that is not valid
// UTF-8, or `len` when there is none; `*why` names the problem as Python's
// codec does ("invalid start byte", ...).
size_t parser_utf8_check(const char *src, size_t len, const char **why);

#endif
