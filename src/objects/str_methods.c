/* str_methods.c: the methods of str (searching, splitting, joining, case
 * mapping, padding, predicates) and the method table. Case mapping and the
 * character classes follow ASCII; other code points are left unchanged
 * (and count as neither letters nor digits), a known gap. str.format and
 * __format__ are in str_format.c. */
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "bytes_impl.h"
#include "bytesobj.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "tuple.h"

// ---------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------
static Obj *empty_str(Vm *vm) {
    return str_from_utf8(vm, "", 0);
}

// TypeError "<what> must be str, not int" unless `o` is a str.
static int need_str(Vm *vm, Obj *o, const char *what) {
    if (str_check(o)) {
        return 0;
    }
    err_raise(vm, &exc_TypeError, "%s must be str, not %s", what, obj_type_name(o));
    return -1;
}

// Resolves optional start/end arguments as slice bounds over `len` code points.
static int slice_bounds(Vm *vm, Obj *so, Obj *eo, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = len;
    Obj *objs[2] = {so, eo};
    int64_t *outs[2] = {start, end};
    for (int i = 0; i < 2; i++) {
        if (objs[i] == NULL || objs[i] == OBJ_NONE) {
            continue;
        }
        if (!int_check(objs[i]) && obj_type(objs[i])->as_int == NULL) {
            err_raise(vm, &exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        int64_t v;
        if (obj_as_ssize(vm, objs[i], &v) < 0) {
            if (!err_matches(vm, &exc_OverflowError)) {
                return -1;
            }
            err_clear(vm);
            v = int_sign(objs[i]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        } else if (v > len && i == 1) {
            v = len; // only the end is clamped: find('', len + 1) is -1
        }
        *outs[i] = v;
    }
    return 0;
}

// Parses (sub[, start[, end]]) for find/index/count/startswith.
static int sub_args(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                    Obj *kwnames, int64_t *start, int64_t *end) {
    if (nargs == 0 && kwnames == NULL) {
        // CPython's wording for these methods differs from args_check's.
        err_raise(vm, &exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (args_check(vm, name, nargs, kwnames, 1, 3) < 0) {
        return -1;
    }
    return slice_bounds(vm, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                        (int64_t)str_len(self), start, end);
}

// ---------------------------------------------------------------------------
// Searching.
// ---------------------------------------------------------------------------

// Code points in the `n` bytes of UTF-8 at `p`.
static size_t cp_count(const char *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        count += ((unsigned char)p[i] & 0xC0) != 0x80;
    }
    return count;
}

// Position (code points) of `sub` in self[start:end], or -1; `last` = rfind.
static int64_t find_in(Obj *self, Obj *sub, int64_t start, int64_t end, bool last) {
    if (start > end || start > (int64_t)str_len(self)) {
        return -1;
    }
    size_t b0 = str_byte_offset(self, (size_t)start);
    size_t b1 = str_byte_offset(self, (size_t)end);
    const char *h = str_cstr(self) + b0;
    const char *p = last ? bytes_rfind(h, b1 - b0, str_cstr(sub), str_size(sub))
                         : bytes_find(h, b1 - b0, str_cstr(sub), str_size(sub));
    if (p == NULL) {
        return -1;
    }
    // Count from the nearer bound (`start` for find, `end` for rfind), not
    // from the beginning: repeated searches that walk through a long
    // non-ASCII text stay linear overall.
    if (((StrObj *)self)->is_ascii) {
        return start + (int64_t)(p - h);
    }
    if (last) {
        return (int64_t)(end < (int64_t)str_len(self) ? end : (int64_t)str_len(self)) -
               (int64_t)cp_count(p, (size_t)(str_cstr(self) + b1 - p));
    }
    return start + (int64_t)cp_count(h, (size_t)(p - h));
}

static Obj *find_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                        Obj *kwnames, bool last, bool raise) {
    int64_t start, end;
    if (sub_args(vm, name, self, args, nargs, kwnames, &start, &end) < 0 ||
        need_str(vm, args[0], "must") < 0) {
        return NULL;
    }
    int64_t r = find_in(self, args[0], start, end, last);
    if (r < 0 && raise) {
        return err_raise(vm, &exc_ValueError, "substring not found");
    }
    return int_from_i64(vm, r);
}

static Obj *str_py_find(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common(vm, "find", self, args, nargs, kwnames, false, false);
}
static Obj *str_py_rfind(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common(vm, "rfind", self, args, nargs, kwnames, true, false);
}
static Obj *str_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common(vm, "index", self, args, nargs, kwnames, false, true);
}
static Obj *str_py_rindex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common(vm, "rindex", self, args, nargs, kwnames, true, true);
}

static Obj *str_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t start, end;
    if (sub_args(vm, "count", self, args, nargs, kwnames, &start, &end) < 0 ||
        need_str(vm, args[0], "must") < 0) {
        return NULL;
    }
    if (start > end || start > (int64_t)str_len(self)) {
        return SMALLINT_FROM(0);
    }
    Obj *sub = args[0];
    if (str_size(sub) == 0) {
        return int_from_i64(vm, end - start + 1);
    }
    size_t b0 = str_byte_offset(self, (size_t)start), b1 = str_byte_offset(self, (size_t)end);
    const char *p = str_cstr(self) + b0, *stop = str_cstr(self) + b1;
    int64_t n = 0;
    while ((p = bytes_find(p, (size_t)(stop - p), str_cstr(sub), str_size(sub))) != NULL) {
        n++;
        p += str_size(sub);
    }
    return int_from_i64(vm, n);
}

