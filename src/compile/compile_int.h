/* compile_int.h: the code generator's internal state, shared by its files
 * (compile.c: units, emission, labels, constants, assembly; compile_expr.c:
 * expressions and targets; compile_call.c: calls; compile_func.c: lambdas,
 * comprehensions and closures; compile_stmt.c: statements and definitions;
 * compile_flow.c: loops, try, with and the unwinding of blocks). Not part of
 * the compiler's public contract (compiler.h). */
#ifndef OURO_COMPILE_INT_H
#define OURO_COMPILE_INT_H

#include "code.h"
#include "compiler.h"
#include "symtable.h"

// CPython's limit on statically nested blocks (loops, try, with).
#define COMP_MAX_FBLOCKS 20
// Compiler nesting limit, as the symtable's (CPython: 1000 * 3).
#define COMP_MAX_DEPTH 3000

// A frame block: what a `break`, `continue` or `return` must undo when it
// leaves the construct at compile time.
typedef enum {
    FB_WHILE,       // nothing on the stack
    FB_FOR,         // the iterator is on the stack
    FB_TRY,         // inside `try:` with handlers: one SETUP_EXCEPT block
    FB_FINALLY_TRY, // inside `try:` of a try/finally: block + finally body to inline
    FB_FINALLY_END, // running the finally body on the exception path: [prev exc] + cleanup block
    FB_HANDLER,     // inside `except`: [prev exc] + cleanup block (+ name block when named)
    FB_WITH,        // inside `with`: [exit] + SETUP_EXCEPT block
    FB_POP_VALUE    // a finally body inlined by `return`: the return value is below
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int continue_label;  // loops: where `continue` jumps
    int break_label;     // loops: where `break` jumps
    const AstNode *node; // FB_FINALLY_TRY: the TRY node (its finalbody);
                         // FB_HANDLER: the handler (its name); FB_WITH: the with node
} FBlock;

// One code object being built.
typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    uint32_t *code;    // instructions; jump operands hold label ids until assembly
    SourceSpan *spans; // the span of each instruction
    size_t ncode, capcode;
    int *labels; // label id -> instruction index (-1 while unbound)
    size_t nlabels, caplabels;
    Obj *consts;      // list
    Obj *const_index; // dict: exact str or int constant -> its index in consts
    Obj *float_index; // dict: float constant's bits (an int) -> its index
    Obj *names;       // list of str
    Obj *name_index;  // dict str -> index
    Obj *name;        // str
    Obj *qualname;    // str
    int firstlineno;
    int line;        // line of the node being compiled
    SourceSpan span; // its span; instructions emitted on another line get no columns
    int argcount, posonlyargcount, kwonlyargcount;
    int flags; // CODE_*
    FBlock fblocks[COMP_MAX_FBLOCKS];
    int nfblocks;
} Unit;

typedef struct Compiler {
    Vm *vm;
    Obj *filename; // borrowed
    SymTable *st;
    Unit *u; // the innermost unit
    ParseMode mode;
    int depth;       // nesting of comp_expr / comp_stmt
    const char *src; // the source text for warnings, or NULL
    size_t src_len;
    bool future_annotations; // `from __future__ import annotations` (PEP 563)
    const AstSeq *future_ok; // the module body, whose leading statements
    size_t nfuture_ok;       // (this many) may be `from __future__ import`
} Compiler;

// --- compile.c: emission ---------------------------------------------------

