/* bytes_methods.c: the searching and splitting methods shared by bytes and
 * bytearray (find, count, index, replace, split, join, strip, partition,
 * startswith, ...). Each works on the octets of `self` and returns a result
 * of self's kind. */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "bytes_impl.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "misc.h"
#include "runtime.h"
#include "strimpl.h"
#include "tuple.h"

void bytesimpl_self(const Obj *self, const char **data, size_t *len) {
    bytes_like_view(self, data, len);
}

const char *bytesimpl_qualify(const Obj *self, const char *fname, char *buf, size_t size) {
    snprintf(buf, size, "%s.%s", bytearray_check(self) ? "bytearray" : "bytes", fname);
    return buf;
}

// Argument count of the (sub[, start[, end]]) methods, worded as CPython's
// "find() takes at least 1 argument (0 given)". 0 or -1.
static int sub_count_check(Vm *vm, const char *name, size_t nargs, Obj *kwnames) {
    if (nargs >= 1 && nargs <= 3) {
        return args_check(vm, name, nargs, kwnames, 1, 3);
    }
    err_raise(vm, &exc_TypeError, "%s() takes at %s (%zu given)", name,
              nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
    return -1;
}

// Whitespace as bytes.isspace defines it (ASCII only).
static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char bound_msg[] = "slice indices must be integers or None or have an __index__ "
                                "method";

// Converts optional start/end arguments (None = absent) to offsets into
// `len` octets, as str.find does: negative values count from the end, the
// end is clamped to `len`. 0 or -1.
static int range_args(Vm *vm, Obj *start_o, Obj *end_o, size_t len, int64_t *start, int64_t *end) {
    int64_t n = (int64_t)len;
    *start = 0;
    *end = n;
    if (start_o != NULL && start_o != OBJ_NONE && slice_bound(vm, start_o, bound_msg, start) < 0) {
        return -1;
    }
    if (end_o != NULL && end_o != OBJ_NONE && slice_bound(vm, end_o, bound_msg, end) < 0) {
        return -1;
    }
    if (*start < 0) {
        *start = *start + n < 0 ? 0 : *start + n;
    }
    if (*end < 0) {
        *end = *end + n < 0 ? 0 : *end + n;
    } else if (*end > n) {
        *end = n;
    }
    return 0;
}

// Self's octets and the optional start/end in args[1], args[2]. The octets
// are read after the bounds, whose __index__ may have resized a bytearray.
static int self_range(Vm *vm, Obj *self, Obj *const *args, size_t nargs, const char **d, size_t *n,
                      int64_t *start, int64_t *end) {
    bytesimpl_self(self, d, n);
    if (range_args(vm, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, *n, start, end) <
        0) {
        return -1;
    }
    bytesimpl_self(self, d, n);
    if (*end > (int64_t)*n) {
        *end = (int64_t)*n;
    }
    return 0;
}

// The needle of find/count/index: a bytes-like object or one byte value
// (stored in `byte`). 0 or -1 with CPython's TypeError.
static int needle_arg(Vm *vm, Obj *o, const char **sub, size_t *n, char *byte) {
    if (bytes_like_view(o, sub, n)) {
        return 0;
    }
    if (!int_check(o) && obj_type(o)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                  obj_type_name(o));
        return -1;
    }
    unsigned char c;
    if (bytesimpl_byte_value(vm, o, "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    *byte = (char)c;
    *sub = byte;
    *n = 1;
    return 0;
}

// Parses (sub[, start[, end]]) and searches; returns the offset found, -1
// when absent, -2 on error. `mode` 'f' = first, 'r' = last.
static int64_t search(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                      Obj *kwnames, char mode) {
    const char *d, *sub;
    size_t n, sn;
    char byte;
    int64_t start, end;
    if (sub_count_check(vm, name, nargs, kwnames) < 0 ||
        needle_arg(vm, args[0], &sub, &sn, &byte) < 0) {
        return -2;
    }
    if (self_range(vm, self, args, nargs, &d, &n, &start, &end) < 0) {
        return -2;
    }
    if (start > end || start > (int64_t)n) {
        return -1;
    }
    const char *h = d + start;
    size_t hn = (size_t)(end - start);
    const char *p = mode == 'r' ? bytes_rfind(h, hn, sub, sn) : bytes_find(h, hn, sub, sn);
    return p == NULL ? -1 : (int64_t)(p - d);
}

static Obj *find_result(Vm *vm, int64_t r, bool raise) {
    if (r == -2) {
        return NULL;
    }
    if (r < 0 && raise) {
        return err_raise(vm, &exc_ValueError, "subsection not found");
    }
    return int_from_i64(vm, r);
}

Obj *bytes_py_find(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_result(vm, search(vm, "find", self, args, nargs, kwnames, 'f'), false);
}
Obj *bytes_py_rfind(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_result(vm, search(vm, "rfind", self, args, nargs, kwnames, 'r'), false);
}
Obj *bytes_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_result(vm, search(vm, "index", self, args, nargs, kwnames, 'f'), true);
}
Obj *bytes_py_rindex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_result(vm, search(vm, "rindex", self, args, nargs, kwnames, 'r'), true);
}

