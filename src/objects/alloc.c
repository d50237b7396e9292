/* alloc.c: where objects are born and freed. obj_new / obj_new_container
 * allocate through memory/mem.c (containers with their GcHead in front and
 * counted toward the automatic collection), obj_free returns the memory and
 * keeps the live-object count for the leak check. obj_dealloc (finalizer,
 * trashcan) lives in object.c, as object.h says. */
#include "objects/alloc.h"

#include <malloc.h>
#include <string.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "objects/exc.h"
#include "objects/runtime.h"
#include "objects/str.h"

static size_t live_objects;

// ---------------------------------------------------------------------------
// Recycled small blocks. Objects are born and freed at a high rate (frames'
// functions and cells, instances, tuples, bound methods), and a trip through
// malloc, free and memory/'s accounting costs more than the object's own
// work. Freed blocks of up to POOL_MAX_USABLE usable bytes wait in a list
// per C-library size class (usable sizes 24, 40, 56, ...: glibc's) for the
// next object of that class; each list holds at most POOL_DEPTH blocks, so
// the memory kept back stays small and a big release still reaches the
// C library (and the operating system). Pooled blocks are still allocated
// blocks for memory/, as in CPython's free lists.
// ---------------------------------------------------------------------------
#define POOL_MIN_USABLE 24
#define POOL_CLASSES    16
#define POOL_MAX_USABLE (POOL_MIN_USABLE + 16 * (POOL_CLASSES - 1))
#define POOL_DEPTH      2048

static void *pool_head[POOL_CLASSES];
static uint32_t pool_count[POOL_CLASSES];

// The class whose every block holds `size` bytes (POOL_CLASSES: too big).
static inline size_t pool_class_for(size_t size) {
    if (size <= POOL_MIN_USABLE) {
        return 0;
    }
    size_t k = (size - POOL_MIN_USABLE + 15) / 16;
    return k < POOL_CLASSES ? k : POOL_CLASSES;
}

// A block of at least `size` bytes, not zeroed: pooled or new.
static void *block_get(size_t size) {
    size_t k = pool_class_for(size);
    if (k < POOL_CLASSES && pool_head[k] != NULL) {
        void *p = pool_head[k];
        pool_head[k] = *(void **)p;
        pool_count[k]--;
        return p;
    }
    return mem_alloc(size);
}

// Gives `p` (from block_get or memory/) back: to its class's pool when
// there is room, else to memory/.
static void block_put(void *p) {
    size_t usable = malloc_usable_size(p);
    if (usable >= POOL_MIN_USABLE && usable <= POOL_MAX_USABLE + 15) {
        size_t k = (usable - POOL_MIN_USABLE) / 16; // every block of class k holds 24 + 16k
        if (k < POOL_CLASSES && pool_count[k] < POOL_DEPTH) {
            *(void **)p = pool_head[k];
            pool_head[k] = p;
            pool_count[k]++;
            return;
        }
    }
    mem_free(p);
}

Obj *obj_new(Vm *vm, TypeObj *type, size_t size) {
    OURO_UNUSED(vm);
    if (size < sizeof(Obj)) {
        size = sizeof(Obj);
    }
    Obj *o = block_get(size);
    if (o == NULL) {
        return NULL; // the OOM hook raised MemoryError
    }
    memset((char *)o + sizeof(Obj), 0, size - sizeof(Obj));
    o->refcnt = 1;
    o->type = type;
    live_objects++;
    return o;
}

Obj *obj_new_container(Vm *vm, TypeObj *type, size_t size) {
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
    GcHead *g = block_get(total);
    if (g != NULL) {
        memset(g, 0, total);
    } else {
        if (st != NULL && st->count[0] > 0) {
            st->count[0]--;
        }
        return NULL;
    }
    Obj *o = gc_obj(g);
    o->refcnt = 1;
    o->type = type;
    live_objects++;
    if (st != NULL && (type->flags & TYPE_FLAG_GC)) {
        gc_track_new(st, o); // a fresh, untracked heap object: gc_track's other checks hold
    }
    return o;
}

void obj_free(Obj *o) {
    TypeObj *type = o->type;
    if (type->flags & TYPE_FLAG_GC) {
        if (gc_head(o)->flags & GC_FLAG_TRACKED) {
            gc_untrack(o); // normally done by the dealloc already
        }
        GcState *st = rt_vm != NULL ? rt_vm->gc : NULL;
        if (st != NULL && st->count[0] > 0) {
            st->count[0]--;
        }
        block_put(gc_head(o));
    } else {
        block_put(o);
    }
    live_objects--;
}

NEWREF Obj *obj_new_from_list(Vm *vm, TypeObj *type, ObjFreeList *fl) {
    Obj *o = fl->head;
    if (o == NULL) {
        OURO_UNUSED(vm);
        o = mem_alloc(fl->size);
        if (o == NULL) {
            return NULL; // the OOM hook raised MemoryError
        }
    } else {
        fl->head = *(void **)o;
        fl->count--;
    }
    o->refcnt = 1;
    o->type = type;
    live_objects++;
    return o;
}

void obj_free_to_list(Obj *o, ObjFreeList *fl) {
    live_objects--;
    if (fl->count >= OBJ_FREELIST_MAX) {
        mem_free(o);
        return;
    }
    *(void **)o = fl->head;
    fl->head = o;
    fl->count++;
}

size_t obj_live_count(void) {
    return live_objects;
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
        for (GcHead *g = l->next; g != l; g = g->next) {
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
    if (live_objects > tracked) {
        fprintf(out, "  %zu atomic or untracked objects\n", live_objects - tracked);
    }
    return live_objects;
}
