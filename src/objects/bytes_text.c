/* bytes_text.c: the ASCII text methods shared by bytes and bytearray: case
 * conversion, the is*() predicates, padding (center, ljust, rjust, zfill,
 * expandtabs) and translate / maketrans. Octets >= 0x80 are never letters. */
#include <string.h>

#include "args.h"
#include "bytes_impl.h"
#include "exc.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"

static bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_alpha(unsigned char c) {
    return is_lower(c) || is_upper(c);
}
static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool is_alnum(unsigned char c) {
    return is_alpha(c) || is_digit(c);
}
static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_ascii(unsigned char c) {
    return c < 0x80;
}

// The prologue of the methods without arguments: checks that none were
// given ("bytes.upper() takes no arguments (1 given)") and fetches self's
// octets. 0 or -1.
static int no_args(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames, const char **d,
                   size_t *n) {
    char qn[32];
    if (args_check(vm, bytesimpl_qualify(self, name, qn, sizeof qn), nargs, kwnames, 0, 0) < 0) {
        return -1;
    }
    bytesimpl_self(self, d, n);
    return 0;
}

// ---------------------------------------------------------------------------
// Case conversion: one octet at a time, `mode` picks the rule.
// ---------------------------------------------------------------------------

static Obj *case_common(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames,
                        char mode) {
    const char *d;
    size_t n;
    if (no_args(vm, name, self, nargs, kwnames, &d, &n) < 0) {
        return NULL;
    }
    Obj *r = bytesimpl_make(vm, self, d, n);
    if (r == NULL) {
        return NULL;
    }
    char *out;
    size_t rn;
    bytes_like_view(r, (const char **)&out, &rn);
    bool prev_cased = false; // for title: the previous octet was a letter
    for (size_t i = 0; i < rn; i++) {
        unsigned char c = (unsigned char)out[i];
        bool up;
        switch (mode) {
            case 'u':
                up = true;
                break;
            case 'l':
                up = false;
                break;
            case 's':
                up = is_lower(c);
                break;
            case 'c':
                up = i == 0;
                break;
            default: // title
                up = !prev_cased;
                break;
        }
        prev_cased = is_alpha(c);
        if (up && is_lower(c)) {
            out[i] = (char)(c - 'a' + 'A');
        } else if (!up && is_upper(c)) {
            out[i] = (char)(c - 'A' + 'a');
        }
    }
    return r;
}

#define BYTES_CASE(pyname, mode)                                                                   \
    Obj *bytes_py_##pyname(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {      \
        OURO_UNUSED(args);                                                                         \
        return case_common(vm, #pyname, self, nargs, kwnames, mode);                               \
    }
BYTES_CASE(upper, 'u')
BYTES_CASE(lower, 'l')
BYTES_CASE(swapcase, 's')
BYTES_CASE(capitalize, 'c')
BYTES_CASE(title, 't')
#undef BYTES_CASE

// ---------------------------------------------------------------------------
// Predicates: true when every octet passes `pred` (and there is at least
// one); isupper/islower need a cased octet and no octet of the other case.
// ---------------------------------------------------------------------------

static Obj *all_pass(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames,
                     bool (*pred)(unsigned char), bool empty_result) {
    const char *d;
    size_t n;
    if (no_args(vm, name, self, nargs, kwnames, &d, &n) < 0) {
        return NULL;
    }
    bool r = n > 0 || empty_result;
    for (size_t i = 0; i < n && r; i++) {
        r = pred((unsigned char)d[i]);
    }
    return obj_newref(obj_bool(r));
}

#define BYTES_PREDICATE(pyname, pred, empty)                                                       \
    Obj *bytes_py_##pyname(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {      \
        OURO_UNUSED(args);                                                                         \
        return all_pass(vm, #pyname, self, nargs, kwnames, pred, empty);                           \
    }
BYTES_PREDICATE(isdigit, is_digit, false)
BYTES_PREDICATE(isalpha, is_alpha, false)
BYTES_PREDICATE(isalnum, is_alnum, false)
BYTES_PREDICATE(isspace, is_space, false)
BYTES_PREDICATE(isascii, is_ascii, true)
#undef BYTES_PREDICATE

static Obj *cased_test(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames,
                       bool want_upper) {
    const char *d;
    size_t n;
    if (no_args(vm, name, self, nargs, kwnames, &d, &n) < 0) {
        return NULL;
    }
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (want_upper ? is_lower(c) : is_upper(c)) {
            return obj_newref(OBJ_FALSE);
        }
        cased = cased || is_alpha(c);
    }
    return obj_newref(obj_bool(cased));
}

Obj *bytes_py_isupper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return cased_test(vm, "isupper", self, nargs, kwnames, true);
}
Obj *bytes_py_islower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return cased_test(vm, "islower", self, nargs, kwnames, false);
}

// istitle(): uppercase octets only after uncased ones, lowercase only
// after cased ones, and at least one cased octet.
Obj *bytes_py_istitle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    const char *d;
    size_t n;
    if (no_args(vm, "istitle", self, nargs, kwnames, &d, &n) < 0) {
        return NULL;
    }
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if ((is_upper(c) && prev_cased) || (is_lower(c) && !prev_cased)) {
            return obj_newref(OBJ_FALSE);
        }
        prev_cased = is_alpha(c);
        any = any || prev_cased;
    }
    return obj_newref(obj_bool(any));
}

// ---------------------------------------------------------------------------
// Padding.
// ---------------------------------------------------------------------------