// Non-overlapping occurrences of `sub` in `h`; an empty `sub` matches
// between every two octets and at both ends.
static size_t count_in(const char *h, size_t hn, const char *sub, size_t sn, size_t max) {
    if (sn == 0) {
        return hn + 1 < max ? hn + 1 : max;
    }
    size_t count = 0;
    const char *p;
    while (count < max && (p = bytes_find(h, hn, sub, sn)) != NULL) {
        count++;
        hn -= (size_t)(p - h) + sn;
        h = p + sn;
    }
    return count;
}

Obj *bytes_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *d, *sub;
    size_t n, sn;
    char byte;
    int64_t start, end;
    if (sub_count_check(vm, "count", nargs, kwnames) < 0 ||
        needle_arg(vm, args[0], &sub, &sn, &byte) < 0) {
        return NULL;
    }
    if (self_range(vm, self, args, nargs, &d, &n, &start, &end) < 0) {
        return NULL;
    }
    if (start > end || start > (int64_t)n) {
        return int_from_i64(vm, 0);
    }
    return int_from_u64(vm, count_in(d + start, (size_t)(end - start), sub, sn, SIZE_MAX));
}

Obj *bytes_py_replace(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *d, *old, *rep;
    size_t n, on, rn;
    int64_t max = -1;
    if (args_check(vm, "replace", nargs, kwnames, 2, 3) < 0 ||
        bytesimpl_need_view(vm, args[0], &old, &on) < 0 ||
        bytesimpl_need_view(vm, args[1], &rep, &rn) < 0 ||
        (nargs > 2 && obj_as_ssize(vm, args[2], &max) < 0)) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    size_t limit = max < 0 ? SIZE_MAX : (size_t)max;
    StrBuf b;
    strbuf_init(&b);
    size_t i = 0, done = 0;
    while (done < limit) {
        const char *p;
        if (on == 0) {
            // An empty pattern inserts `rep` before every octet and at the end.
            if (i > n) {
                break;
            }
            p = d + i;
        } else if ((p = bytes_find(d + i, n - i, old, on)) == NULL) {
            break;
        }
        size_t at = (size_t)(p - d);
        if (strbuf_append(&b, d + i, at - i) < 0 || strbuf_append(&b, rep, rn) < 0) {
            goto fail;
        }
        if (on == 0) {
            if (at < n && strbuf_append_char(&b, d[at]) < 0) {
                goto fail;
            }
            i = at + 1;
        } else {
            i = at + on;
        }
        done++;
    }
    if (i < n && strbuf_append(&b, d + i, n - i) < 0) {
        goto fail;
    }
    return bytesimpl_finish(vm, self, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

// ---------------------------------------------------------------------------
// split / rsplit / join / splitlines.
// ---------------------------------------------------------------------------

static int append_part(Vm *vm, Obj *list, const Obj *like, const char *p, size_t n) {
    Obj *part = bytesimpl_make(vm, like, p, n);
    if (part == NULL) {
        return -1;
    }
    return list_append_steal(vm, list, part);
}

// Whitespace splitting from the left (`rev` false) or right, as str.split().
static int split_ws(Vm *vm, Obj *list, const Obj *like, const char *d, size_t n, int64_t max,
                    bool rev) {
    size_t i = 0, j = n;
    int64_t done = 0;
    while (true) {
        if (!rev) {
            while (i < n && is_space((unsigned char)d[i])) {
                i++;
            }
            if (i == n) {
                return 0;
            }
            size_t k = i;
            while (k < n && (done == max || !is_space((unsigned char)d[k]))) {
                k++;
            }
            if (append_part(vm, list, like, d + i, k - i) < 0) {
                return -1;
            }
            i = k;
        } else {
            while (j > 0 && is_space((unsigned char)d[j - 1])) {
                j--;
            }
            if (j == 0) {
                return 0;
            }
            size_t k = j;
            while (k > 0 && (done == max || !is_space((unsigned char)d[k - 1]))) {
                k--;
            }
            if (append_part(vm, list, like, d + k, j - k) < 0) {
                return -1;
            }
            j = k;
        }
        done++;
    }
}

static int split_sep(Vm *vm, Obj *list, const Obj *like, const char *d, size_t n, const char *sep,
                     size_t sn, int64_t max, bool rev) {
    size_t lo = 0, hi = n;
    for (int64_t done = 0; max < 0 || done < max; done++) {
        const char *p =
            rev ? bytes_rfind(d + lo, hi - lo, sep, sn) : bytes_find(d + lo, hi - lo, sep, sn);
        if (p == NULL) {
            break;
        }
        size_t at = (size_t)(p - d);
        int rc = rev ? append_part(vm, list, like, d + at + sn, hi - at - sn)
                     : append_part(vm, list, like, d + lo, at - lo);
        if (rc < 0) {
            return -1;
        }
        if (rev) {
            hi = at;
        } else {
            lo = at + sn;
        }
    }
    return append_part(vm, list, like, d + lo, hi - lo);
}

static Obj *split_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool rev) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Obj *bound[2] = {NULL, NULL};
    const char *d, *sep = NULL;
    size_t n, sn = 0;
    int64_t max = -1;
    if (args_bind(vm, name, args, nargs, kwnames, names, 2, 0, bound) < 0 ||
        (bound[1] != NULL && obj_as_ssize(vm, bound[1], &max) < 0)) {
        return NULL;
    }
    if (bound[0] != NULL && bound[0] != OBJ_NONE) {
        if (bytesimpl_need_view(vm, bound[0], &sep, &sn) < 0) {
            return NULL;
        }
        if (sn == 0) {
            return err_raise(vm, &exc_ValueError, "empty separator");
        }
    }
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    int rc = sep == NULL ? split_ws(vm, list, self, d, n, max, rev)
                         : split_sep(vm, list, self, d, n, sep, sn, max, rev);
    // rsplit collected its parts right to left; swapping slots keeps counts.
    for (size_t i = 0, n2 = rc == 0 && rev ? list_len(list) : 0; i < n2 / 2; i++) {
        Obj *a = list_get_borrow(list, i);
        list_set_steal(list, i, list_get_borrow(list, n2 - 1 - i));
        list_set_steal(list, n2 - 1 - i, a);
    }
    if (rc < 0) {
        obj_decref(list);
        return NULL;
    }
    return list;
}

