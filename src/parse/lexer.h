/* lexer.h: the re2c scanner (grammar/lexer.re). Turns UTF-8 source into raw
 * tokens: names, keywords, numbers, whole string literals, operators and
 * physical NEWLINEs. Indentation and brackets are layout.c's business. */
#ifndef OURO_LEXER_H
#define OURO_LEXER_H

#include "../common.h"

// A token is a window on the source text, never a copy (STYLE §8).
typedef struct Token {
    const char *start; // first byte in the source buffer
    int length;        // bytes
    int line;          // 1-based line of the first byte
    int column;        // 0-based byte column of the first byte
} Token;

// Scanner state. `src` must be NUL-terminated at `src[len]` (re2c's
// sentinel); parser.c guarantees it and rejects inner NUL bytes earlier.
typedef struct Lexer {
    const char *src;            // start of the buffer
    const char *cur;            // next byte to scan
    const char *lim;            // the terminating NUL
    const char *line_start;     // first byte of the current physical line
    int line;                   // 1-based current line
    bool ended_in_continuation; // EOF reached right after a backslash continuation
    bool err_incomplete;        // the error is an unterminated triple-quoted string
    char err[160];              // message of the last LEX_ERROR
    int err_line, err_col;      // its 1-based line and 1-based column (CPython offset)
} Lexer;

// Special results of lex_next besides lemon's TK_* codes (all positive).
#define LEX_EOF   0
#define LEX_ERROR (-1)

// Prepares `lx` to scan `len` bytes at `src` (src[len] must be NUL).
void lex_init(Lexer *lx, const char *src, size_t len);

// Scans the next token into `*tok` and returns its TK_* code; LEX_EOF at the
// end; LEX_ERROR with `lx->err` and its position set on a lexical error
// (bad number, unterminated string, stray character). Comments, spaces and
// backslash continuations are skipped; every physical line end is returned
// as TK_NEWLINE (layout.c drops the ones it does not need).
int lex_next(Lexer *lx, Token *tok);

// The spelling of keyword token `code` ("if"), or NULL for other tokens;
// for error messages.
const char *lex_token_text(int code);

#endif