static Obj *affix_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool suffix) {
    int64_t start, end;
    if (sub_args(vm, name, self, args, nargs, kwnames, &start, &end) < 0) {
        return NULL;
    }
    Obj *arg = args[0];
    bool is_tuple = tuple_check(arg);
    size_t n = is_tuple ? tuple_len(arg) : 1;
    if (!is_tuple && !str_check(arg)) {
        return err_raise(vm, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, obj_type_name(arg));
    }
    if (start > (int64_t)str_len(self)) {
        return obj_newref(OBJ_FALSE);
    }
    size_t b0 = str_byte_offset(self, (size_t)start);
    size_t b1 = start > end ? b0 : str_byte_offset(self, (size_t)end);
    for (size_t i = 0; i < n; i++) {
        Obj *sub = is_tuple ? tuple_get_borrow(arg, i) : arg;
        if (!str_check(sub)) {
            return err_raise(vm, &exc_TypeError, "tuple for %s must only contain str, not %s", name,
                             obj_type_name(sub));
        }
        size_t k = str_size(sub);
        if (start > end || k > b1 - b0) {
            continue;
        }
        const char *at = suffix ? str_cstr(self) + b1 - k : str_cstr(self) + b0;
        if (memcmp(at, str_cstr(sub), k) == 0) {
            return obj_newref(OBJ_TRUE);
        }
    }
    return obj_newref(OBJ_FALSE);
}

static Obj *str_py_startswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common(vm, "startswith", self, args, nargs, kwnames, false);
}
static Obj *str_py_endswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common(vm, "endswith", self, args, nargs, kwnames, true);
}

// ---------------------------------------------------------------------------
// Splitting and joining.
// ---------------------------------------------------------------------------
// Appends the str of bytes [p, p + n) of `self` (pieces of an ASCII str
// are ASCII, so they skip the rescan).
static int append_piece(Vm *vm, Obj *list, Obj *self, const char *p, size_t n) {
    Obj *s = ((const StrObj *)self)->is_ascii ? str_from_ascii(vm, p, n) : str_from_utf8(vm, p, n);
    return s == NULL ? -1 : list_append_steal(vm, list, s);
}

