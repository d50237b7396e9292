/* list_impl.h: helpers shared by the files that implement the list type
 * (list.c, list_methods.c, listsort.c, iterobject.c). Not for other code. */
#ifndef OURO_LIST_IMPL_H
#define OURO_LIST_IMPL_H

#include "list.h"

// Sets the length of `l` to `newlen`, growing or shrinking the buffer with
// CPython's over-allocation. New slots are uninitialised (the caller fills
// them); slots past a shrunk length must already be released or moved.
// 0, or -1 with MemoryError pending (the list is unchanged then).
int listimpl_resize(Vm *vm, ListObj *l, size_t newlen);

// An empty instance of `type` (list or a subclass). NULL on MemoryError.
NEWREF Obj *listimpl_alloc(Vm *vm, TypeObj *type);

// A new list holding new references to `n` items of `src`.
NEWREF Obj *listimpl_from_array(Vm *vm, Obj *const *src, size_t n);

// Removes items [lo, hi) of `l`: detached first, released last. 0 or -1.
int listimpl_del_range(Vm *vm, ListObj *l, size_t lo, size_t hi);

// For `seq * n` in either operand order: finds which operand passes
// `check` and converts the other to a count (negative counts become 0).
// Returns 1, 0 when the pair is not ours (NotImplemented), -1 on error
// (TypeError "can't multiply sequence by non-int of type 'float'").
int listimpl_repeat_args(Vm *vm, Obj *a, Obj *b, bool (*check)(const Obj *), Obj **seq,
                         int64_t *count);

// Lists and tuples share their repr and comparison through these. A list
// may change under a repr or an __eq__ that they run, so they see the items
// through `*items` and `*len`, read again at each step (a tuple passes
// pointers to locals that never change).

// "[1, 2]" / "(1,)": `open`, the item reprs joined by ", ", then `close`;
// `open` and `close` alone when empty; `open` "..." `close` when `self`
// is already being repr'd (a self-containing container). NULL on error.
NEWREF Obj *listimpl_items_repr(Vm *vm, Obj *self, Obj **const *items, const size_t *len,
                                const char *open, const char *close);

// Lexicographic comparison of two item arrays for `op`: the first unequal
// pair decides, then the lengths. Identical items count as equal without
// calling __eq__ (obj_eq); items are held while compared. NULL on error.
NEWREF Obj *listimpl_items_compare(Vm *vm, Obj **const *xitems, const size_t *xlen,
                                   Obj **const *yitems, const size_t *ylen, CmpOp op);

// list.__class_getitem__ (a METH_CLASS MethodFn): list[int] etc. as a
// types.GenericAlias; dict, tuple, set and frozenset use it too.
NEWREF Obj *listimpl_class_getitem(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames);

// The method table of list (list_methods.c).
extern const MethodDef listimpl_methods[];

// iter(list) and reversed(list) (iterobject.c).
NEWREF Obj *listiter_new(Vm *vm, Obj *list);
NEWREF Obj *listreviter_new(Vm *vm, Obj *list);
// iter(tuple) (iterobject.c).
NEWREF Obj *tupleiter_new(Vm *vm, Obj *tuple);

// The iterator types of iterobject.c, readied by bi_init.
extern TypeObj listiter_type;
extern TypeObj listreviter_type;
extern TypeObj tupleiter_type;

#endif