Obj *bytes_py_split(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return split_common(vm, "split", self, args, nargs, kwnames, false);
}
Obj *bytes_py_rsplit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return split_common(vm, "rsplit", self, args, nargs, kwnames, true);
}

Obj *bytes_py_splitlines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Obj *bound[1] = {NULL};
    const char *d;
    size_t n;
    if (args_bind(vm, "splitlines", args, nargs, kwnames, names, 1, 0, bound) < 0) {
        return NULL;
    }
    int keep = bound[0] == NULL ? 0 : obj_is_true(vm, bound[0]);
    Obj *list = keep < 0 ? NULL : list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') {
            j++;
        }
        size_t eol = j;
        if (j < n) {
            j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        }
        if (append_part(vm, list, self, d + i, (keep ? j : eol) - i) < 0) {
            obj_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

// sep.join(iterable): items must be bytes-like ("sequence item 1: expected
// a bytes-like object, str found").
Obj *bytes_py_join(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    char qn[32];
    if (args_check(vm, bytesimpl_qualify(self, "join", qn, sizeof qn), nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (obj_type(args[0])->iter == NULL && obj_type(args[0])->getitem == NULL) {
        return err_raise(vm, &exc_TypeError, "can only join an iterable");
    }
    Obj *items = list_from_iterable(vm, args[0]);
    if (items == NULL) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    const char *sep;
    size_t sn;
    for (size_t i = 0; i < list_len(items); i++) {
        const char *d;
        size_t n;
        Obj *item = list_get_borrow(items, i);
        if (!bytes_like_view(item, &d, &n)) {
            err_raise(vm, &exc_TypeError,
                      "sequence item %zu: expected a bytes-like object, %s found", i,
                      obj_type_name(item));
            goto fail;
        }
        bytesimpl_self(self, &sep, &sn);
        if ((i > 0 && strbuf_append(&b, sep, sn) < 0) || strbuf_append(&b, d, n) < 0) {
            goto fail;
        }
    }
    obj_decref(items);
    return bytesimpl_finish(vm, self, &b);
fail:
    obj_decref(items);
    strbuf_free(&b);
    return NULL;
}

// ---------------------------------------------------------------------------
// strip / partition / startswith / removeprefix.
// ---------------------------------------------------------------------------

// `how`: 'l', 'r' or 'b' (both ends).
static Obj *strip_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, char how) {
    const char *d, *chars = NULL;
    size_t n, cn = 0;
    if (args_check(vm, name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs > 0 && args[0] != OBJ_NONE && bytesimpl_need_view(vm, args[0], &chars, &cn) < 0) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    size_t i = 0, j = n;
#define STRIPPED(c) (chars == NULL ? is_space((unsigned char)(c)) : memchr(chars, (c), cn) != NULL)
    if (how != 'r') {
        while (i < j && STRIPPED(d[i])) {
            i++;
        }
    }
    if (how != 'l') {
        while (j > i && STRIPPED(d[j - 1])) {
            j--;
        }
    }
#undef STRIPPED
    if (i == 0 && j == n && obj_type(self) == &bytes_type) {
        return obj_newref(self);
    }
    return bytesimpl_make(vm, self, d + i, j - i);
}

Obj *bytes_py_strip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "strip", self, args, nargs, kwnames, 'b');
}
Obj *bytes_py_lstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "lstrip", self, args, nargs, kwnames, 'l');
}
Obj *bytes_py_rstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "rstrip", self, args, nargs, kwnames, 'r');
}

