/* suggest.c: "Did you mean" for AttributeError and NameError. The search
 * follows CPython 3.11's rules so that the same names are suggested: an
 * edit distance over the UTF-8 bytes where inserting, deleting or
 * replacing a byte costs 2 and changing only an ASCII letter's case costs
 * 1; a candidate qualifies within a third of the bytes involved and must
 * beat the best so far; names over 40 bytes (after the common prefix and
 * suffix are dropped) and lists of 750 candidates or more are not searched. */
#include "objects/suggest.h"

#include <stdint.h>
#include <string.h>

#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

enum {
    EDIT_COST = 2,
    CASE_COST = 1,
    MAX_NAME_BYTES = 40,
    MAX_CANDIDATES = 750,
};

static char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static size_t replace_cost(char a, char b) {
    if (a == b) {
        return 0;
    }
    return ascii_lower(a) == ascii_lower(b) ? CASE_COST : EDIT_COST;
}

// The edit distance between a[:na] and b[:nb], or any value above `limit`
// once it is certain to exceed it.
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t limit) {
    while (na > 0 && nb > 0 && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * EDIT_COST;
    }
    if (na > MAX_NAME_BYTES || nb > MAX_NAME_BYTES) {
        return limit + 1;
    }
    if (na > nb) { // the row runs along the shorter one
        const char *t = a;
        a = b, b = t;
        size_t n = na;
        na = nb, nb = n;
    }
    if ((nb - na) * EDIT_COST > limit) {
        return limit + 1;
    }
    // row[i]: the cost of turning b's prefix so far into a[:i + 1].
    size_t row[MAX_NAME_BYTES];
    for (size_t i = 0; i < na; i++) {
        row[i] = (i + 1) * EDIT_COST;
    }
    size_t left = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * EDIT_COST;
        size_t best_in_row = SIZE_MAX;
        left = (j + 1) * EDIT_COST;
        for (size_t i = 0; i < na; i++) {
            size_t up = row[i];
            size_t cost = diag + replace_cost(b[j], a[i]);
            size_t step = (left < up ? left : up) + EDIT_COST;
            left = cost < step ? cost : step;
            diag = up;
            row[i] = left;
            if (left < best_in_row) {
                best_in_row = left;
            }
        }
        if (best_in_row > limit) {
            return limit + 1;
        }
    }
    return left;
}

// The best of the `n` candidate names in `items` for `name`, or NULL. A
// candidate that is not a str ends the search without a suggestion, as in
// CPython.
static Obj *closest(Obj *name, Obj *const *items, size_t n) {
    if (n >= MAX_CANDIDATES) {
        return NULL;
    }
    const char *ns = str_cstr(name);
    size_t nn = str_size(name);
    Obj *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        Obj *item = items[i];
        if (!str_check(item)) {
            return NULL;
        }
        size_t in = str_size(item);
        if (in == nn && memcmp(str_cstr(item), ns, nn) == 0) {
            continue;
        }
        size_t limit = (nn + in + 3) * EDIT_COST / 6;
        if (best != NULL && best_distance - 1 < limit) {
            limit = best_distance - 1;
        }
        size_t d = edit_distance(ns, nn, str_cstr(item), in, limit);
        if (d <= limit && (best == NULL || d < best_distance)) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

// The closest of a list's items (a new reference), or NULL.
static Obj *closest_in_list(Obj *name, Obj *list) {
    Obj *r = closest(name, ((ListObj *)list)->items, list_len(list));
    return r != NULL ? obj_newref(r) : NULL;
}

// The closest key of dict `d`, in its order (a new reference), or NULL.
static Obj *closest_key(Vm *vm, Obj *name, Obj *d) {
    Obj *keys = list_from_iterable(vm, d);
    if (keys == NULL) {
        return NULL;
    }
    Obj *r = closest_in_list(name, keys);
    obj_decref(keys);
    return r;
}

static Obj *for_attribute_error(Vm *vm, Obj *exc) {
    Obj *name = exc_get_attr(vm, exc, "name");
    Obj *obj = exc_get_attr(vm, exc, "obj");
    if (name == NULL || obj == NULL || !str_check(name)) {
        return NULL;
    }
    Obj *key = str_intern_cstr(vm, "dir");
    Obj *dir = key != NULL ? dict_get_borrow(vm, vm->builtins, key) : NULL;
    Obj *names = dir != NULL ? obj_call1(vm, dir, obj) : NULL;
    if (names == NULL || obj_type(names) != &list_type) {
        obj_xdecref(names);
        return NULL;
    }
    Obj *r = closest_in_list(name, names);
    obj_decref(names);
    return r;
}

static Obj *for_name_error(Vm *vm, Obj *exc) {
    Obj *name = exc_get_attr(vm, exc, "name");
    Obj *scope = ((ExcObj *)exc)->scope;
    if (name == NULL || obj_type(name) != &str_type || scope == NULL) {
        return NULL;
    }
    Obj *varnames = tuple_get_borrow(scope, 0);
    Obj *r = closest(name, ((TupleObj *)varnames)->items, tuple_len(varnames));
    if (r != NULL) {
        return obj_newref(r);
    }
    for (size_t i = 1; i < 3 && r == NULL; i++) {
        Obj *d = tuple_get_borrow(scope, i);
        if (obj_is_instance(d, &dict_type)) {
            r = closest_key(vm, name, d);
        }
    }
    return r;
}

NEWREF Obj *suggest_for_exception(Vm *vm, Obj *exc) {
    Obj *saved = vm->exc;
    vm->exc = NULL;
    Obj *r = NULL;
    if (obj_is_instance(exc, &exc_AttributeError)) {
        r = for_attribute_error(vm, exc);
    } else if (obj_is_instance(exc, &exc_NameError)) {
        r = for_name_error(vm, exc);
    }
    err_clear(vm);
    vm->exc = saved;
    return r;
}
