/* func.h: Python function objects (made by MAKE_FUNCTION, called through
 * call.c) and cell objects (the boxes that closures share). Both types are
 * GC containers: a function can reach itself through its globals or its
 * closure, a cell through its contents. */
#ifndef OURO_FUNC_H
#define OURO_FUNC_H

#include <string.h>

#include "../compile/code.h"
#include "../objects/alloc.h"
#include "../objects/dict.h"
#include "../objects/intobj.h"
#include "../objects/object.h"
#include "../objects/tuple.h"

extern TypeObj function_type;
extern TypeObj cell_type;

typedef struct FuncObj {
    Obj head;
    Obj *code;       // CodeObj (owned)
    Obj *globals;    // dict (owned)
    Obj *builtins;   // dict (owned): vm->builtins when the function was made
    Obj *name;       // str: __name__
    Obj *qualname;   // str: __qualname__
    Obj *doc;        // __doc__ (None when absent)
    Obj *module;     // __module__ (None when the globals have no __name__)
    Obj *defaults;   // tuple or NULL
    Obj *kwdefaults; // dict or NULL
    // __closure__: a tuple of the cells below, made on first use and kept
    // (so that it is the same tuple each time), or NULL.
    Obj *closure;
    Obj *annotations; // dict or NULL
    DictTable attrs;  // f.attr = ...; function_type.dictoffset points here
    // The closure's cells, code->nfrees of them, in the function's own
    // block: a closure made on every call of its maker costs one
    // allocation, not two. Owned while `closure` is NULL; once the tuple
    // exists it holds them (its items never change) and these are borrowed,
    // so that the function refers to the tuple alone, as in CPython
    // (gc.get_referents). NULL after the collector cleared them.
    Obj *cells[];
} FuncObj;

typedef struct CellObj {
    Obj head;
    Obj *ref; // contents, NULL when empty (unbound)
} CellObj;

// True when `o` is a Python function.
static inline bool func_check(const Obj *o) {
    return obj_type(o) == &function_type;
}

// A new function for code object `code` with `globals` (a dict). Name,
// qualname and doc come from the code (consts[0]); __module__ from
// globals['__name__']. NULL with an exception pending.
NEWREF Obj *func_new(Vm *vm, Obj *code, Obj *globals);

// func_new with __module__ given: `module` (borrowed) is what
// globals['__name__'] holds, or None when it is absent, and the closure's
// cells: `cells` holds the code's nfrees cells (may be NULL when it has
// none), whose references the function takes over, also when it fails.
// NULL with MemoryError pending.
// Inline: MAKE_FUNCTION makes a closure on every call of its maker.
static inline NEWREF Obj *func_new_in(Vm *vm, Obj *code, Obj *globals, Obj *module,
                                      STEALS Obj *const *cells);

// The number of closure cells of function `f` (its code's free variables).
static inline size_t func_ncells(const Obj *f) {
    return (size_t)((const CodeObj *)((const FuncObj *)f)->code)->nfrees;
}

// f.__closure__: a tuple of the cells of function `func`, made on first
// use and kept in the function, or None when it has none. NULL with
// MemoryError pending.
NEWREF Obj *func_closure_tuple(Vm *vm, Obj *func);

// Freed functions with 0 to FUNC_FREELISTS - 1 cells (one list per
// count), and freed cells, kept for the next ones: a closure and its cells
// are made and dropped on every call of the function that makes them.
#define FUNC_FREELISTS 4
extern ObjFreeList func_freelists[FUNC_FREELISTS];
extern ObjFreeList cell_freelist;

static inline NEWREF Obj *func_new_in(Vm *vm, Obj *code, Obj *globals, Obj *module,
                                      Obj *const *cells) {
    const CodeObj *co = (const CodeObj *)code;
    size_t ncells = (size_t)co->nfrees;
    FuncObj *f =
        (FuncObj *)(ncells < FUNC_FREELISTS
                        ? obj_new_container_from_list(vm, &function_type, &func_freelists[ncells])
                        : obj_new_container_uninit(vm, &function_type,
                                                   sizeof(FuncObj) + ncells * sizeof(Obj *)));
    if (f == NULL) {
        for (size_t i = 0; cells != NULL && i < ncells; i++) {
            obj_decref(cells[i]);
        }
        return NULL;
    }
    // Every field is written here, before anything can run.
    f->code = obj_newref(code);
    f->globals = obj_newref(globals);
    f->builtins = obj_newref(vm->builtins);
    f->name = obj_newref(co->name);
    f->qualname = obj_newref(co->qualname);
    // consts[0] is the docstring slot of every function code (None if absent).
    f->doc = obj_newref(tuple_len(co->consts) > 0 ? tuple_get_borrow(co->consts, 0) : OBJ_NONE);
    f->module = obj_newref(module);
    f->defaults = NULL;
    f->kwdefaults = NULL;
    f->closure = NULL;
    f->annotations = NULL;
    memset(&f->attrs, 0, sizeof(f->attrs));
    for (size_t i = 0; i < ncells; i++) {
        f->cells[i] = cells != NULL ? cells[i] : NULL;
    }
    return (Obj *)f;
}

// A new cell holding `value` (borrowed; NULL for an empty cell). NULL with
// MemoryError pending. Inline: a call of a function whose variables are
// captured makes one per such variable.
static inline NEWREF Obj *cell_new(Vm *vm, Obj *value) {
    // Not zero-filled: `ref` is the only field and is set before anything
    // else can run.
    CellObj *c = (CellObj *)obj_new_container_from_list(vm, &cell_type, &cell_freelist);
    if (c == NULL) {
        return NULL;
    }
    obj_xincref(value);
    c->ref = value;
    return (Obj *)c;
}

// The contents of a cell (borrowed), NULL when empty.
static inline BORROWED Obj *cell_get_borrow(const Obj *cell) {
    return ((const CellObj *)cell)->ref;
}

// Stores `value` (borrowed, NULL = empty) in `cell`, releasing the old one
// after the store.
static inline void cell_set(Obj *cell, Obj *value) {
    obj_replace(&((CellObj *)cell)->ref, value);
}

// cell_set that takes over the caller's reference to `value` (not NULL).
static inline void cell_set_steal(Obj *cell, STEALS Obj *value) {
    Obj **slot = &((CellObj *)cell)->ref;
    Obj *old = *slot;
    *slot = value;
    obj_xdecref(old);
}

#endif
