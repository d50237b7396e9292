/* compiler.h: AST to code objects. Runs the symbol table pass (scopes:
 * local / global / nonlocal / cell / free) and emits bytecode per scope. */
#ifndef OURO_COMPILER_H
#define OURO_COMPILER_H

#include "../parse/parser.h"
#include "code.h"

// Compiles `tree` (AST_MODULE, AST_INTERACTIVE or AST_EXPRESSION) into a code
// object for module-level execution; `filename` is a borrowed str. Scope
// errors raise SyntaxError ("'return' outside function", "'break' outside
// loop", "name 'x' is used prior to global declaration", "no binding for
// nonlocal 'x' found", ...). NULL with the exception pending.
NEWREF Obj *comp_compile(Vm *vm, AstNode *tree, Obj *filename, ParseMode mode);

// Parses and compiles `len` bytes of `src`. A parse error becomes a pending
// SyntaxError / IndentationError / TabError whose args are CPython's
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)) and whose
// attributes msg, filename, lineno, offset, text are set. When `incomplete`
// is not NULL it is set to true (and nothing is raised) if the source ended
// inside a block or bracket: the REPL then reads another line.
NEWREF Obj *comp_compile_source(Vm *vm, const char *src, size_t len, const char *filename,
                                ParseMode mode, bool *incomplete);

#endif
