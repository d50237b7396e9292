/* str_format.c: text formatting on str: str.format / format_map (fields,
 * conversions, nested specs), str.__format__, format(value, spec), ascii(),
 * and printf-style `fmt % args` (str_percent_format). */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "fmtspec.h"
#include "intimpl.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "tuple.h"

// ---------------------------------------------------------------------------
// format(value, spec) and ascii().
// ---------------------------------------------------------------------------
NEWREF Obj *str_format_value(Vm *vm, Obj *value, Obj *spec) {
    // The exact built-in types run their __format__ directly, without a
    // method lookup and a bound method per call (f-strings and format()
    // in loops). Subclasses may override __format__: they go the long way.
    TypeObj *t = obj_type(value);
    if (t == &int_type) {
        return str_size(spec) == 0 ? obj_str(vm, value) : int_py_format(vm, value, &spec, 1, NULL);
    }
    if (t == &str_type) {
        return str_size(spec) == 0 ? obj_newref(value)
                                   : str_py_dunder_format(vm, value, &spec, 1, NULL);
    }
    if (t == &float_type) {
        FmtSpec fs;
        Obj *plain = NULL;
        if (fmtspec_begin(vm, value, &spec, 1, NULL, "float", &fs, &plain) != 0) {
            return plain;
        }
        return fmtspec_float(vm, float_value(value), &fs);
    }
    Obj *res = obj_call_method(vm, value, "__format__", &spec, 1);
    if (res == NULL && str_size(spec) == 0 && err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
        return obj_str(vm, value);
    }
    if (res != NULL && !str_check(res)) {
        err_raise(vm, &exc_TypeError, "__format__ must return a str, not %s", obj_type_name(res));
        obj_decref(res);
        return NULL;
    }
    return res;
}

NEWREF Obj *str_ascii(Vm *vm, Obj *o) {
    Obj *r = obj_repr(vm, o);
    if (r == NULL || ((StrObj *)r)->is_ascii) {
        return r;
    }
    StrBuf b;
    strbuf_init(&b);
    const char *p = str_cstr(r), *end = p + str_size(r);
    while (p < end) {
        uint32_t cp;
        size_t n = utf8_decode(p, &cp);
        char esc[16];
        int k;
        if (cp < 0x80) {
            esc[0] = (char)cp;
            k = 1;
        } else if (cp < 0x100) {
            k = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x10000) {
            k = snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
        } else {
            k = snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
        }
        if (strbuf_append(&b, esc, (size_t)k) < 0) {
            strbuf_free(&b);
            obj_decref(r);
            return NULL;
        }
        p += n;
    }
    obj_decref(r);
    return strbuf_finish(vm, &b);
}