// split() from the left of an ASCII str: a byte loop, no decoding.
// ASCII white space as str.split() sees it (\t \n \v \f \r, 0x1C-0x1F
// and the space), as a table: one load per byte in the scanning loops.
static const bool ascii_space_table[256] = {
    ['\t'] = true, ['\n'] = true, ['\v'] = true, ['\f'] = true, ['\r'] = true,
    [0x1C] = true, [0x1D] = true, [0x1E] = true, [0x1F] = true, [' '] = true,
};

static int split_ws_ascii(Vm *vm, Obj *list, Obj *self, int64_t maxsplit) {
    const unsigned char *s = (const unsigned char *)str_cstr(self);
    size_t n = str_size(self), i = 0;
    while (i < n) {
        while (i < n && ascii_space_table[s[i]]) {
            i++;
        }
        if (i >= n) {
            break;
        }
        if (maxsplit == 0) {
            return append_piece(vm, list, self, (const char *)s + i, n - i);
        }
        size_t start = i;
        while (i < n && !ascii_space_table[s[i]]) {
            i++;
        }
        // Pieces of an ASCII str are ASCII.
        Obj *piece = str_from_ascii(vm, (const char *)s + start, i - start);
        if (piece == NULL || list_append_steal(vm, list, piece) < 0) {
            return -1;
        }
        maxsplit--;
    }
    return 0;
}

// Whitespace split from the left (or right, `rev`), at most `maxsplit`.
static int split_ws(Vm *vm, Obj *list, Obj *self, int64_t maxsplit, bool rev) {
    const char *s = str_cstr(self);
    size_t n = str_size(self);
    // Collect [start, end) byte ranges of words; ASCII-fast decoding.
    size_t i = 0;
    if (!rev && ((const StrObj *)self)->is_ascii) {
        return split_ws_ascii(vm, list, self, maxsplit);
    }
    if (!rev) {
        while (i < n) {
            uint32_t c;
            size_t k;
            while (i < n && (k = utf8_decode(s + i, &c), cp_is_space(c))) {
                i += k;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit == 0) {
                // The remainder keeps its trailing whitespace, as CPython.
                return append_piece(vm, list, self, s + i, n - i);
            }
            size_t start = i;
            while (i < n && (k = utf8_decode(s + i, &c), !cp_is_space(c))) {
                i += k;
            }
            if (append_piece(vm, list, self, s + start, i - start) < 0) {
                return -1;
            }
            maxsplit--;
        }
        return 0;
    }
    // Right to left: build reversed, then reverse the list in place.
    size_t e = n;
    ListObj *l = (ListObj *)list;
    size_t first = l->len;
    while (e > 0) {
        uint32_t c;
        size_t b = e;
        for (;;) { // skip trailing spaces
            if (b == 0) {
                break;
            }
            size_t q = b - 1;
            while (q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80) {
                q--;
            }
            utf8_decode(s + q, &c);
            if (!cp_is_space(c)) {
                break;
            }
            b = q;
        }
        e = b;
        if (e == 0) {
            break;
        }
        size_t start = e;
        if (maxsplit == 0) {
            start = 0; // the remainder keeps its leading whitespace
        } else {
            while (start > 0) {
                size_t q = start - 1;
                while (q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80) {
                    q--;
                }
                utf8_decode(s + q, &c);
                if (cp_is_space(c)) {
                    break;
                }
                start = q;
            }
        }
        if (append_piece(vm, list, self, s + start, e - start) < 0) {
            return -1;
        }
        if (maxsplit == 0) {
            break;
        }
        maxsplit--;
        e = start;
    }
    for (size_t a = first, z = l->len; a + 1 < z; a++, z--) {
        Obj *t = l->items[a];
        l->items[a] = l->items[z - 1];
        l->items[z - 1] = t;
    }
    return 0;
}