// Appends an instruction at the current line. 0, or -1 with an exception.
int comp_emit(Compiler *c, Opcode op, uint32_t arg);
// The current line and span, saved by comp_set_span.
typedef struct SpanSave {
    SourceSpan span;
    int line;
} SpanSave;
// Makes `node` the current node: its line and span. Returns what was
// current, for comp_restore_span.
SpanSave comp_set_span(Compiler *c, const AstNode *node);
// Makes `saved` (from comp_set_span) current again.
void comp_restore_span(Compiler *c, SpanSave saved);
// A new unbound label id, or -1 on exhaustion.
int comp_new_label(Compiler *c);
// Binds `label` to the next instruction.
void comp_bind(Compiler *c, int label);
// Index of constant `value` (stolen) in the unit's consts, deduplicated by
// type and value; -1 with an exception.
int comp_add_const_steal(Compiler *c, STEALS Obj *value);
// Emits LOAD_CONST for `value` (stolen).
int comp_load_const_steal(Compiler *c, STEALS Obj *value);
// Index of `name` in the unit's names; -1 with an exception.
int comp_add_name(Compiler *c, const char *name);
// Emits `op` with the index of `name` in names.
int comp_emit_name(Compiler *c, Opcode op, const char *name);
// A new str for `s` (interned when it looks like an identifier).
NEWREF Obj *comp_str(Compiler *c, const char *s, size_t len);
// SyntaxError at `node` (printf-style message). Returns -1.
int comp_error(Compiler *c, const AstNode *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Reports SyntaxWarning `msg` for `node` on stderr, as CPython's default
// warning filter prints it (with the source line when it is known).
void comp_warn(Compiler *c, const AstNode *node, const char *msg);
// Recursion guard around comp_expr / comp_stmt. 0, or -1 with
// RecursionError pending.
int comp_enter(Compiler *c);
void comp_leave(Compiler *c);

// --- compile_match.c ---------------------------------------------------------

// A `match` statement (PEP 634).
int comp_match(Compiler *c, const AstNode *s);

// [awaitable] -> [its result]: GET_AWAITABLE and the SEND loop of `await`.
int comp_await_tos(Compiler *c);

// Opens a unit for `scope`; the new unit becomes current. -1 on error.
int comp_unit_enter(Compiler *c, Scope *scope, const char *name, int firstlineno);
// Assembles the current unit into a code object (new reference), closes it
// and makes its parent current. The unit is closed even on failure. When
// generation fails inside a unit, callers just return -1 and leave the unit
// open: comp_compile frees every open unit.
NEWREF Obj *comp_unit_leave(Compiler *c);
// Index of `name` among the fast locals (varnames) of function scope `s`,
// or -1.
int comp_local_index(const Scope *s, const char *name);
// Qualified name of a definition named `name` inside the current unit
// ("f", "C.m", "f.<locals>.g").
NEWREF Obj *comp_qualname(Compiler *c, const char *name);

// Pushes a frame block; SyntaxError "too many statically nested blocks".
int comp_push_fblock(Compiler *c, const AstNode *at, FBlockKind kind, int cont, int brk,
                     const AstNode *node);
void comp_pop_fblock(Compiler *c);

// --- compile_expr.c --------------------------------------------------------

// Pushes the value of `e`.
int comp_expr(Compiler *c, const AstNode *e);
// The value of AST_CONSTANT `e` (an int, float, complex, str, bytes or a
// singleton). NULL with an exception.
NEWREF Obj *comp_constant_value(Compiler *c, const AstNode *e);
// Stores the value on top of the stack into target `t` (CTX_STORE).
int comp_store(Compiler *c, const AstNode *t);
// Deletes target `t` (CTX_DEL).
int comp_delete(Compiler *c, const AstNode *t);
// Loads / stores / deletes a plain name according to its scope.
int comp_name_op(Compiler *c, const char *name, AstCtx ctx);
// Evaluates `e` and jumps to `label` when its truth equals `cond`.
int comp_jump_if(Compiler *c, const AstNode *e, int label, bool cond);
// Emits `op` (LOAD_ATTR, STORE_ATTR, LOAD_METHOD, ...) for attribute
// `name`, mangled for the current class.
int comp_emit_attr(Compiler *c, Opcode op, const char *name);
// True when `elts` contains a STARRED node.
bool comp_has_starred(const AstSeq *elts);

// --- compile_call.c --------------------------------------------------------

// Compiles a CALL node: [NULL f args] CALL, [o.m args] via LOAD_METHOD, or
// CALL_EX with unpacking.
int comp_call(Compiler *c, const AstNode *e);
// Emits the call of the callable already on the stack (with `npushed`
// positional values already pushed after it) with `args` / `keywords`.
// The stack holds [NULL-or-callable callable-or-self pushed...].
int comp_call_args(Compiler *c, const AstNode *at, int npushed, const AstSeq *args,
                   const AstSeq *keywords);

// --- compile_func.c --------------------------------------------------------

// Compiles a LAMBDA node (pushes the function).
int comp_lambda(Compiler *c, const AstNode *e);
// Compiles a LISTCOMP/SETCOMP/DICTCOMP/GENEXP node (pushes its result).
int comp_comprehension(Compiler *c, const AstNode *e);
// Builds a function from the code object of `scope` (stolen `code`):
// pushes the closure tuple when the code has free variables, then the code,
// then MAKE_FUNCTION with `flags` (defaults already pushed by the caller).
int comp_make_function(Compiler *c, Scope *scope, STEALS Obj *code, int flags);
// Pushes defaults (tuple) and keyword-only defaults (dict) of `args`;
// returns the MAKE_FUNCTION flags (0..3), or -1.
int comp_defaults(Compiler *c, const AstNode *args);

// Pushes the annotations of a def's parameters (`args`, an ARGUMENTS node)
// and its `returns` (may be NULL) as a flat tuple of name/value pairs, in
// CPython's order, for MAKE_FUNCTION's flag 4. Returns 4 when it pushed
// one, 0 when there are none, -1 on error.
int comp_annotations(Compiler *c, const AstNode *args, const AstNode *returns);
// Sets the unit's argument counts and flags from an ARGUMENTS node.
void comp_set_arg_counts(Compiler *c, const AstNode *args);

// --- unparse.c -------------------------------------------------------------

// Pushes annotation `e` as PEP 563 keeps it: the str CPython 3.11's
// unparser makes of it ('Dict[str, int]', "'x'" for the literal 'x'). An
// expression it does not cover (yield, await, :=) is evaluated
// instead. 0, or -1 with an exception.
int comp_unparse_annotation(Compiler *c, const AstNode *e);

// --- future.c --------------------------------------------------------------

// Checks the `from __future__ import` statements at the top of module
// `tree` (after an optional docstring): each feature must be known (else
// SyntaxError "future feature X is not defined"), and `annotations` turns on
// c->future_annotations. Records where such imports may appear. 0 or -1.
int comp_future_scan(Compiler *c, const AstNode *tree);
// Whether `s` (a `from __future__ import` statement) is one of the leading
// statements comp_future_scan accepted; SyntaxError "from __future__
// imports must occur at the beginning of the file" when not. 0 or -1.
int comp_future_check(Compiler *c, const AstNode *s);
// Pushes annotation `e`: its text under PEP 563, else its value. 0 or -1.
int comp_annotation_value(Compiler *c, const AstNode *e);

// --- compile_stmt.c --------------------------------------------------------

// Compiles one statement (sets the current line), or a sequence of them.
int comp_stmt(Compiler *c, const AstNode *s);
int comp_stmts(Compiler *c, const AstSeq *body);
// Emits `__annotations__ = {}` when `body` (of a module or class) contains
// annotated assignments.
int comp_setup_annotations(Compiler *c, const AstSeq *body);

// --- compile_flow.c --------------------------------------------------------

// The statements that push frame blocks or leave them; each compiles the
// node `s` of its kind (FOR, WHILE, TRY, WITH, RETURN, BREAK/CONTINUE).
int comp_for(Compiler *c, const AstNode *s);
int comp_while(Compiler *c, const AstNode *s);
int comp_try(Compiler *c, const AstNode *s);
int comp_with(Compiler *c, const AstNode *s);
int comp_return(Compiler *c, const AstNode *s);
int comp_break_continue(Compiler *c, const AstNode *s);

#endif
