/* mod_unicodedata.c: the `unicodedata` module of CPython 3.11 over the
 * Unicode Character Database of src/unicode/ (version 14.0.0, as CPython's):
 * category, bidirectional, combining, east_asian_width, mirrored,
 * decomposition, decimal, digit, numeric, name, lookup, normalize,
 * is_normalized and unidata_version. */
#include "modules/mod_unicodedata.h"

#include <string.h>

#include "memory/mem.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/strimpl.h"
#include "unicode/ucd.h"

// The code point of a one-character str argument, or TypeError
// "category() argument must be a unicode character, not str". 0 or -1.
static int char_arg(Vm *vm, const char *fname, Obj *o, uint32_t *cp) {
    if (!str_check(o) || str_len(o) != 1) {
        err_raise(vm, &exc_TypeError, "%s() argument must be a unicode character, not %s", fname,
                  obj_type_name(o));
        return -1;
    }
    utf8_decode(str_cstr(o), cp);
    return 0;
}

// The common shape of the one-character functions: checks the arguments
// (`max` is 2 when a default may follow) and reads the character.
static int begin(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                 size_t max, uint32_t *cp) {
    if (args_check(vm, fname, nargs, kwnames, 1, max) < 0) {
        return -1;
    }
    return char_arg(vm, fname, args[0], cp);
}

// The one-character functions without a default: `result` computes the
// answer from the code point `cp`.
#define CHAR_FUNCTION(fname, result)                                                               \
    static Obj *modunicodedata_py_##fname(Vm *vm, Obj *self, Obj *const *args, size_t nargs,       \
                                          Obj *kwnames) {                                          \
        OURO_UNUSED(self);                                                                         \
        uint32_t cp;                                                                               \
        return begin(vm, #fname, args, nargs, kwnames, 1, &cp) < 0 ? NULL : (result);              \
    }
CHAR_FUNCTION(category, str_from_cstr(vm, ucd_category(cp)))
CHAR_FUNCTION(bidirectional, str_from_cstr(vm, ucd_bidirectional(cp)))
CHAR_FUNCTION(combining, int_from_i64(vm, ucd_combining(cp)))
CHAR_FUNCTION(east_asian_width, str_from_cstr(vm, ucd_east_asian_width(cp)))
CHAR_FUNCTION(mirrored, int_from_i64(vm, ucd_mirrored(cp)))
CHAR_FUNCTION(decomposition, str_from_cstr(vm, ucd_decomposition(cp)))
#undef CHAR_FUNCTION

// decimal(), digit() and numeric(): the value, else the default when one
// was given, else ValueError `missing`.
static Obj *numeric_common(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                           char which, const char *missing) {
    uint32_t cp;
    if (begin(vm, fname, args, nargs, kwnames, 2, &cp) < 0) {
        return NULL;
    }
    int decimal, digit;
    int64_t num;
    int32_t den;
    if (ucd_numeric(cp, &decimal, &digit, &num, &den)) {
        if (which == 'n') {
            return float_from_double(vm, (double)num / (double)den);
        }
        int v = which == 'd' ? decimal : digit;
        if (v >= 0) {
            return int_from_i64(vm, v);
        }
    }
    if (nargs > 1) {
        return obj_newref(args[1]);
    }
    return err_raise(vm, &exc_ValueError, "%s", missing);
}

static Obj *modunicodedata_py_decimal(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    return numeric_common(vm, "decimal", args, nargs, kwnames, 'd', "not a decimal");
}

static Obj *modunicodedata_py_digit(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    return numeric_common(vm, "digit", args, nargs, kwnames, 'g', "not a digit");
}

static Obj *modunicodedata_py_numeric(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    return numeric_common(vm, "numeric", args, nargs, kwnames, 'n', "not a numeric character");
}

static Obj *modunicodedata_py_name(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    uint32_t cp;
    if (begin(vm, "name", args, nargs, kwnames, 2, &cp) < 0) {
        return NULL;
    }
    char buf[UCD_NAME_MAX];
    size_t n = ucd_name(cp, buf);
    if (n > 0) {
        return str_from_utf8(vm, buf, n);
    }
    if (nargs > 1) {
        return obj_newref(args[1]);
    }
    return err_raise(vm, &exc_ValueError, "no such name");
}

static Obj *modunicodedata_py_lookup(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "lookup", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "lookup() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    // CPython refuses names longer than its buffer before looking.
    if (str_size(args[0]) > 256) {
        return err_raise(vm, &exc_KeyError, "name too long");
    }
    uint32_t cp;
    if (!ucd_lookup(str_cstr(args[0]), str_size(args[0]), &cp)) {
        return err_raise(vm, &exc_KeyError, "undefined character name '%s'", str_cstr(args[0]));
    }
    return str_from_codepoint(vm, cp);
}

// ---------------------------------------------------------------------------
// Normalization (UAX #15): full decomposition, canonical ordering of the
// combining marks, then (NFC, NFKC) canonical composition.
// ---------------------------------------------------------------------------

// A growable array of code points.
typedef struct CpBuf {
    uint32_t *items;
    size_t len, cap;
} CpBuf;

static int cpbuf_reserve(CpBuf *b, size_t extra) {
    if (b->len + extra <= b->cap) {
        return 0;
    }
    size_t cap = b->cap < 64 ? 64 : b->cap;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    size_t bytes;
    if (!mem_mul_ok(cap, sizeof(uint32_t), &bytes)) {
        err_nomemory(rt_vm);
        return -1;
    }
    uint32_t *p = mem_realloc(b->items, bytes);
    if (p == NULL) {
        return -1;
    }
    b->items = p;
    b->cap = cap;
    return 0;
}

// Sorts each run of non-starters by combining class, keeping the order of
// equal classes (insertion sort: runs are short).
static void canonical_order(uint32_t *cps, size_t n) {
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cps[i];
        int cc = ucd_combining(c);
        if (cc == 0) {
            continue;
        }
        size_t j = i;
        while (j > 0 && ucd_combining(cps[j - 1]) > cc) {
            cps[j] = cps[j - 1];
            j--;
        }
        cps[j] = c;
    }
}

