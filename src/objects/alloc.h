/* alloc.h: object allocation on top of memory/ (the implementations of
 * obj_new, obj_new_container and obj_free declared in object.h) and the
 * live-object accounting behind -X leakcheck. */
#ifndef OURO_ALLOC_H
#define OURO_ALLOC_H

#include <stdio.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "object.h"
#include "runtime.h"

// Contracts of object.h's allocation functions, as implemented in alloc.c
// (obj_dealloc, with the finalizer and the trashcan, is in object.c):
//
// - obj_new / obj_new_container do not touch the type's refcount: the type
//   system's type_alloc takes the reference to a heap type and
//   subtype_dealloc releases it.
// - obj_new_container is a collection point: it counts the new container
//   toward generation 0's threshold and may run an automatic collection
//   (finalizers included) BEFORE the new object exists, so the collector
//   never sees it half-built. The rule for callers: a tracked object you
//   are still building when you allocate another container must be
//   traversable (NULL slots are fine: traverse functions skip NULL
//   children). Python code (a finalizer) may run there, as in CPython.
// - obj_free untracks if needed, frees the GcHead with the object and
//   decrements generation 0's count, as CPython's PyObject_GC_Del.

// obj_new without the zero fill: only the header is set, and the caller
// must fill every other field. For strs, whose bytes are about to be
// written anyway. NULL with MemoryError pending.
NEWREF Obj *obj_new_uninit(Vm *vm, TypeObj *type, size_t size);

// obj_new_container without the zero fill of the body (the GcHead is set):
// the caller must fill every field before anything can run that might
// traverse the object (a collection, Python code, another allocation).
// For cells, whose one field is set at once. NULL with MemoryError pending.
NEWREF Obj *obj_new_container_uninit(Vm *vm, TypeObj *type, size_t size);

// A freelist of same-sized blocks for one atomic (never tracked) type whose
// objects all have `size` bytes: floats are born and die at a high rate in
// arithmetic, and reusing their blocks skips malloc, free and the
// accounting of memory/. Blocks on the list are still allocated blocks for
// memory/ (as in CPython's float freelist); at most OBJ_FREELIST_MAX wait.
typedef struct ObjFreeList {
    void *head;   // linked through the first word of each free block
    size_t count; // blocks on the list
    size_t size;  // bytes of every object of the type
} ObjFreeList;

#define OBJ_FREELIST_MAX 256

// Heap objects currently allocated through obj_new / obj_new_container and
// the freelists. Only alloc.c and the inline functions below change it.
extern size_t obj_live_objects;

// The slow halves of the two functions below: a new block from memory/
// when the list is empty (NULL with MemoryError pending), and freeing a
// block when the list is full.
NEWREF Obj *obj_new_from_empty_list(Vm *vm, TypeObj *type, ObjFreeList *fl);
void obj_free_past_list(Obj *o);

// obj_new for a type served by `fl`: a block from the list when it has one,
// else a new one. The header is set; the rest is NOT zeroed (the caller
// fills every field). NULL with MemoryError pending. Inline: the float
// arithmetic of the dispatch loop allocates through it.
static inline NEWREF Obj *obj_new_from_list(Vm *vm, TypeObj *type, ObjFreeList *fl) {
    Obj *o = fl->head;
    if (OURO_UNLIKELY(o == NULL)) {
        return obj_new_from_empty_list(vm, type, fl);
    }
    fl->head = *(void **)o;
    fl->count--;
    o->refcnt = 1;
    o->type = type;
    obj_live_objects++;
    return o;
}

// obj_free for an object of a type served by `fl`: keeps the block on the
// list while it holds fewer than OBJ_FREELIST_MAX, else frees it.
static inline void obj_free_to_list(Obj *o, ObjFreeList *fl) {
    if (OURO_UNLIKELY(fl->count >= OBJ_FREELIST_MAX)) {
        obj_free_past_list(o);
        return;
    }
    obj_live_objects--;
    *(void **)o = fl->head;
    fl->head = o;
    fl->count++;
}

// The same for a GC container type whose objects come and go in step with
// calls (functions, cells): `fl->size` is the object's size without the
// GcHead, and the list keeps whole blocks, GcHead included.
// obj_new_container_from_list is obj_new_container_uninit (the same
// collection point and count) that takes a block from `fl` when it has
// one; obj_free_container_to_list is obj_free for an untracked object of
// the list's size. Neither uses the list while allocations are checked
// (a heap limit or injected failures: every allocation must then reach
// memory/) or in sanitizer builds (so that a use after free is caught).
// Inline: closures and their cells are made and dropped on every call of
// the function that makes them.
#if defined(__SANITIZE_ADDRESS__)
#define OBJ_CONTAINER_LISTS 0
#else
#define OBJ_CONTAINER_LISTS 1
#endif

static inline NEWREF Obj *obj_new_container_from_list(Vm *vm, TypeObj *type, ObjFreeList *fl) {
    GcState *st = vm->gc;
    GcHead *g = fl->head;
    // At the threshold, the slow path counts this allocation and collects.
    if (OURO_UNLIKELY(g == NULL || mem_checked || st == NULL || st->count[0] >= st->threshold[0])) {
        return obj_new_container_uninit(vm, type, fl->size);
    }
    st->count[0]++;
    fl->head = *(void **)g;
    fl->count--;
    g->next = 0;
    g->prev = 0;
    Obj *o = gc_obj(g);
    o->refcnt = 1;
    o->type = type;
    obj_live_objects++;
    gc_track_new(st, o);
    return o;
}

static inline void obj_free_container_to_list(Obj *o, ObjFreeList *fl) {
    GcState *st = rt_vm != NULL ? rt_vm->gc : NULL;
    if (OURO_UNLIKELY(!OBJ_CONTAINER_LISTS || fl->count >= OBJ_FREELIST_MAX || mem_checked ||
                      st == NULL)) {
        obj_free(o);
        return;
    }
    if (st->count[0] > 0) {
        st->count[0]--;
    }
    GcHead *g = gc_head(o);
    *(void **)g = fl->head;
    fl->head = g;
    fl->count++;
    obj_live_objects--;
}

// Heap objects currently allocated through obj_new / obj_new_container.
size_t obj_live_count(void);

// Writes the live objects to `out` (stderr for the leak check): one line per
// type name with the count of tracked containers of that type, then the
// number of other live objects (atomic or untracked). Returns the total.
size_t obj_live_report(FILE *out);

#endif