static Obj *partition_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames, bool rev) {
    const char *d, *sep;
    size_t n, sn;
    Obj *parts[3] = {NULL, NULL, NULL};
    char qn[32];
    if (args_check(vm, bytesimpl_qualify(self, name, qn, sizeof qn), nargs, kwnames, 1, 1) < 0 ||
        bytesimpl_need_view(vm, args[0], &sep, &sn) < 0) {
        return NULL;
    }
    if (sn == 0) {
        return err_raise(vm, &exc_ValueError, "empty separator");
    }
    bytesimpl_self(self, &d, &n);
    const char *p = rev ? bytes_rfind(d, n, sep, sn) : bytes_find(d, n, sep, sn);
    if (p == NULL) {
        // Not found: (self, b'', b'') or (b'', b'', self) for rpartition.
        parts[rev ? 2 : 0] = bytesimpl_make(vm, self, d, n);
        parts[1] = bytesimpl_make(vm, self, "", 0);
        parts[rev ? 0 : 2] = bytesimpl_make(vm, self, "", 0);
    } else {
        size_t at = (size_t)(p - d);
        parts[0] = bytesimpl_make(vm, self, d, at);
        parts[1] = bytesimpl_make(vm, self, sep, sn);
        parts[2] = bytesimpl_make(vm, self, d + at + sn, n - at - sn);
    }
    Obj *t = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL) {
        t = tuple_pack(vm, 3, parts);
    }
    for (int i = 0; i < 3; i++) {
        obj_xdecref(parts[i]);
    }
    return t;
}