// Canonical composition in place; returns the new length. A mark composes
// with the last starter when no mark of the same or a higher class stands
// between them (a blocked mark stays).
static size_t compose(uint32_t *cps, size_t n) {
    if (n == 0) {
        return 0;
    }
    size_t starter = 0, out = 1;
    int last_class = ucd_combining(cps[0]) != 0 ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cps[i];
        int cc = ucd_combining(c);
        uint32_t comp = ucd_compose(cps[starter], c);
        if (comp != 0 && (last_class < cc || last_class == 0)) {
            cps[starter] = comp;
            continue;
        }
        if (cc == 0) {
            starter = out;
        }
        last_class = cc;
        cps[out++] = c;
    }
    return out;
}

// The normal form of str `s`: `form` is "NFC", "NFD", "NFKC" or "NFKD".
static Obj *normalize(Vm *vm, Obj *s, bool compat, bool composed) {
    const char *p = str_cstr(s), *end = p + str_size(s);
    CpBuf b = {NULL, 0, 0};
    StrBuf out;
    strbuf_init(&out);
    while (p < end) {
        uint32_t cp, parts[UCD_DECOMP_MAX];
        p += utf8_decode(p, &cp);
        size_t k = ucd_decompose(cp, compat, parts);
        if (cpbuf_reserve(&b, k) < 0) {
            goto fail;
        }
        memcpy(b.items + b.len, parts, k * sizeof(uint32_t));
        b.len += k;
    }
    canonical_order(b.items, b.len);
    if (composed) {
        b.len = compose(b.items, b.len);
    }
    for (size_t i = 0; i < b.len; i++) {
        char u[4];
        if (strbuf_append(&out, u, utf8_encode(b.items[i], u)) < 0) {
            goto fail;
        }
    }
    mem_free(b.items);
    return strbuf_finish(vm, &out);
fail:
    mem_free(b.items);
    strbuf_free(&out);
    return NULL;
}