// ---------------------------------------------------------------------------
// str.__format__.
// ---------------------------------------------------------------------------
NEWREF Obj *str_py_dunder_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FmtSpec spec;
    Obj *plain = NULL;
    if (fmtspec_begin(vm, self, args, nargs, kwnames, "str", &spec, &plain) != 0) {
        return plain;
    }
    if (spec.type != 0 && spec.type != 's') {
        fmtspec_unknown(vm, spec.type, "str");
        return NULL;
    }
    if (spec.sign != 0) {
        return err_raise(vm, &exc_ValueError, "Sign not allowed in string format specifier");
    }
    if (spec.alt) {
        return err_raise(vm, &exc_ValueError,
                         "Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align == '=') {
        return err_raise(vm, &exc_ValueError,
                         "'=' alignment not allowed in string format specifier");
    }
    if (spec.grouping != 0) {
        return err_raise(vm, &exc_ValueError, "Cannot specify '%c' with 's'.", spec.grouping);
    }
    size_t len = str_len(self), size = str_size(self);
    if (spec.precision >= 0 && (size_t)spec.precision < len) {
        len = (size_t)spec.precision;
        size = str_byte_offset(self, len);
    }
    StrBuf b;
    strbuf_init(&b);
    if (fmtspec_pad(&b, &spec, str_cstr(self), size, len, '<') < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

// ---------------------------------------------------------------------------
// str.format and str.format_map.
// ---------------------------------------------------------------------------
typedef struct FormatCtx {
    Obj *const *args;
    size_t nargs;
    Obj *kwnames;   // tuple of str or NULL (str.format)
    Obj *mapping;   // format_map's mapping, or NULL
    int auto_index; // next automatic field; -1 once manual numbering was used
    bool manual;
} FormatCtx;

static int format_into(Vm *vm, StrBuf *out, const char *p, const char *end, FormatCtx *ctx,
                       int depth);

// Looks up the keyword argument `name` (`n` bytes).
static Obj *lookup_keyword(Vm *vm, FormatCtx *ctx, const char *name, size_t n) {
    Obj *key = str_from_utf8(vm, name, n);
    if (key == NULL) {
        return NULL;
    }
    Obj *res = NULL;
    if (ctx->mapping != NULL) {
        res = obj_getitem(vm, ctx->mapping, key);
    } else {
        size_t nk = ctx->kwnames != NULL ? tuple_len(ctx->kwnames) : 0;
        for (size_t i = 0; i < nk; i++) {
            if (str_equal(tuple_get_borrow(ctx->kwnames, i), key)) {
                res = obj_newref(ctx->args[ctx->nargs + i]);
                break;
            }
        }
        if (res == NULL) {
            err_raise_obj(vm, &exc_KeyError, key);
        }
    }
    obj_decref(key);
    return res;
}

static bool all_digits(const char *p, size_t n) {
    if (n == 0) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
    }
    return true;
}

// Resolves the first part of a field name: an index, a keyword or empty.
static Obj *field_first(Vm *vm, FormatCtx *ctx, const char *name, size_t n) {
    if (n == 0 || all_digits(name, n)) {
        int64_t idx;
        if (n == 0) {
            if (ctx->manual) {
                return err_raise(vm, &exc_ValueError,
                                 "cannot switch from manual field specification to automatic "
                                 "field numbering");
            }
            idx = ctx->auto_index++;
        } else {
            if (ctx->auto_index > 0) {
                return err_raise(vm, &exc_ValueError,
                                 "cannot switch from automatic field numbering to manual field "
                                 "specification");
            }
            ctx->manual = true;
            idx = 0;
            for (size_t i = 0; i < n && idx < 1000000000; i++) {
                idx = idx * 10 + (name[i] - '0');
            }
        }
        if (ctx->mapping != NULL) {
            return err_raise(vm, &exc_ValueError, "Format string contains positional fields");
        }
        if ((size_t)idx >= ctx->nargs) {
            return err_raise(vm, &exc_IndexError,
                             "Replacement index %lld out of range for positional args tuple",
                             (long long)idx);
        }
        return obj_newref(ctx->args[idx]);
    }
    return lookup_keyword(vm, ctx, name, n);
}

// Applies ".attr" and "[key]" parts to `obj` (consumed).
static Obj *field_rest(Vm *vm, Obj *obj, const char *p, const char *end) {
    while (obj != NULL && p < end) {
        Obj *next = NULL;
        if (*p == '.') {
            const char *q = ++p;
            while (q < end && *q != '.' && *q != '[') {
                q++;
            }
            if (q == p) {
                obj_decref(obj);
                return err_raise(vm, &exc_ValueError, "Empty attribute in format string");
            }
            Obj *name = str_from_utf8(vm, p, (size_t)(q - p));
            if (name != NULL) {
                next = obj_getattr(vm, obj, name);
                obj_decref(name);
            }
            p = q;
        } else if (*p == '[') {
            const char *q = ++p;
            while (q < end && *q != ']') {
                q++;
            }
            if (q >= end) {
                obj_decref(obj);
                return err_raise(vm, &exc_ValueError, "Missing ']' in format string");
            }
            if (q == p) {
                obj_decref(obj);
                return err_raise(vm, &exc_ValueError, "Empty attribute in format string");
            }
            Obj *key = all_digits(p, (size_t)(q - p)) ? int_from_text(vm, p, (size_t)(q - p), 10)
                                                      : str_from_utf8(vm, p, (size_t)(q - p));
            if (key != NULL) {
                next = obj_getitem(vm, obj, key);
                obj_decref(key);
            }
            p = q + 1;
        } else {
            obj_decref(obj);
            return err_raise(vm, &exc_ValueError,
                             "Only '.' or '[' may follow ']' in format field specifier");
        }
        obj_decref(obj);
        obj = next;
    }
    return obj;
}

// Formats one replacement field (the text between the braces).
static int format_field(Vm *vm, StrBuf *out, const char *p, const char *end, FormatCtx *ctx,
                        int depth) {
    // Split "name[!conv][:spec]"; brackets in the name may hide ':' and '!'.
    const char *q = p;
    while (q < end && *q != '!' && *q != ':') {
        if (*q == '[') {
            while (q < end && *q != ']') {
                q++;
            }
        }
        if (q < end) {
            q++;
        }
    }
    const char *name_end = q;
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end) {
            err_raise(vm, &exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = q[1];
        q += 2;
        if (q < end && *q != ':') {
            err_raise(vm, &exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    const char *spec_start = q < end ? q + 1 : end;
    const char *first_end = p;
    while (first_end < name_end && *first_end != '.' && *first_end != '[') {
        first_end++;
    }
    Obj *value = field_first(vm, ctx, p, (size_t)(first_end - p));
    value = value == NULL ? NULL : field_rest(vm, value, first_end, name_end);
    if (value == NULL) {
        return -1;
    }
    if (conv != 0) {
        Obj *c = NULL;
        if (conv == 'r') {
            c = obj_repr(vm, value);
        } else if (conv == 's') {
            c = obj_str(vm, value);
        } else if (conv == 'a') {
            c = str_ascii(vm, value);
        } else {
            err_raise(vm, &exc_ValueError, "Unknown conversion specifier %c", conv);
        }
        obj_decref(value);
        if (c == NULL) {
            return -1;
        }
        value = c;
    }
    // The spec may itself contain replacement fields.
    StrBuf sb;
    strbuf_init(&sb);
    Obj *spec = NULL, *text = NULL;
    int rc = -1;
    if (format_into(vm, &sb, spec_start, end, ctx, depth + 1) < 0) {
        strbuf_free(&sb);
        goto done;
    }
    spec = strbuf_finish(vm, &sb);
    if (spec == NULL) {
        goto done;
    }
    text = str_format_value(vm, value, spec);
    if (text != NULL) {
        rc = strbuf_append_str(out, text);
    }
done:
    obj_xdecref(spec);
    obj_xdecref(text);
    obj_decref(value);
    return rc;
}

// Raises CPython's error for a field opened at `start` and never closed.
static void unclosed_field(Vm *vm, const char *start, const char *end) {
    if (start == end) {
        err_raise(vm, &exc_ValueError, "Single '{' encountered in format string");
    } else if (memchr(start, ':', (size_t)(end - start)) != NULL) {
        err_raise(vm, &exc_ValueError, "unmatched '{' in format spec");
    } else if (end[-1] == '!') {
        err_raise(vm, &exc_ValueError, "end of string while looking for conversion specifier");
    } else {
        err_raise(vm, &exc_ValueError, "expected '}' before end of string");
    }
}

static int format_into(Vm *vm, StrBuf *out, const char *p, const char *end, FormatCtx *ctx,
                       int depth) {
    if (depth > 2) {
        err_raise(vm, &exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') {
            p++;
        }
        if (strbuf_append(out, lit, (size_t)(p - lit)) < 0) {
            return -1;
        }
        if (p >= end) {
            break;
        }
        if (*p == '}') {
            if (p + 1 < end && p[1] == '}') {
                if (strbuf_append_char(out, '}') < 0) {
                    return -1;
                }
                p += 2;
                continue;
            }
            err_raise(vm, &exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (p + 1 < end && p[1] == '{') {
            if (strbuf_append_char(out, '{') < 0) {
                return -1;
            }
            p += 2;
            continue;
        }
        // Find the matching '}' (nested fields in the spec count).
        const char *start = ++p;
        int level = 1;
        while (p < end) {
            if (*p == '[') {
                while (p < end && *p != ']') {
                    p++;
                }
            } else if (*p == '{') {
                level++;
            } else if (*p == '}' && --level == 0) {
                break;
            }
            if (p < end) {
                p++;
            }
        }
        if (p >= end) {
            unclosed_field(vm, start, end);
            return -1;
        }
        if (format_field(vm, out, start, p, ctx, depth) < 0) {
            return -1;
        }
        p++;
    }
    return 0;
}

NEWREF Obj *str_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FormatCtx ctx = {args, nargs, kwnames, NULL, 0, false};
    StrBuf b;
    strbuf_init(&b);
    if (format_into(vm, &b, str_cstr(self), str_cstr(self) + str_size(self), &ctx, 0) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

NEWREF Obj *str_py_format_map(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "format_map", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    FormatCtx ctx = {NULL, 0, NULL, args[0], 0, false};
    StrBuf b;
    strbuf_init(&b);
    if (format_into(vm, &b, str_cstr(self), str_cstr(self) + str_size(self), &ctx, 0) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}
