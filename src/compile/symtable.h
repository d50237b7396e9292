/* symtable.h: the scope pass that runs before code generation, as CPython's
 * symtable: one Scope per module, class, function, lambda and comprehension,
 * and for every name in it whether it is local, global (declared or
 * implicit), free (from an enclosing function) or a cell (captured by an
 * inner function). */
#ifndef OURO_SYMTABLE_H
#define OURO_SYMTABLE_H

#include "../objects/object.h"
#include "../parse/ast.h"

typedef enum {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_COMPREHENSION
} ScopeKind;

// Where a name lives, once the analysis has run.
typedef enum {
    SYM_UNKNOWN,         // not mentioned in the scope: treat as implicit global
    SYM_LOCAL,           // a fast local (functions) or a locals-dict name
    SYM_GLOBAL_EXPLICIT, // declared `global`
    SYM_GLOBAL_IMPLICIT, // used but not bound anywhere visible
    SYM_FREE,            // bound in an enclosing function
    SYM_CELL             // local, captured by an inner scope
} SymKind;

// Definition flags collected by the first pass.
#define SYMF_LOCAL      (1 << 0) // assigned, deleted, imported, def/class, for target...
#define SYMF_PARAM      (1 << 1)
#define SYMF_GLOBAL     (1 << 2) // `global` declaration
#define SYMF_NONLOCAL   (1 << 3) // `nonlocal` declaration
#define SYMF_USE        (1 << 4) // read
#define SYMF_COMP_ITER  (1 << 5) // a comprehension's iteration variable
#define SYMF_FREE_CLASS (1 << 6) // class scope: also free for the methods
#define SYMF_ANNOT      (1 << 7) // the target of an annotated assignment

typedef struct Symbol {
    const char *name; // mangled, owned by the SymTable
    int flags;        // SYMF_*
    SymKind kind;
    const AstNode *decl; // first global/nonlocal statement naming it (error positions)
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    const char *name;    // "f", "C", "<lambda>", "<listcomp>", "top"
    const AstNode *node; // the FUNCDEF/CLASSDEF/LAMBDA/...COMP node, NULL for the module
    struct Scope *parent;
    struct Scope **children; // in source order
    size_t nchildren, capchildren;
    Symbol *syms; // in order of first mention; parameters first
    size_t nsyms, capsyms;
    int32_t *index;            // open-addressing table of syms indices (-1 = empty)
    size_t index_cap;          // power of two, at least twice nsyms
    int nparams;               // the first nparams syms are the parameters
    const char *private_name;  // class name used for mangling, or NULL
    bool is_generator;         // contains yield (or is a generator expression)
    bool is_coroutine;         // async def
    bool needs_class_cell;     // class scope: a method uses super / __class__
    bool has_comp_loop_target; // internal
    const char **cellvars;     // names of cells, in order (owned array)
    size_t ncellvars;
    const char **freevars; // names of free variables, in order (owned array)
    size_t nfreevars;
} Scope;

typedef struct SymTable SymTable;

// Runs the scope pass over `tree` (AST_MODULE, AST_INTERACTIVE or
// AST_EXPRESSION). Returns the table, or NULL with SyntaxError (positions
// from the AST, text None), RecursionError or MemoryError pending.
// `filename` is borrowed for error messages.
SymTable *sym_build(Vm *vm, AstNode *tree, Obj *filename);

// Frees the table, its scopes and their names.
void sym_free(SymTable *st);

// The module-level scope.
Scope *sym_top(SymTable *st);

// The scope created for `node` (FUNCDEF, CLASSDEF, LAMBDA, or a
// comprehension node) directly inside `parent`, or NULL.
Scope *sym_child(Scope *parent, const AstNode *node);

// The resolved kind of `name` (already mangled) in `scope`.
SymKind sym_lookup(const Scope *scope, const char *name);

// Index of `name` among the scope's cellvars followed by its freevars
// (the ARG_CELL operand), or -1.
int sym_cell_index(const Scope *scope, const char *name);

// Name mangling for private names (`__x` inside class `C` -> `_C__x`).
// Writes into `buf` (size `size`) and returns it, or returns `name` itself
// when no mangling applies (or the result would not fit).
const char *sym_mangle(const char *private_name, const char *name, char *buf, size_t size);

#endif