static int split_sep(Vm *vm, Obj *list, Obj *self, Obj *sep, int64_t maxsplit, bool rev) {
    const char *s = str_cstr(self), *sp = str_cstr(sep);
    size_t n = str_size(self), k = str_size(sep);
    if (!rev) {
        size_t i = 0;
        const char *p;
        while (maxsplit != 0 && (p = bytes_find(s + i, n - i, sp, k)) != NULL) {
            if (append_piece(vm, list, self, s + i, (size_t)(p - s) - i) < 0) {
                return -1;
            }
            i = (size_t)(p - s) + k;
            maxsplit--;
        }
        return append_piece(vm, list, self, s + i, n - i);
    }
    ListObj *l = (ListObj *)list;
    size_t first = l->len;
    size_t e = n;
    const char *p;
    while (maxsplit != 0 && (p = bytes_rfind(s, e, sp, k)) != NULL) {
        size_t at = (size_t)(p - s);
        if (append_piece(vm, list, self, s + at + k, e - at - k) < 0) {
            return -1;
        }
        e = at;
        maxsplit--;
    }
    if (append_piece(vm, list, self, s, e) < 0) {
        return -1;
    }
    for (size_t a = first, z = l->len; a + 1 < z; a++, z--) {
        Obj *t = l->items[a];
        l->items[a] = l->items[z - 1];
        l->items[z - 1] = t;
    }
    return 0;
}

static Obj *split_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool rev) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Obj *a[2] = {NULL, NULL};
    if (args_bind(vm, name, args, nargs, kwnames, names, 2, 0, a) < 0) {
        return NULL;
    }
    Obj *sep = a[0] == NULL ? OBJ_NONE : a[0];
    int64_t maxsplit = -1;
    if (a[1] != NULL && obj_as_ssize(vm, a[1], &maxsplit) < 0) {
        return NULL;
    }
    if (sep != OBJ_NONE) {
        if (!str_check(sep)) {
            return err_raise(vm, &exc_TypeError, "must be str or None, not %s", obj_type_name(sep));
        }
        if (str_size(sep) == 0) {
            return err_raise(vm, &exc_ValueError, "empty separator");
        }
    }
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    int rc = sep == OBJ_NONE ? split_ws(vm, list, self, maxsplit, rev)
                             : split_sep(vm, list, self, sep, maxsplit, rev);
    if (rc < 0) {
        obj_decref(list);
        return NULL;
    }
    return list;
}

static Obj *str_py_split(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return split_common(vm, "split", self, args, nargs, kwnames, false);
}
static Obj *str_py_rsplit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return split_common(vm, "rsplit", self, args, nargs, kwnames, true);
}

static Obj *str_py_splitlines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Obj *a[1] = {NULL};
    if (args_bind(vm, "splitlines", args, nargs, kwnames, names, 1, 0, a) < 0) {
        return NULL;
    }
    int keep = a[0] == NULL ? 0 : obj_is_true(vm, a[0]);
    if (keep < 0) {
        return NULL;
    }
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    const char *s = str_cstr(self);
    size_t n = str_size(self), i = 0, start = 0;
    while (i < n) {
        uint32_t c;
        size_t k = utf8_decode(s + i, &c);
        bool brk = c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E) ||
                   c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!brk) {
            i += k;
            continue;
        }
        size_t eol = i;
        i += k;
        if (c == '\r' && i < n && s[i] == '\n') {
            i++;
        }
        if (append_piece(vm, list, self, s + start, (keep ? i : eol) - start) < 0) {
            obj_decref(list);
            return NULL;
        }
        start = i;
    }
    if (start < n && append_piece(vm, list, self, s + start, n - start) < 0) {
        obj_decref(list);
        return NULL;
    }
    return list;
}

