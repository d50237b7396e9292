/* alloc.c: where objects are born and freed. obj_new / obj_new_container
 * allocate through memory/mem.c (containers with their GcHead in front and
 * counted toward the automatic collection), obj_free returns the memory and
 * keeps the live-object count for the leak check. obj_dealloc (finalizer,
 * trashcan) lives in object.c, as object.h says. */
#include "objects/alloc.h"

#include <string.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "objects/exc.h"
#include "objects/runtime.h"
#include "objects/str.h"

size_t obj_live_objects;

Obj *obj_new_uninit(Vm *vm, TypeObj *type, size_t size) {
    OURO_UNUSED(vm);
    Obj *o = mem_alloc_fast(size < sizeof(Obj) ? sizeof(Obj) : size);
    if (o == NULL) {
        return NULL; // the OOM hook raised MemoryError
    }
    o->refcnt = 1;
    o->type = type;
    obj_live_objects++;
    return o;
}

Obj *obj_new(Vm *vm, TypeObj *type, size_t size) {
    Obj *o = obj_new_uninit(vm, type, size);
    if (o != NULL && size > sizeof(Obj)) {
        memset((char *)o + sizeof(Obj), 0, size - sizeof(Obj));
    }
    return o;
}

// obj_new_container and obj_new_container_uninit: the head and, when
// `zero`, the body are zeroed.
static inline Obj *new_container(Vm *vm, TypeObj *type, size_t size, bool zero) {
    if (vm == NULL) {
        vm = rt_vm;
    }
    GcState *st = vm != NULL ? vm->gc : NULL;
    size_t total;
    if (size < sizeof(Obj)) {
        size = sizeof(Obj);
    }
    if (!mem_add_ok(size, sizeof(GcHead), &total)) {
        return err_nomemory(vm);
    }
    // Count first and collect before the object exists: the collector
    // never sees a half-built new object, and CPython's numbers match
    // (the 701st container allocation triggers generation 0).
    if (st != NULL && ++st->count[0] > st->threshold[0]) {
        gc_maybe_collect(vm); // it checks the rest (enabled, running, threshold 0)
    }
    GcHead *g = mem_alloc_fast(total);
    if (OURO_UNLIKELY(g == NULL)) {
        if (st != NULL && st->count[0] > 0) {
            st->count[0]--;
        }
        return NULL;
    }
    if (zero) {
        memset(g, 0, total);
    } else {
        g->next = 0; // untracked, no flags
        g->prev = 0;
    }
    Obj *o = gc_obj(g);
    o->refcnt = 1;
    o->type = type;
    obj_live_objects++;
    if (st != NULL && (type->flags & TYPE_FLAG_GC)) {
        gc_track_new(st, o); // a fresh, untracked heap object: gc_track's other checks hold
    }
    return o;
}

Obj *obj_new_container(Vm *vm, TypeObj *type, size_t size) {
    return new_container(vm, type, size, true);
}

Obj *obj_new_container_uninit(Vm *vm, TypeObj *type, size_t size) {
    return new_container(vm, type, size, false);
}

void obj_free(Obj *o) {
    TypeObj *type = o->type;
    if (type->flags & TYPE_FLAG_GC) {
        if (gc_head(o)->next != 0) {
            gc_untrack(o); // normally done by the dealloc already
        }
        GcState *st = rt_vm != NULL ? rt_vm->gc : NULL;
        if (st != NULL && st->count[0] > 0) {
            st->count[0]--;
        }
        mem_free_fast(gc_head(o));
    } else {
        mem_free_fast(o);
    }
    obj_live_objects--;
}

NEWREF Obj *obj_new_from_empty_list(Vm *vm, TypeObj *type, ObjFreeList *fl) {
    return obj_new_uninit(vm, type, fl->size);
}

void obj_free_past_list(Obj *o) {
    obj_live_objects--;
    mem_free(o);
}

size_t obj_live_count(void) {
    return obj_live_objects;
}

typedef struct TypeTally {
    const TypeObj *type;
    size_t count;
} TypeTally;

size_t obj_live_report(FILE *out) {
    enum { MAX_TYPES = 64 };
    TypeTally tally[MAX_TYPES];
    size_t ntypes = 0, tracked = 0, other_types = 0;
    GcState *st = rt_vm != NULL ? rt_vm->gc : NULL;
    for (int i = 0; st != NULL && i <= GC_GENERATIONS; i++) {
        GcHead *l = i < GC_GENERATIONS ? &st->gens[i] : &st->permanent;
        for (GcHead *g = gc_link_next(l); g != l; g = gc_link_next(g)) {
            const TypeObj *t = gc_obj(g)->type;
            size_t k = 0;
            while (k < ntypes && tally[k].type != t) {
                k++;
            }
            if (k == ntypes) {
                if (ntypes == MAX_TYPES) {
                    other_types++;
                    tracked++;
                    continue;
                }
                tally[ntypes++] = (TypeTally){t, 0};
            }
            tally[k].count++;
            tracked++;
        }
    }
    for (size_t k = 0; k < ntypes; k++) {
        const TypeObj *t = tally[k].type;
        const char *name = t->name != NULL       ? t->name
                           : t->name_obj != NULL ? str_cstr(t->name_obj)
                                                 : "?";
        fprintf(out, "  %zu %s\n", tally[k].count, name);
    }
    if (other_types > 0) {
        fprintf(out, "  %zu of further types\n", other_types);
    }
    if (obj_live_objects > tracked) {
        fprintf(out, "  %zu atomic or untracked objects\n", obj_live_objects - tracked);
    }
    return obj_live_objects;
}
