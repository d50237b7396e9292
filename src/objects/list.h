/* list.h: list, a growable array of references; the type's clear slot is
 * list.clear(), which detaches the items before releasing them. */
#ifndef OURO_LIST_H
#define OURO_LIST_H

#include "object.h"

extern TypeObj list_type;

typedef struct ListObj {
    Obj head;
    size_t len;
    size_t cap;
    Obj **items;
} ListObj;

bool list_check(const Obj *o);

// A new list with `len` slots, all NULL: the caller must fill every slot
// (list_set_steal) before the list is visible to Python code or the GC.
// Pass 0 for an empty list. NULL with MemoryError pending.
NEWREF Obj *list_new(Vm *vm, size_t len);

// Stores `item` in slot `i` of a new list without releasing the old slot.
void list_set_steal(Obj *list, size_t i, STEALS Obj *item);

// Appends `item`; the list takes its own reference. 0, or -1 on MemoryError.
int list_append(Vm *vm, Obj *list, Obj *item);
int list_append_steal(Vm *vm, Obj *list, STEALS Obj *item);

// Item `i` (checked by the caller); valid until `list` is next mutated.
static inline BORROWED Obj *list_get_borrow(const Obj *list, size_t i) {
    return ((const ListObj *)list)->items[i];
}
static inline size_t list_len(const Obj *list) {
    return ((const ListObj *)list)->len;
}

// Drops every item (detach, then release). Also the type's clear slot.
void list_clear(Obj *list);

// A new list of the items of any iterable (list(x)).
NEWREF Obj *list_from_iterable(Vm *vm, Obj *iterable);

// Extends `list` with the items of `iterable`. 0 or -1.
int list_extend(Vm *vm, Obj *list, Obj *iterable);

// Sorts in place, stably; `key` (callable or NULL) and `reverse`.
// ValueError "list modified during sort" as CPython.
int list_sort(Vm *vm, Obj *list, Obj *key, bool reverse);

// list.sort(*, key=None, reverse=False) on `list` with the arguments of a
// call (`args`/`kwnames` as a MethodFn gets them); sorted() uses it too.
// TypeError for positional or unknown arguments. Returns 0 or -1.
int list_sort_call(Vm *vm, Obj *list, Obj *const *args, size_t nargs, Obj *kwnames);

// A new tuple with the list's items.
NEWREF Obj *list_as_tuple(Vm *vm, Obj *list);

#endif