static Obj *str_py_join(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "join", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *seq = args[0];
    Obj *items = NULL;
    if (list_check(seq) || tuple_check(seq)) {
        items = obj_newref(seq);
    } else {
        if (obj_type(seq)->iter == NULL && obj_type(seq)->getitem == NULL) {
            return err_raise(vm, &exc_TypeError, "can only join an iterable");
        }
        items = list_from_iterable(vm, seq);
        if (items == NULL) {
            return NULL;
        }
    }
    // Two passes over the items, as CPython: check them and add up their
    // sizes, then fill one str of the exact size. Nothing in between can
    // run Python code, so the sequence cannot change under us; the result
    // is ASCII exactly when the separator and every item are.
    bool is_list = list_check(items);
    size_t n = is_list ? list_len(items) : tuple_len(items);
    Obj *const *v = is_list ? ((ListObj *)items)->items : ((TupleObj *)items)->items;
    size_t total = 0;
    bool ascii = ((const StrObj *)self)->is_ascii;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(v[i])) {
            err_raise(vm, &exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                      obj_type_name(v[i]));
            goto fail;
        }
        if ((i > 0 && !mem_add_ok(total, str_size(self), &total)) ||
            !mem_add_ok(total, str_size(v[i]), &total)) {
            err_nomemory(vm);
            goto fail;
        }
        ascii = ascii && ((const StrObj *)v[i])->is_ascii;
    }
    Obj *res = str_alloc_type(vm, &str_type, total);
    if (res == NULL) {
        goto fail;
    }
    char *d = str_data_mut(res);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(d, str_cstr(self), str_size(self));
            d += str_size(self);
        }
        memcpy(d, str_cstr(v[i]), str_size(v[i]));
        d += str_size(v[i]);
    }
    if (ascii) {
        str_finish_ascii(res);
    } else {
        str_finish_init(res);
    }
    obj_decref(items);
    return res;
fail:
    obj_decref(items);
    return NULL;
}

static Obj *partition_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames, bool rev) {
    if (args_check(vm, name, nargs, kwnames, 1, 1) < 0 || need_str(vm, args[0], "must") < 0) {
        return NULL;
    }
    Obj *sep = args[0];
    if (str_size(sep) == 0) {
        return err_raise(vm, &exc_ValueError, "empty separator");
    }
    const char *s = str_cstr(self);
    size_t n = str_size(self), k = str_size(sep);
    const char *p = rev ? bytes_rfind(s, n, str_cstr(sep), k) : bytes_find(s, n, str_cstr(sep), k);
    Obj *parts[3] = {NULL, NULL, NULL};
    if (p == NULL) {
        parts[0] = rev ? empty_str(vm) : obj_newref(self);
        parts[1] = empty_str(vm);
        parts[2] = rev ? obj_newref(self) : empty_str(vm);
    } else {
        size_t at = (size_t)(p - s);
        parts[0] = str_from_utf8(vm, s, at);
        parts[1] = obj_newref(sep);
        parts[2] = str_from_utf8(vm, s + at + k, n - at - k);
    }
    Obj *res = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL) {
        res = tuple_pack(vm, 3, parts);
    }
    for (int i = 0; i < 3; i++) {
        obj_xdecref(parts[i]);
    }
    return res;
}

static Obj *str_py_partition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common(vm, "partition", self, args, nargs, kwnames, false);
}
static Obj *str_py_rpartition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common(vm, "rpartition", self, args, nargs, kwnames, true);
}

// ---------------------------------------------------------------------------
// Stripping and replacing.
// ---------------------------------------------------------------------------
static bool cp_in(uint32_t c, Obj *chars) {
    if (chars == NULL) {
        return cp_is_space(c);
    }
    const char *p = str_cstr(chars), *end = p + str_size(chars);
    while (p < end) {
        uint32_t d;
        p += utf8_decode(p, &d);
        if (d == c) {
            return true;
        }
    }
    return false;
}

