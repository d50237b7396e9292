/* func.h: Python function objects (made by MAKE_FUNCTION, called through
 * call.c) and cell objects (the boxes that closures share). Both types are
 * GC containers: a function can reach itself through its globals or its
 * closure, a cell through its contents. */
#ifndef OURO_FUNC_H
#define OURO_FUNC_H

#include "../objects/dict.h"
#include "../objects/object.h"

extern TypeObj function_type;
extern TypeObj cell_type;

typedef struct FuncObj {
    Obj head;
    Obj *code;        // CodeObj (owned)
    Obj *globals;     // dict (owned)
    Obj *builtins;    // dict (owned): vm->builtins when the function was made
    Obj *name;        // str: __name__
    Obj *qualname;    // str: __qualname__
    Obj *doc;         // __doc__ (None when absent)
    Obj *module;      // __module__ (None when the globals have no __name__)
    Obj *defaults;    // tuple or NULL
    Obj *kwdefaults;  // dict or NULL
    Obj *closure;     // tuple of cells or NULL
    Obj *annotations; // dict or NULL
    DictTable attrs;  // f.attr = ...; function_type.dictoffset points here
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
// globals['__name__'] holds, or None when it is absent. NULL with
// MemoryError pending.
NEWREF Obj *func_new_in(Vm *vm, Obj *code, Obj *globals, Obj *module);

// A new cell holding `value` (borrowed; NULL for an empty cell).
NEWREF Obj *cell_new(Vm *vm, Obj *value);

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
