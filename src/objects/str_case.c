/* str_case.c: the str methods that map or classify characters one by one
 * (case mapping, the is* predicates) and those that pad (ljust, rjust,
 * center, zfill, expandtabs). Non-ASCII letters use the C library's
 * Unicode tables (simple case mappings); digits are ASCII only. */
#include <locale.h>
#include <string.h>
#include <wctype.h>

#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"

// ---------------------------------------------------------------------------
// Unicode character data. Non-ASCII code points are classified and mapped
// with the C library's tables of the "C.UTF-8" locale, used through the
// *_l functions so that the process locale is never changed. Where that
// locale is missing, non-ASCII characters are uncased non-letters. These
// are simple (one-to-one) mappings, plus 'ß' -> "SS" (CPython applies all
// of SpecialCasing.txt; the rest are rare).
// ---------------------------------------------------------------------------
static locale_t utf8_locale(void) {
    static locale_t loc;
    static bool tried;
    if (!tried) {
        tried = true;
        loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return loc;
}

static uint32_t u_upper(uint32_t c) {
    if (c < 0x80) {
        return cp_to_upper(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 ? (uint32_t)towupper_l((wint_t)c, l) : c;
}

static uint32_t u_lower(uint32_t c) {
    if (c < 0x80) {
        return cp_to_lower(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 ? (uint32_t)towlower_l((wint_t)c, l) : c;
}

static bool u_is_upper(uint32_t c) {
    if (c < 0x80) {
        return cp_is_upper(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswupper_l((wint_t)c, l);
}

static bool u_is_lower(uint32_t c) {
    if (c < 0x80) {
        return cp_is_lower(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswlower_l((wint_t)c, l);
}

static bool u_is_alpha(uint32_t c) {
    if (c < 0x80) {
        return cp_is_alpha(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswalpha_l((wint_t)c, l);
}

static bool u_is_cased(uint32_t c) {
    return u_is_upper(c) || u_is_lower(c) || u_upper(c) != u_lower(c);
}

// ---------------------------------------------------------------------------
// Case mapping.
// ---------------------------------------------------------------------------
typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseMode;

static uint32_t map_one(uint32_t c, CaseMode mode, size_t index, bool *prev_cased) {
    switch (mode) {
        case CASE_UPPER:
            return u_upper(c);
        case CASE_LOWER:
            return u_lower(c);
        case CASE_SWAP:
            return u_is_upper(c) ? u_lower(c) : u_upper(c);
        case CASE_TITLE: {
            uint32_t r = *prev_cased ? u_lower(c) : u_upper(c);
            *prev_cased = u_is_cased(c);
            return r;
        }
        case CASE_CAPITALIZE:
            return index == 0 ? u_upper(c) : u_lower(c);
    }
    return c;
}

static Obj *case_map(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames,
                     CaseMode mode) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool prev_cased = false;
    if (((StrObj *)self)->is_ascii) {
        // ASCII maps to ASCII of the same length: fill the result directly.
        Obj *o = str_alloc_type(vm, &str_type, str_size(self));
        if (o == NULL) {
            return NULL;
        }
        const unsigned char *s = (const unsigned char *)str_cstr(self);
        char *d = str_data_mut(o);
        for (size_t i = 0; i < str_size(self); i++) {
            d[i] = (char)map_one(s[i], mode, i, &prev_cased);
        }
        str_finish_init(o);
        return o;
    }
    // Elsewhere the UTF-8 length may change ('ı' -> 'I').
    StrBuf b;
    strbuf_init(&b);
    const char *p = str_cstr(self), *end = p + str_size(self);
    for (size_t i = 0; p < end; i++) {
        uint32_t c;
        p += utf8_decode(p, &c);
        // Upper-casing 'ß' is the one special (one-to-many) mapping done:
        // "SS" (upper, swapcase) or "Ss" (title, capitalize), as CPython.
        bool to_upper = mode == CASE_UPPER || mode == CASE_SWAP ||
                        (mode == CASE_TITLE && !prev_cased) || (mode == CASE_CAPITALIZE && i == 0);
        uint32_t m = map_one(c, mode, i, &prev_cased);
        char buf[4];
        size_t n = utf8_encode(m, buf);
        if (c == 0xDF && to_upper) {
            buf[0] = 'S';
            buf[1] = mode == CASE_UPPER || mode == CASE_SWAP ? 'S' : 's';
            n = 2;
        }
        if (strbuf_append(&b, buf, n) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(vm, &b);
}

Obj *str_py_upper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "upper", self, nargs, kwnames, CASE_UPPER);
}
Obj *str_py_lower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "lower", self, nargs, kwnames, CASE_LOWER);
}
Obj *str_py_casefold(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "casefold", self, nargs, kwnames, CASE_LOWER);
}
Obj *str_py_swapcase(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "swapcase", self, nargs, kwnames, CASE_SWAP);
}
Obj *str_py_title(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "title", self, nargs, kwnames, CASE_TITLE);
}
Obj *str_py_capitalize(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_map(vm, "capitalize", self, nargs, kwnames, CASE_CAPITALIZE);
}

// ---------------------------------------------------------------------------
// Predicates.
// ---------------------------------------------------------------------------
typedef enum {
    PRED_DIGIT,
    PRED_ALPHA,
    PRED_ALNUM,
    PRED_SPACE,
    PRED_PRINTABLE,
    PRED_ASCII
} PredKind;

static bool pred_cp(uint32_t c, PredKind k) {
    switch (k) {
        case PRED_DIGIT:
            return cp_is_digit(c);
        case PRED_ALPHA:
            return u_is_alpha(c);
        case PRED_ALNUM:
            return u_is_alpha(c) || cp_is_digit(c);
        case PRED_SPACE:
            return cp_is_space(c);
        case PRED_PRINTABLE:
            return str_cp_printable(c);
        case PRED_ASCII:
            return c < 0x80;
    }
    return false;
}

static Obj *predicate(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames, PredKind k) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    const char *p = str_cstr(self), *end = p + str_size(self);
    if (p == end) {
        return obj_newref(obj_bool(k == PRED_PRINTABLE || k == PRED_ASCII));
    }
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (!pred_cp(c, k)) {
            return obj_newref(OBJ_FALSE);
        }
    }
    return obj_newref(OBJ_TRUE);
}

#define PRED_METHOD(fname, pyname, kind)                                                           \
    Obj *fname(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {                  \
        OURO_UNUSED(args);                                                                         \
        return predicate(vm, pyname, self, nargs, kwnames, kind);                                  \
    }
PRED_METHOD(str_py_isdigit, "isdigit", PRED_DIGIT)
PRED_METHOD(str_py_isdecimal, "isdecimal", PRED_DIGIT)
PRED_METHOD(str_py_isnumeric, "isnumeric", PRED_DIGIT)
PRED_METHOD(str_py_isalpha, "isalpha", PRED_ALPHA)
PRED_METHOD(str_py_isalnum, "isalnum", PRED_ALNUM)
PRED_METHOD(str_py_isspace, "isspace", PRED_SPACE)
PRED_METHOD(str_py_isprintable, "isprintable", PRED_PRINTABLE)
PRED_METHOD(str_py_isascii, "isascii", PRED_ASCII)

// isupper/islower: at least one cased character and none of the other case.
static Obj *case_pred(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames, bool upper) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool cased = false;
    const char *p = str_cstr(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (upper ? u_is_lower(c) : u_is_upper(c)) {
            return obj_newref(OBJ_FALSE);
        }
        cased = cased || (upper ? u_is_upper(c) : u_is_lower(c));
    }
    return obj_newref(obj_bool(cased));
}

Obj *str_py_isupper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_pred(vm, "isupper", self, nargs, kwnames, true);
}
Obj *str_py_islower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_pred(vm, "islower", self, nargs, kwnames, false);
}

Obj *str_py_istitle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "istitle", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool cased = false, prev_cased = false;
    const char *p = str_cstr(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (u_is_upper(c)) {
            if (prev_cased) {
                return obj_newref(OBJ_FALSE);
            }
            prev_cased = cased = true;
        } else if (u_is_lower(c)) {
            if (!prev_cased) {
                return obj_newref(OBJ_FALSE);
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return obj_newref(obj_bool(cased));
}

Obj *str_py_isidentifier(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "isidentifier", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)str_cstr(self);
    size_t n = str_size(self);
    if (n == 0 || cp_is_digit(p[0])) {
        return obj_newref(OBJ_FALSE);
    }
    for (size_t i = 0; i < n; i++) {
        // Non-ASCII letters are accepted wholesale (an approximation of XID).
        if (!(p[i] >= 0x80 || p[i] == '_' || cp_is_alpha(p[i]) || cp_is_digit(p[i]))) {
            return obj_newref(OBJ_FALSE);
        }
    }
    return obj_newref(OBJ_TRUE);
}

// ---------------------------------------------------------------------------
// Padding.
// ---------------------------------------------------------------------------
static Obj *pad_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                       Obj *kwnames, char align) {
    if (args_check(vm, name, nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    int64_t width;
    if (obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    const char *fill = " ";
    size_t fill_size = 1;
    if (nargs > 1) {
        if (!str_check(args[1])) {
            return err_raise(vm, &exc_TypeError, "%s() argument 2 must be str, not %s", name,
                             obj_type_name(args[1]));
        }
        if (str_len(args[1]) != 1) {
            return err_raise(vm, &exc_TypeError,
                             "The fill character must be exactly one character long");
        }
        fill = str_cstr(args[1]);
        fill_size = str_size(args[1]);
    }
    int64_t len = (int64_t)str_len(self);
    if (width <= len) {
        return self->type == &str_type ? obj_newref(self)
                                       : str_from_utf8(vm, str_cstr(self), str_size(self));
    }
    int64_t pad = width - len, left = 0;
    if (align == '>') {
        left = pad;
    } else if (align == '^') {
        // CPython's centering puts the odd column on the left when width is odd.
        left = pad / 2 + (pad & width & 1);
    }
    StrBuf b;
    strbuf_init(&b);
    for (int64_t i = 0; i < pad; i++) {
        if (i == left && strbuf_append_str(&b, self) < 0) {
            goto fail;
        }
        if (strbuf_append(&b, fill, fill_size) < 0) {
            goto fail;
        }
    }
    if (left == pad && strbuf_append_str(&b, self) < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

Obj *str_py_ljust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "ljust", self, args, nargs, kwnames, '<');
}
Obj *str_py_rjust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "rjust", self, args, nargs, kwnames, '>');
}
Obj *str_py_center(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "center", self, args, nargs, kwnames, '^');
}

Obj *str_py_zfill(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "zfill", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t width;
    if (obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    int64_t len = (int64_t)str_len(self);
    if (width <= len) {
        return str_from_utf8(vm, str_cstr(self), str_size(self));
    }
    const char *s = str_cstr(self);
    size_t sign = (str_size(self) > 0 && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append(&b, s, sign) < 0) {
        goto fail;
    }
    for (int64_t i = 0; i < width - len; i++) {
        if (strbuf_append_char(&b, '0') < 0) {
            goto fail;
        }
    }
    if (strbuf_append(&b, s + sign, str_size(self) - sign) < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

Obj *str_py_expandtabs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Obj *a[1] = {NULL};
    if (args_bind(vm, "expandtabs", args, nargs, kwnames, names, 1, 0, a) < 0) {
        return NULL;
    }
    int64_t tab = 8;
    if (a[0] != NULL && obj_as_ssize(vm, a[0], &tab) < 0) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    const char *s = str_cstr(self);
    int64_t col = 0;
    for (size_t i = 0; i < str_size(self); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') {
            int64_t spaces = tab > 0 ? tab - col % tab : 0;
            for (int64_t k = 0; k < spaces; k++) {
                if (strbuf_append_char(&b, ' ') < 0) {
                    goto fail;
                }
            }
            col += spaces;
            continue;
        }
        if (strbuf_append_char(&b, (char)c) < 0) {
            goto fail;
        }
        if (c == '\n' || c == '\r') {
            col = 0;
        } else if ((c & 0xC0) != 0x80) {
            col++;
        }
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}