static Obj *strip_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool left, bool right) {
    if (args_check(vm, name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Obj *chars = nargs > 0 && args[0] != OBJ_NONE ? args[0] : NULL;
    if (chars != NULL && !str_check(chars)) {
        return err_raise(vm, &exc_TypeError, "%s arg must be None or str", name);
    }
    const char *s = str_cstr(self);
    size_t i = 0, e = str_size(self);
    uint32_t c;
    while (left && i < e) {
        size_t k = utf8_decode(s + i, &c);
        if (!cp_in(c, chars)) {
            break;
        }
        i += k;
    }
    while (right && e > i) {
        size_t q = e - 1;
        while (q > i && ((unsigned char)s[q] & 0xC0) == 0x80) {
            q--;
        }
        utf8_decode(s + q, &c);
        if (!cp_in(c, chars)) {
            break;
        }
        e = q;
    }
    if (i == 0 && e == str_size(self) && self->type == &str_type) {
        return obj_newref(self);
    }
    return str_from_utf8(vm, s + i, e - i);
}

static Obj *str_py_strip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "strip", self, args, nargs, kwnames, true, true);
}
static Obj *str_py_lstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "lstrip", self, args, nargs, kwnames, true, false);
}
static Obj *str_py_rstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common(vm, "rstrip", self, args, nargs, kwnames, false, true);
}

static Obj *str_py_replace(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "replace", nargs, kwnames, 2, 3) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (!str_check(args[i])) {
            return err_raise(vm, &exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                             obj_type_name(args[i]));
        }
    }
    int64_t count = -1;
    if (nargs > 2 && obj_as_ssize(vm, args[2], &count) < 0) {
        return NULL;
    }
    Obj *old = args[0], *new_ = args[1];
    const char *s = str_cstr(self);
    size_t n = str_size(self), k = str_size(old);
    StrBuf b;
    strbuf_init(&b);
    if (k == 0) {
        // Insert `new` before every character and at the end.
        size_t i = 0;
        while (count != 0) {
            if (strbuf_append_str(&b, new_) < 0) {
                goto fail;
            }
            count--;
            if (i >= n) {
                break;
            }
            uint32_t c;
            size_t step = utf8_decode(s + i, &c);
            if (strbuf_append(&b, s + i, step) < 0) {
                goto fail;
            }
            i += step;
        }
        if (i < n && strbuf_append(&b, s + i, n - i) < 0) {
            goto fail;
        }
        return strbuf_finish(vm, &b);
    }
    size_t i = 0;
    const char *p;
    while (count != 0 && (p = bytes_find(s + i, n - i, str_cstr(old), k)) != NULL) {
        size_t at = (size_t)(p - s);
        if (strbuf_append(&b, s + i, at - i) < 0 || strbuf_append_str(&b, new_) < 0) {
            goto fail;
        }
        i = at + k;
        count--;
    }
    if (strbuf_append(&b, s + i, n - i) < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

static Obj *affix_remove(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool suffix) {
    if (args_check(vm, name, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "%s() argument must be str, not %s", name,
                         obj_type_name(args[0]));
    }
    size_t n = str_size(self), k = str_size(args[0]);
    const char *s = str_cstr(self);
    if (k > 0 && k <= n && memcmp(suffix ? s + n - k : s, str_cstr(args[0]), k) == 0) {
        return str_from_utf8(vm, suffix ? s : s + k, n - k);
    }
    return str_from_utf8(vm, s, n);
}

static Obj *str_py_removeprefix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_remove(vm, "removeprefix", self, args, nargs, kwnames, false);
}
static Obj *str_py_removesuffix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_remove(vm, "removesuffix", self, args, nargs, kwnames, true);
}

// ---------------------------------------------------------------------------
// maketrans and translate.
// ---------------------------------------------------------------------------
static int put_ord(Vm *vm, Obj *dict, uint32_t cp, Obj *value) {
    Obj *key = int_from_i64(vm, cp);
    if (key == NULL) {
        return -1;
    }
    int rc = dict_set(vm, dict, key, value);
    obj_decref(key);
    return rc;
}

