/* str_type.c: the slots of the str type (repr with CPython's quoting,
 * comparison, concatenation and repetition, indexing and slicing, `in`,
 * iteration, str()) and the str iterator type. */
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "bytesobj.h"
#include "exc.h"
#include "intobj.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "type.h"
#include "unicode/ucd.h"

// ---------------------------------------------------------------------------
// repr.
// ---------------------------------------------------------------------------

bool str_cp_printable(uint32_t cp) {
    if (cp < 0x80) {
        return cp >= 0x20 && cp < 0x7F;
    }
    // From the Unicode database, so that unassigned code points (U+0378)
    // are escaped by repr() as in CPython.
    return ucd_is_printable(cp);
}

NEWREF Obj *str_repr(Vm *vm, Obj *self) {
    const char *p = str_cstr(self), *end = p + str_size(self);
    bool has_single = memchr(p, '\'', str_size(self)) != NULL;
    bool has_double = memchr(p, '"', str_size(self)) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append_char(&b, quote) < 0) {
        goto fail;
    }
    while (p < end) {
        uint32_t cp;
        size_t n = utf8_decode(p, &cp);
        char esc[16];
        const char *out = esc;
        size_t outn;
        if (cp == (uint32_t)quote || cp == '\\') {
            esc[0] = '\\';
            esc[1] = (char)cp;
            outn = 2;
        } else if (cp == '\n') {
            out = "\\n";
            outn = 2;
        } else if (cp == '\r') {
            out = "\\r";
            outn = 2;
        } else if (cp == '\t') {
            out = "\\t";
            outn = 2;
        } else if (str_cp_printable(cp)) {
            out = p;
            outn = n;
        } else if (cp < 0x100) {
            outn = (size_t)snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x10000) {
            outn = (size_t)snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
        } else {
            outn = (size_t)snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
        }
        if (strbuf_append(&b, out, outn) < 0) {
            goto fail;
        }
        p += n;
    }
    if (strbuf_append_char(&b, quote) < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

static Obj *str_str(Vm *vm, Obj *self) {
    if (self->type == &str_type) {
        return obj_newref(self);
    }
    return str_from_utf8(vm, str_cstr(self), str_size(self));
}

// ---------------------------------------------------------------------------
// Comparison, hashing, length.
// ---------------------------------------------------------------------------
static Obj *str_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    if (!str_check(a) || !str_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (op == CMP_EQ || op == CMP_NE) {
        return obj_newref(obj_bool(str_equal(a, b) == (op == CMP_EQ)));
    }
    int c = str_compare(a, b);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return obj_newref(obj_bool(r));
}

static int64_t str_hash_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return str_hash(self);
}

static int64_t str_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)str_len(self);
}

// ---------------------------------------------------------------------------
// Concatenation, repetition, %.
// ---------------------------------------------------------------------------
static Obj *str_add(Vm *vm, Obj *a, Obj *b) {
    if (!str_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!str_check(b)) {
        // A class may still define __radd__; built-in operands get str's message.
        if (obj_type(b)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can only concatenate str (not \"%s\") to str",
                         obj_type_name(b));
    }
    return str_concat(vm, a, b);
}

static Obj *str_repeat(Vm *vm, Obj *s, Obj *count) {
    int64_t n;
    if (obj_as_ssize(vm, count, &n) < 0) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                      obj_type_name(count));
        }
        return NULL;
    }
    if (n <= 0 || str_size(s) == 0) {
        return str_from_utf8(vm, "", 0);
    }
    size_t total;
    if (!mem_mul_ok(str_size(s), (size_t)n, &total) || total > (size_t)INT64_MAX) {
        return err_raise(vm, &exc_OverflowError, "repeated string is too long");
    }
    if (total > ((size_t)1 << 36)) {
        return err_nomemory(vm);
    }
    Obj *o = str_alloc_type(vm, &str_type, total);
    if (o == NULL) {
        return NULL;
    }
    char *d = str_data_mut(o);
    size_t sz = str_size(s);
    memcpy(d, str_cstr(s), sz);
    // Doubling copies: log(n) memcpy calls.
    size_t done = sz;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    StrObj *so = (StrObj *)o;
    so->len = str_len(s) * (size_t)n;
    so->is_ascii = ((const StrObj *)s)->is_ascii;
    return o;
}

