/* iter.h: the layouts of the list and range iterators, shared with the
 * dispatch loop so that FOR_ITER can take their next item in line. Their
 * types and behaviour live in iterobject.c and range.c. */
#ifndef OURO_ITER_H
#define OURO_ITER_H

#include "list.h"
#include "list_impl.h"
#include "misc.h"
#include "object.h"

// iter(list), reversed(list), iter(tuple), and the __getitem__ protocol:
// `seq` is released (set to NULL) once the iterator is exhausted, as in
// CPython, so an exhausted iterator stays exhausted even if the sequence
// grows.
typedef struct SeqIterObj {
    Obj head;
    Obj *seq;
    int64_t index;
} SeqIterObj;

// iter(range(...)) within int64: plain C counters, no references.
typedef struct RangeIterObj {
    Obj head;
    int64_t next;
    int64_t step;
    uint64_t left;
} RangeIterObj;

// The next item of `it` (new reference) when it is a list iterator with an
// item left or a range iterator whose next value is a small int; NULL when
// the iterator's own `iternext` must answer (another type, the end, a
// value past the small ints). Never fails.
static inline NEWREF Obj *iter_next_inline(Obj *it) {
    if (it->type == &listiter_type) {
        SeqIterObj *s = (SeqIterObj *)it;
        ListObj *l = (ListObj *)s->seq;
        if (l != NULL && (uint64_t)s->index < l->len) {
            return obj_newref(l->items[s->index++]);
        }
    } else if (it->type == &rangeiter_type) {
        RangeIterObj *r = (RangeIterObj *)it;
        int64_t v = r->next;
        if (r->left != 0 && SMALLINT_FITS(v)) {
            r->left--;
            r->next = (int64_t)((uint64_t)v + (uint64_t)r->step);
            return SMALLINT_FROM(v);
        }
    }
    return NULL;
}

#endif