// Fills `out` from maketrans's single dict argument: keys become ordinals.
static int maketrans_dict(Vm *vm, Obj *out, Obj *src) {
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(src, &pos, &k, &v)) {
        if (str_check(k)) {
            if (str_len(k) != 1) {
                err_raise(vm, &exc_ValueError,
                          "string keys in translate table must be of length 1");
                return -1;
            }
            if (put_ord(vm, out, str_codepoint_at(k, 0), v) < 0) {
                return -1;
            }
        } else if (int_check(k)) {
            if (dict_set(vm, out, k, v) < 0) {
                return -1;
            }
        } else {
            err_raise(vm, &exc_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
    }
    return 0;
}

static Obj *str_py_maketrans(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "maketrans", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    Obj *out = dict_new(vm);
    if (out == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        if (!dict_check(args[0])) {
            err_raise(vm, &exc_TypeError,
                      "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        if (maketrans_dict(vm, out, args[0]) < 0) {
            goto fail;
        }
        return out;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!str_check(args[i])) {
            err_raise(vm, &exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                      obj_type_name(args[i]));
            goto fail;
        }
    }
    if (str_len(args[0]) != str_len(args[1])) {
        err_raise(vm, &exc_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (size_t i = 0; i < str_len(args[0]); i++) {
        Obj *v = int_from_i64(vm, str_codepoint_at(args[1], i));
        int rc = v == NULL ? -1 : put_ord(vm, out, str_codepoint_at(args[0], i), v);
        obj_xdecref(v);
        if (rc < 0) {
            goto fail;
        }
    }
    for (size_t i = 0; nargs == 3 && i < str_len(args[2]); i++) {
        if (put_ord(vm, out, str_codepoint_at(args[2], i), OBJ_NONE) < 0) {
            goto fail;
        }
    }
    return out;
fail:
    obj_decref(out);
    return NULL;
}

// Appends the translation of `cp` through `table` (LookupError = keep).
static int translate_one(Vm *vm, StrBuf *b, Obj *table, uint32_t cp, const char *raw, size_t n) {
    Obj *key = int_from_i64(vm, cp);
    if (key == NULL) {
        return -1;
    }
    Obj *v = obj_getitem(vm, table, key);
    obj_decref(key);
    if (v == NULL) {
        if (!err_matches(vm, &exc_LookupError)) {
            return -1;
        }
        err_clear(vm);
        return strbuf_append(b, raw, n);
    }
    int rc = 0;
    if (v == OBJ_NONE) {
        rc = 0;
    } else if (str_check(v)) {
        rc = strbuf_append_str(b, v);
    } else if (int_check(v)) {
        int64_t c;
        if (int_as_i64(vm, v, &c) < 0 || c < 0 || c > 0x10FFFF) {
            err_clear(vm);
            err_raise(vm, &exc_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            char buf[4];
            rc = strbuf_append(b, buf, utf8_encode((uint32_t)c, buf));
        }
    } else {
        err_raise(vm, &exc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    obj_decref(v);
    return rc;
}

static Obj *str_py_translate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "translate", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    const char *p = str_cstr(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t cp;
        size_t n = utf8_decode(p, &cp);
        if (translate_one(vm, &b, args[0], cp, p, n) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        p += n;
    }
    return strbuf_finish(vm, &b);
}

// str.encode(encoding='utf-8', errors='strict'): the codecs themselves
// (utf-8, ascii, latin-1) live with bytes.
static Obj *str_py_encode(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "encode", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    const char *text[2] = {"utf-8", "strict"};
    for (int i = 0; i < 2; i++) {
        if (bound[i] == NULL) {
            continue;
        }
        if (!str_check(bound[i])) {
            return err_raise(vm, &exc_TypeError, "encode() argument '%s' must be str, not %s",
                             names[i], obj_type_name(bound[i]));
        }
        text[i] = str_cstr(bound[i]);
    }
    StrBuf b;
    strbuf_init(&b);
    if (bytesimpl_encode(vm, self, text[0], text[1], &b) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *res = bytes_from_data(vm, b.data, b.size);
    strbuf_free(&b);
    return res;
}

static Obj *str_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *copy = str_from_utf8(vm, str_cstr(self), str_size(self));
    if (copy == NULL) {
        return NULL;
    }
    Obj *t = tuple_pack1(vm, copy);
    obj_decref(copy);
    return t;
}

static Obj *str_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, sizeof(StrObj) + str_size(self) + 1);
}

// The table type_ready turns into str's methods (extern: str_type.c uses it).
const MethodDef str_methods[] = {
    {"find", str_py_find, METH_DEFAULT, NULL},
    {"rfind", str_py_rfind, METH_DEFAULT, NULL},
    {"index", str_py_index, METH_DEFAULT, NULL},
    {"rindex", str_py_rindex, METH_DEFAULT, NULL},
    {"count", str_py_count, METH_DEFAULT, NULL},
    {"startswith", str_py_startswith, METH_DEFAULT, NULL},
    {"endswith", str_py_endswith, METH_DEFAULT, NULL},
    {"split", str_py_split, METH_DEFAULT, NULL},
    {"rsplit", str_py_rsplit, METH_DEFAULT, NULL},
    {"splitlines", str_py_splitlines, METH_DEFAULT, NULL},
    {"join", str_py_join, METH_DEFAULT, NULL},
    {"partition", str_py_partition, METH_DEFAULT, NULL},
    {"rpartition", str_py_rpartition, METH_DEFAULT, NULL},
    {"strip", str_py_strip, METH_DEFAULT, NULL},
    {"lstrip", str_py_lstrip, METH_DEFAULT, NULL},
    {"rstrip", str_py_rstrip, METH_DEFAULT, NULL},
    {"replace", str_py_replace, METH_DEFAULT, NULL},
    {"removeprefix", str_py_removeprefix, METH_DEFAULT, NULL},
    {"removesuffix", str_py_removesuffix, METH_DEFAULT, NULL},
    {"upper", str_py_upper, METH_DEFAULT, NULL},
    {"lower", str_py_lower, METH_DEFAULT, NULL},
    {"casefold", str_py_casefold, METH_DEFAULT, NULL},
    {"swapcase", str_py_swapcase, METH_DEFAULT, NULL},
    {"title", str_py_title, METH_DEFAULT, NULL},
    {"capitalize", str_py_capitalize, METH_DEFAULT, NULL},
    {"isdigit", str_py_isdigit, METH_DEFAULT, NULL},
    {"isdecimal", str_py_isdecimal, METH_DEFAULT, NULL},
    {"isnumeric", str_py_isnumeric, METH_DEFAULT, NULL},
    {"isalpha", str_py_isalpha, METH_DEFAULT, NULL},
    {"isalnum", str_py_isalnum, METH_DEFAULT, NULL},
    {"isspace", str_py_isspace, METH_DEFAULT, NULL},
    {"isprintable", str_py_isprintable, METH_DEFAULT, NULL},
    {"isascii", str_py_isascii, METH_DEFAULT, NULL},
    {"isupper", str_py_isupper, METH_DEFAULT, NULL},
    {"islower", str_py_islower, METH_DEFAULT, NULL},
    {"istitle", str_py_istitle, METH_DEFAULT, NULL},
    {"isidentifier", str_py_isidentifier, METH_DEFAULT, NULL},
    {"ljust", str_py_ljust, METH_DEFAULT, NULL},
    {"rjust", str_py_rjust, METH_DEFAULT, NULL},
    {"center", str_py_center, METH_DEFAULT, NULL},
    {"zfill", str_py_zfill, METH_DEFAULT, NULL},
    {"expandtabs", str_py_expandtabs, METH_DEFAULT, NULL},
    {"encode", str_py_encode, METH_DEFAULT, NULL},
    {"maketrans", str_py_maketrans, METH_STATIC, NULL},
    {"translate", str_py_translate, METH_DEFAULT, NULL},
    {"format", str_py_format, METH_DEFAULT, NULL},
    {"format_map", str_py_format_map, METH_DEFAULT, NULL},
    {"__format__", str_py_dunder_format, METH_DEFAULT, NULL},
    {"__getnewargs__", str_py_getnewargs, METH_DEFAULT, NULL},
    {"__sizeof__", str_py_sizeof, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};
