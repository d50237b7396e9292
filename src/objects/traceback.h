/* traceback.h: traceback entries and the printing of uncaught exceptions
 * in CPython 3.11's format (chains, SyntaxError carets, folded repeats). */
#ifndef OURO_TRACEBACK_H
#define OURO_TRACEBACK_H

#include "object.h"

extern TypeObj traceback_type;

// One entry of a traceback; `next` points toward the innermost frame, so
// the chain from an exception reads "most recent call last".
typedef struct TracebackObj {
    Obj head;
    Obj *next;      // TracebackObj or NULL
    Obj *filename;  // str
    Obj *name;      // str: function name, "<module>"
    int line;
} TracebackObj;

// Prepends an entry for (`filename`, `name`, `line`) to exception `exc`'s
// traceback, as each frame does while an exception passes through it.
// Returns 0, or -1 with MemoryError pending.
int traceback_add(Vm *vm, Obj *exc, Obj *filename, Obj *name, int line);

// Prints `exc` as an uncaught exception to stderr: its __cause__ /
// __context__ chain first, then "Traceback (most recent call last):", each
// entry with its source line (read from the file when it exists), and
// "Type: message". A SyntaxError shows file, line, text and caret.
void traceback_print_exception(Vm *vm, Obj *exc);

#endif
