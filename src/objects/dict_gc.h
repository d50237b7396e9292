/* dict_gc.h: the cycle collector's walk over a DictTable's references with
 * its visitors inline (memory/gc.h), shared by dict objects and by plain
 * instances, whose attribute tables are most of a typical heap's tables. */
#ifndef OURO_DICT_GC_H
#define OURO_DICT_GC_H

#include "../memory/gc.h"
#include "dict.h"

// dict.c's version bit for a table that has held a key other than an exact
// str since it was last emptied (dict.c checks that the two agree). While
// it is clear every key is a str, which no visitor of the collector can
// care about (strs are atomic), so only the values need a visit.
#define DICT_VERSION_OTHER_KEYS 2u

// Runs the collector's visitor `visit` (gc_visit_subtract or
// gc_visit_reach) over the references of `t` in dicttable_traverse's order
// (each value, then its key when keys can be containers) and returns true;
// returns false, having done nothing, for any other visitor.
static inline bool dicttable_collector_walk(const DictTable *t, GcVisitFn visit, void *arg) {
    // Index loops: `entries` may be NULL when the table is empty, and no
    // pointer arithmetic may be done on NULL.
    const DictEntry *entries = t->entries;
    size_t n = t->nentries;
    bool keys_too = (t->version & DICT_VERSION_OTHER_KEYS) != 0;
    if (visit == gc_visit_subtract) {
        uint32_t fold = *(const uint32_t *)arg;
        for (size_t k = 0; k < n; k++) {
            const DictEntry *e = &entries[k];
            if (e->key != NULL) {
                gc_subtract_child(e->value, fold);
                if (keys_too) {
                    gc_subtract_child(e->key, fold);
                }
            }
        }
        return true;
    }
    if (visit == gc_visit_reach) {
        for (size_t k = 0; k < n; k++) {
            const DictEntry *e = &entries[k];
            if (e->key != NULL) {
                gc_reach_child(e->value, arg);
                if (keys_too) {
                    gc_reach_child(e->key, arg);
                }
            }
        }
        return true;
    }
    return false;
}

#endif