Obj *bytes_py_partition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common(vm, "partition", self, args, nargs, kwnames, false);
}
Obj *bytes_py_rpartition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common(vm, "rpartition", self, args, nargs, kwnames, true);
}

// One prefix/suffix test of self[start:end]; `at_end` for endswith.
static int affix_match(Vm *vm, const char *name, Obj *o, const char *h, size_t hn, bool at_end) {
    const char *p;
    size_t pn;
    if (!bytes_like_view(o, &p, &pn)) {
        err_raise(vm, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                  name, obj_type_name(o));
        return -1;
    }
    if (pn > hn) {
        return 0;
    }
    return memcmp(at_end ? h + hn - pn : h, p, pn) == 0;
}

static Obj *affix_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool at_end) {
    const char *d;
    size_t n;
    int64_t start, end;
    if (sub_count_check(vm, name, nargs, kwnames) < 0) {
        return NULL;
    }
    if (self_range(vm, self, args, nargs, &d, &n, &start, &end) < 0) {
        return NULL;
    }
    // An empty range (end before start) matches nothing, not even b''.
    if (start > (int64_t)n || end < start) {
        return obj_newref(OBJ_FALSE);
    }
    size_t hn = (size_t)(end - start);
    if (!tuple_check(args[0])) {
        int rc = affix_match(vm, name, args[0], d + start, hn, at_end);
        return rc < 0 ? NULL : obj_newref(obj_bool(rc));
    }
    for (size_t i = 0; i < tuple_len(args[0]); i++) {
        int rc = affix_match(vm, name, tuple_get_borrow(args[0], i), d + start, hn, at_end);
        if (rc != 0) {
            return rc < 0 ? NULL : obj_newref(OBJ_TRUE);
        }
    }
    return obj_newref(OBJ_FALSE);
}

Obj *bytes_py_startswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common(vm, "startswith", self, args, nargs, kwnames, false);
}
Obj *bytes_py_endswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common(vm, "endswith", self, args, nargs, kwnames, true);
}

static Obj *remove_affix(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool at_end) {
    const char *d, *p;
    size_t n, pn;
    char qn[32];
    if (args_check(vm, bytesimpl_qualify(self, name, qn, sizeof qn), nargs, kwnames, 1, 1) < 0 ||
        bytesimpl_need_view(vm, args[0], &p, &pn) < 0) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    if (pn > 0 && pn <= n && memcmp(at_end ? d + n - pn : d, p, pn) == 0) {
        return bytesimpl_make(vm, self, at_end ? d : d + pn, n - pn);
    }
    if (obj_type(self) == &bytes_type) {
        return obj_newref(self);
    }
    return bytesimpl_make(vm, self, d, n);
}

Obj *bytes_py_removeprefix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return remove_affix(vm, "removeprefix", self, args, nargs, kwnames, false);
}
Obj *bytes_py_removesuffix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return remove_affix(vm, "removesuffix", self, args, nargs, kwnames, true);
}
