/* traceback.h: traceback entries and the printing of uncaught exceptions
 * in CPython 3.11's format (chains, SyntaxError carets, folded repeats). */
#ifndef OURO_TRACEBACK_H
#define OURO_TRACEBACK_H

#include <stdio.h>

#include "object.h"

extern TypeObj traceback_type;

// How the printer marks the inside of a span, as CPython 3.11 does: `~`
// over the span and `^` over a binary operator or a subscript's brackets.
typedef enum { SPAN_PLAIN, SPAN_BINOP, SPAN_SUBSCR } SpanKind;

// The source an instruction came from: 1-based lines, 0-based UTF-8 byte
// columns with `end_col` exclusive (`col` < 0 when unknown: no carets).
// For SPAN_BINOP, `a` is the left operand's end column and `b` the right
// operand's start; for SPAN_SUBSCR, `a` is the subscripted value's end and
// `b` the index's end. The printer finds the operator or the brackets
// between them in the source line, as CPython re-reads its segment.
typedef struct SourceSpan {
    int32_t line, end_line;
    int16_t col, end_col;
    int16_t a, b;
    uint8_t kind; // SpanKind
} SourceSpan;

// One entry of a traceback; `next` points toward the innermost frame, so
// the chain from an exception reads "most recent call last".
typedef struct TracebackObj {
    Obj head;
    Obj *next;      // TracebackObj or NULL
    Obj *filename;  // str
    Obj *name;      // str: function name, "<module>"
    SourceSpan span; // span.line is the entry's line number
} TracebackObj;

// Prepends an entry for (`filename`, `name`, `span`) to exception `exc`'s
// traceback, as each frame does while an exception passes through it.
// Returns 0, or -1 with MemoryError pending.
int traceback_add(Vm *vm, Obj *exc, Obj *filename, Obj *name, const SourceSpan *span);

// Prints `exc` as an uncaught exception to stderr: its __cause__ /
// __context__ chain first, then "Traceback (most recent call last):", each
// entry with its source line (read from the file when it exists), and
// "Type: message". A SyntaxError shows file, line, text and caret. An
// AttributeError or NameError ends with "Did you mean" when a name close to
// the missing one exists (suggest.h).
void traceback_print_exception(Vm *vm, Obj *exc);

// What traceback_write_exception writes: the whole chain as an uncaught
// exception prints, only `exc` with its entries, or only its last line(s)
// ("Type: message", with the location block of a SyntaxError).
typedef enum { TB_CHAIN, TB_ONE, TB_ONLY } TracebackWhat;

// Writes `exc` (borrowed) to `out` as traceback_print_exception does, but
// limited to `what` and without "Did you mean" (the traceback module's
// text, and the unraisable hook's). Exceptions raised by str() of a message are swallowed
// (the text says so); any pending exception is kept.
void traceback_write_exception(Vm *vm, Obj *exc, FILE *out, TracebackWhat what);

// The text traceback_write_exception would write, as a new str (bytes that
// are not UTF-8 in source lines are replaced). NULL with MemoryError pending.
NEWREF Obj *traceback_format_exception(Vm *vm, Obj *exc, TracebackWhat what);

// Copies line `lineno` (1-based) of the file at `path` into `buf` (at most
// `size` bytes, NUL-terminated, without its line ending). Returns 0, or -1
// when there is no such file or line ("<stdin>" and the like never exist).
int traceback_source_line(const char *path, int lineno, char *buf, size_t size);

#endif