// Appends `count` copies of `c` to `b`. 0 or -1.
// Appends `count` copies of the octet `c` (reserved at once: see
// fmtspec_append_fill).
static int append_fill(StrBuf *b, char c, size_t count) {
    return fmtspec_append_fill(b, &c, 1, (int64_t)count);
}

// center/ljust/rjust(width, fillchar=b' '); `how` 'c', 'l' or 'r'.
static Obj *pad_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                       Obj *kwnames, char how) {
    const char *d, *fd;
    size_t n, fn;
    int64_t width;
    char fill = ' ';
    if (args_check(vm, name, nargs, kwnames, 1, 2) < 0 || obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    if (nargs > 1) {
        if (!bytes_like_view(args[1], &fd, &fn) || fn != 1) {
            return err_raise(vm, &exc_TypeError,
                             "%s() argument 2 must be a byte string of length 1, not %s", name,
                             obj_type_name(args[1]));
        }
        fill = fd[0];
    }
    bytesimpl_self(self, &d, &n);
    if (width <= (int64_t)n) {
        return obj_type(self) == &bytes_type ? obj_newref(self) : bytesimpl_make(vm, self, d, n);
    }
    size_t pad = (size_t)width - n, left;
    if (how == 'l') {
        left = 0;
    } else if (how == 'r') {
        left = pad;
    } else {
        // CPython's rule: the odd octet goes left when the width is odd.
        left = pad / 2 + (pad & (size_t)width & 1);
    }
    StrBuf b;
    strbuf_init(&b);
    if (append_fill(&b, fill, left) < 0 || strbuf_append(&b, d, n) < 0 ||
        append_fill(&b, fill, pad - left) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return bytesimpl_finish(vm, self, &b);
}

Obj *bytes_py_center(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "center", self, args, nargs, kwnames, 'c');
}
Obj *bytes_py_ljust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "ljust", self, args, nargs, kwnames, 'l');
}
Obj *bytes_py_rjust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "rjust", self, args, nargs, kwnames, 'r');
}

// zfill(width): zeros after a leading sign.
Obj *bytes_py_zfill(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *d;
    size_t n;
    int64_t width;
    char qn[32];
    if (args_check(vm, bytesimpl_qualify(self, "zfill", qn, sizeof qn), nargs, kwnames, 1, 1) < 0 ||
        obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    bytesimpl_self(self, &d, &n);
    if (width <= (int64_t)n) {
        return obj_type(self) == &bytes_type ? obj_newref(self) : bytesimpl_make(vm, self, d, n);
    }
    size_t sign = n > 0 && (d[0] == '+' || d[0] == '-') ? 1 : 0;
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append(&b, d, sign) < 0 || append_fill(&b, '0', (size_t)width - n) < 0 ||
        strbuf_append(&b, d + sign, n - sign) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return bytesimpl_finish(vm, self, &b);
}

// expandtabs(tabsize=8): columns restart after \n and \r.
Obj *bytes_py_expandtabs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Obj *bound[1] = {NULL};
    int64_t tab = 8;
    if (args_bind(vm, "expandtabs", args, nargs, kwnames, names, 1, 0, bound) < 0 ||
        (bound[0] != NULL && fmtspec_as_cint(vm, bound[0], &tab) < 0)) {
        return NULL;
    }
    const char *d;
    size_t n;
    bytesimpl_self(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                size_t spaces = (size_t)tab - col % (size_t)tab;
                if (append_fill(&b, ' ', spaces) < 0) {
                    goto fail;
                }
                col += spaces;
            }
            continue;
        }
        if (strbuf_append_char(&b, c) < 0) {
            goto fail;
        }
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return bytesimpl_finish(vm, self, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

// ---------------------------------------------------------------------------
// translate / maketrans.
// ---------------------------------------------------------------------------

// bytes.maketrans(frm, to): a 256-octet table mapping frm[i] to to[i].
Obj *bytes_py_maketrans(Vm *vm, Obj *unused, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(unused);
    const char *f, *t;
    size_t fn, tn;
    if (args_check(vm, "maketrans", nargs, kwnames, 2, 2) < 0 ||
        bytesimpl_need_view(vm, args[0], &f, &fn) < 0 ||
        bytesimpl_need_view(vm, args[1], &t, &tn) < 0) {
        return NULL;
    }
    if (fn != tn) {
        return err_raise(vm, &exc_ValueError, "maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (size_t i = 0; i < fn; i++) {
        table[(unsigned char)f[i]] = t[i];
    }
    return bytes_from_data(vm, table, sizeof table);
}

// translate(table, /, delete=b''): `table` None keeps octets as they are.
Obj *bytes_py_translate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"table", "delete", NULL};
    Obj *bound[2] = {NULL, NULL};
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    // `table` is positional-only in CPython.
    if (nargs < 1) {
        return err_raise(vm, &exc_TypeError,
                         "translate() takes at least 1 positional argument (0 given)");
    }
    if (args_bind(vm, "translate", args, nargs, kwnames, names, 2, 1, bound) < 0) {
        return NULL;
    }
    if (bound[0] != OBJ_NONE) {
        if (bytesimpl_need_view(vm, bound[0], &table, &tn) < 0) {
            return NULL;
        }
        if (tn != 256) {
            return err_raise(vm, &exc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (bound[1] != NULL && bytesimpl_need_view(vm, bound[1], &del, &dn) < 0) {
        return NULL;
    }
    const char *d;
    size_t n;
    bytesimpl_self(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (dn > 0 && memchr(del, c, dn) != NULL) {
            continue;
        }
        if (strbuf_append_char(&b, table != NULL ? table[c] : (char)c) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return bytesimpl_finish(vm, self, &b);
}