static Obj *str_mul(Vm *vm, Obj *a, Obj *b) {
    if (str_check(a) && (int_check(b) || obj_type(b)->as_int != NULL)) {
        return str_repeat(vm, a, b);
    }
    if (str_check(b) && (int_check(a) || obj_type(a)->as_int != NULL)) {
        return str_repeat(vm, b, a);
    }
    if (str_check(a) && !(obj_type(b)->flags & TYPE_FLAG_HEAPTYPE)) {
        return err_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         obj_type_name(b));
    }
    return obj_newref(OBJ_NOTIMPL);
}

static Obj *str_mod(Vm *vm, Obj *a, Obj *b) {
    if (!str_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return str_percent_format(vm, a, b);
}

// ---------------------------------------------------------------------------
// Indexing, slicing, `in`.
// ---------------------------------------------------------------------------
NEWREF Obj *str_substr(Vm *vm, Obj *s, size_t start, size_t stop) {
    if (start == 0 && stop == str_len(s) && s->type == &str_type) {
        return obj_newref(s);
    }
    if (((const StrObj *)s)->is_ascii) {
        return str_from_ascii(vm, str_cstr(s) + start, stop - start);
    }
    size_t b0 = str_byte_offset(s, start);
    size_t b1 = b0 + str_byte_offset_from(s, b0, stop - start);
    return str_from_utf8(vm, str_cstr(s) + b0, b1 - b0);
}

static Obj *str_slice(Vm *vm, Obj *s, Obj *slice) {
    int64_t start, stop, step;
    int64_t n = slice_unpack(vm, slice, (int64_t)str_len(s), &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    if (n == 0) {
        return str_from_utf8(vm, "", 0);
    }
    if (step == 1) {
        return str_substr(vm, s, (size_t)start, (size_t)start + (size_t)n);
    }
    StrBuf b;
    strbuf_init(&b);
    const StrObj *so = (const StrObj *)s;
    for (int64_t i = 0, k = start; i < n; i++, k += step) {
        int rc;
        if (so->is_ascii) {
            rc = strbuf_append_char(&b, so->data[k]);
        } else {
            char buf[4];
            rc = strbuf_append(&b, buf, utf8_encode(str_codepoint_at(s, (size_t)k), buf));
        }
        if (rc < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(vm, &b);
}

static Obj *str_getitem(Vm *vm, Obj *self, Obj *key) {
    if (obj_type(key) == &slice_type) {
        return str_slice(vm, self, key);
    }
    if (!int_check(key) && obj_type(key)->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "string indices must be integers, not '%s'",
                         obj_type_name(key));
    }
    int64_t i;
    if (obj_as_ssize(vm, key, &i) < 0) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_raise(vm, &exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      obj_type_name(key));
        }
        return NULL;
    }
    int64_t n = (int64_t)str_len(self);
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return err_raise(vm, &exc_IndexError, "string index out of range");
    }
    return str_substr(vm, self, (size_t)i, (size_t)i + 1);
}

static int str_contains(Vm *vm, Obj *self, Obj *item) {
    if (!str_check(item)) {
        err_raise(vm, &exc_TypeError, "'in <string>' requires string as left operand, not %s",
                  obj_type_name(item));
        return -1;
    }
    if (str_size(item) == 0) {
        return 1;
    }
    return bytes_find(str_cstr(self), str_size(self), str_cstr(item), str_size(item)) != NULL;
}

// ---------------------------------------------------------------------------
// Iteration.
// ---------------------------------------------------------------------------
typedef struct StrIterObj {
    Obj head;
    Obj *str;   // NULL once exhausted
    size_t pos; // byte offset of the next character
} StrIterObj;

TypeObj str_iter_type;

