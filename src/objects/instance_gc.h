/* instance_gc.h: the cycle collector's walks over a plain instance (a class
 * deriving from object alone, attributes in the table that ends its layout)
 * with the visitors inline, shared by subtype_traverse and by the
 * collector's own walks (memory/gc.c), which test for these instances
 * first because they are most of a typical heap. */
#ifndef OURO_INSTANCE_GC_H
#define OURO_INSTANCE_GC_H

#include "../memory/gc.h"
#include "dict_gc.h"
#include "typeimpl.h"

// The attribute table of `self` when it is a plain instance whose
// attribute names are all strs (dict_gc.h's version bit), so that only the
// values and the class need a visit; NULL otherwise (another layout, or a
// key that may be a container: subtype_traverse's general path). The
// traverse test first: it rules out every built-in type at once.
static inline const DictTable *instance_plain_table(const Obj *self) {
    const TypeObj *type = self->type;
    if (type->traverse != subtype_traverse || type->base != &object_type ||
        type->attr_inline_max == 0) {
        return NULL;
    }
    const DictTable *t = (const DictTable *)((const char *)self + type->dictoffset);
    return (t->version & DICT_VERSION_OTHER_KEYS) ? NULL : t;
}

// gc_visit_subtract's and gc_visit_reach's bodies over `self`'s references
// (`t` from instance_plain_table): each attribute value, then the class.
// Index loops: `entries` may be NULL when the table is empty, and no
// pointer arithmetic may be done on NULL.
static inline void instance_walk_subtract(const Obj *self, const DictTable *t, uint32_t fold) {
    const DictEntry *entries = t->entries;
    for (size_t k = 0, n = t->nentries; k < n; k++) {
        if (entries[k].key != NULL) {
            gc_subtract_child(entries[k].value, fold);
        }
    }
    gc_subtract_child((Obj *)self->type, fold);
}

static inline void instance_walk_reach(const Obj *self, const DictTable *t, GcReachCtx *ctx) {
    const DictEntry *entries = t->entries;
    for (size_t k = 0, n = t->nentries; k < n; k++) {
        if (entries[k].key != NULL) {
            gc_reach_child(entries[k].value, ctx);
        }
    }
    gc_reach_child((Obj *)self->type, ctx);
}

#endif
