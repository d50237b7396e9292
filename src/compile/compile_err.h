/* compile_err.h: SyntaxError construction shared by the parser glue
 * (comp_compile_source) and the compiler passes (symtable, code generator),
 * so that every compile-time error carries CPython's args and attributes. */
#ifndef OURO_COMPILE_ERR_H
#define OURO_COMPILE_ERR_H

#include "../objects/object.h"
#include "../parse/ast.h"

// Raises an exception of `type` (SyntaxError or a subclass) with args
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)) and the
// attributes msg, filename, lineno, offset, text, end_lineno, end_offset set
// to the same values. `filename` and `text` are borrowed; `text` may be
// NULL (None). Always returns NULL with the exception (or a MemoryError)
// pending.
NEWREF Obj *comp_raise_syntax(Vm *vm, TypeObj *type, const char *msg, Obj *filename, int lineno,
                              int offset, Obj *text, int end_lineno, int end_offset);

// Where `node` ends: its recorded end, or further when its operands or its
// last element end later (some nodes record only their keyword's end).
void comp_node_end(const AstNode *node, int *line, int *col);

// SyntaxError located at `node` (offset = column + 1, end from the node's
// end position); the message is printf-formatted from `fmt` (%s, %d only).
// `filename` is borrowed. Always returns NULL.
NEWREF Obj *comp_error_at(Vm *vm, Obj *filename, const AstNode *node, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

// When the pending exception is a SyntaxError whose `text` is None, sets
// `text` (and the copy inside args) to line `lineno` of `src` including its
// newline. Used by comp_compile_source, which knows the source, for errors
// raised by comp_compile, which does not. Keeps the exception pending.
void comp_error_fill_text(Vm *vm, const char *src, size_t len);

// Line `lineno` (1-based) of `src`, including its trailing newline when
// there is one, as a new str; None (new reference) when the line does not
// exist. NULL with MemoryError pending.
NEWREF Obj *comp_source_line(Vm *vm, const char *src, size_t len, int lineno);

#endif