static Obj *str_iter(Vm *vm, Obj *self) {
    StrIterObj *it = (StrIterObj *)obj_new(vm, &str_iter_type, sizeof(StrIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->str = obj_newref(self);
    it->pos = 0;
    return (Obj *)it;
}

static Obj *str_iter_next(Vm *vm, Obj *self) {
    StrIterObj *it = (StrIterObj *)self;
    if (it->str == NULL) {
        return NULL;
    }
    if (it->pos >= str_size(it->str)) {
        Obj *s = it->str;
        it->str = NULL;
        obj_decref(s);
        return NULL;
    }
    uint32_t cp;
    size_t n = utf8_decode(str_cstr(it->str) + it->pos, &cp);
    Obj *res = n == 1 ? str_from_ascii(vm, str_cstr(it->str) + it->pos, 1)
                      : str_from_utf8(vm, str_cstr(it->str) + it->pos, n);
    it->pos += n;
    return res;
}

static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static void str_iter_dealloc(Obj *self) {
    obj_xdecref(((StrIterObj *)self)->str);
    obj_free(self);
}

static int64_t str_iter_len(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    StrIterObj *it = (StrIterObj *)self;
    if (it->str == NULL) {
        return 0;
    }
    // Remaining code points: count lead bytes past pos.
    int64_t n = 0;
    const unsigned char *p = (const unsigned char *)str_cstr(it->str);
    for (size_t i = it->pos; i < str_size(it->str); i++) {
        n += (p[i] & 0xC0) != 0x80;
    }
    return n;
}

static Obj *str_iter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, str_iter_len(vm, self));
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_py_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObj str_iter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObj),
    .base = &object_type,
    .dealloc = str_iter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

// ---------------------------------------------------------------------------
// str() and the type.
// ---------------------------------------------------------------------------
static Obj *str_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "str", args, nargs, kwnames, names, 3, 0, bound) < 0) {
        return NULL;
    }
    Obj *s;
    if (bound[0] == NULL) {
        s = str_from_utf8(vm, "", 0);
    } else if (bound[1] != NULL || bound[2] != NULL) {
        for (int i = 1; i < 3; i++) {
            if (bound[i] != NULL && !str_check(bound[i])) {
                return err_raise(vm, &exc_TypeError, "str() argument '%s' must be str, not %s",
                                 names[i], obj_type_name(bound[i]));
            }
        }
        if (str_check(bound[0])) {
            return err_raise(vm, &exc_TypeError, "decoding str is not supported");
        }
        const char *data;
        size_t len;
        if (!bytes_like_view(bound[0], &data, &len)) {
            return err_raise(vm, &exc_TypeError,
                             "decoding to str: need a bytes-like object, %s found",
                             obj_type_name(bound[0]));
        }
        s = bytes_decode(vm, data, len, bound[1] != NULL ? str_cstr(bound[1]) : "utf-8",
                         bound[2] != NULL ? str_cstr(bound[2]) : "strict");
    } else {
        s = obj_str(vm, bound[0]);
    }
    if (s == NULL || type == &str_type) {
        return s;
    }
    // A str subclass instance: a copy of the text with the subclass type,
    // and room after the text for what the class adds (slots, attribute
    // table; see type_tail_size). The block is allocated as a longer str,
    // then given its real size.
    size_t n = str_size(s);
    Obj *o = str_alloc_type(vm, type, n + type_tail_size(type));
    if (o != NULL) {
        StrObj *so = (StrObj *)o;
        so->size = n;
        memcpy(so->data, str_cstr(s), n);
        memset(so->data + n, 0, type_tail_size(type) + 1);
        str_finish_init(o);
    }
    obj_decref(s);
    return o;
}

static void str_dealloc(Obj *self) {
    // A new str may reuse the address. ASCII strs never enter the offset
    // cache (str_byte_offset answers them directly), so they skip this.
    if (!((const StrObj *)self)->is_ascii) {
        str_forget_offsets(self);
    }
    obj_free(self);
}

static size_t str_sizeof(Obj *self) {
    return sizeof(StrObj) + str_size(self) + 1;
}

TypeObj str_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "str",
    .basicsize = sizeof(StrObj),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_SEQ_CONCAT,
    .base = &object_type,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .getattr = obj_generic_getattr,
    .iter = str_iter,
    .binop =
        {
            [BINOP_ADD] = str_add,
            [BINOP_MUL] = str_mul,
            [BINOP_MOD] = str_mod,
        },
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .new_ = str_new,
    .sizeof_ = str_sizeof,
    .methods = str_methods,
};