// The arguments of normalize() and is_normalized(): the form's flags and
// the string. 0, or -1 with ValueError / TypeError pending.
static int form_args(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                     bool *compat, bool *composed) {
    if (args_check(vm, fname, nargs, kwnames, 2, 2) < 0) {
        return -1;
    }
    for (size_t i = 0; i < 2; i++) {
        if (!str_check(args[i])) {
            err_raise(vm, &exc_TypeError, "%s() argument %zu must be str, not %s", fname, i + 1,
                      obj_type_name(args[i]));
            return -1;
        }
    }
    const char *f = str_cstr(args[0]);
    if (strcmp(f, "NFC") != 0 && strcmp(f, "NFD") != 0 && strcmp(f, "NFKC") != 0 &&
        strcmp(f, "NFKD") != 0) {
        err_raise(vm, &exc_ValueError, "invalid normalization form");
        return -1;
    }
    *compat = f[2] == 'K';
    *composed = f[strlen(f) - 1] == 'C';
    return 0;
}

static Obj *modunicodedata_py_normalize(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    bool compat, composed;
    if (form_args(vm, "normalize", args, nargs, kwnames, &compat, &composed) < 0) {
        return NULL;
    }
    if (str_len(args[1]) == str_size(args[1])) {
        return obj_newref(args[1]); // ASCII is in every normal form
    }
    Obj *r = normalize(vm, args[1], compat, composed);
    if (r != NULL && str_size(r) == str_size(args[1]) &&
        memcmp(str_cstr(r), str_cstr(args[1]), str_size(r)) == 0) {
        obj_decref(r);
        return obj_newref(args[1]);
    }
    return r;
}

static Obj *modunicodedata_py_is_normalized(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                            Obj *kwnames) {
    OURO_UNUSED(self);
    bool compat, composed;
    if (form_args(vm, "is_normalized", args, nargs, kwnames, &compat, &composed) < 0) {
        return NULL;
    }
    if (str_len(args[1]) == str_size(args[1])) {
        return obj_newref(obj_bool(true));
    }
    Obj *r = normalize(vm, args[1], compat, composed);
    if (r == NULL) {
        return NULL;
    }
    bool same = str_size(r) == str_size(args[1]) &&
                memcmp(str_cstr(r), str_cstr(args[1]), str_size(r)) == 0;
    obj_decref(r);
    return obj_newref(obj_bool(same));
}

#define DEF(name, doc)                                                                             \
    { #name, modunicodedata_py_##name, METH_DEFAULT, doc }
static const MethodDef modunicodedata_functions[] = {
    DEF(category, "Returns the general category assigned to the character chr as string."),
    DEF(bidirectional, "Returns the bidirectional class assigned to the character chr as string."),
    DEF(combining, "Returns the canonical combining class assigned to the character chr."),
    DEF(east_asian_width, "Returns the east asian width assigned to the character chr as string."),
    DEF(mirrored, "Returns the mirrored property assigned to the character chr as integer."),
    DEF(decomposition, "Returns the character decomposition mapping assigned to chr as string."),
    DEF(decimal, "Converts a Unicode character into its equivalent decimal value."),
    DEF(digit, "Converts a Unicode character into its equivalent digit value."),
    DEF(numeric, "Converts a Unicode character into its equivalent numeric value."),
    DEF(name, "Returns the name assigned to the character chr as a string."),
    DEF(lookup, "Look up character by name."),
    DEF(normalize, "Return the normal form 'form' for the Unicode string unistr."),
    DEF(is_normalized, "Return whether the Unicode string unistr is in the normal form 'form'."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

Obj *modunicodedata_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "unicodedata", modunicodedata_functions);
    if (m == NULL) {
        return NULL;
    }
    Obj *v = str_from_cstr(vm, ucd_unidata_version());
    int rc = v != NULL ? dict_set_cstr(vm, module_dict(m), "unidata_version", v) : -1;
    obj_xdecref(v);
    return rc < 0 ? NULL : m;
}
