/* str_percent.c: printf-style formatting, `fmt % args` (str's mod slot):
 * %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags, width and
 * precision (also `*`), and %(name)s with a mapping, with CPython's
 * errors. */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "exc.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "tuple.h"

typedef struct PctArgs {
    Obj *args;     // the right operand
    Obj *dict;     // mapping for %(name)s, or NULL
    int64_t count; // items when args is a tuple; -1 for a single value
    int64_t next;  // next item; -2 / -1 before / after use of a single value
    bool ascii;    // everything written so far is ASCII (digits always are)
} PctArgs;

typedef struct PctSpec {
    bool left, plus, space, alt, zero;
    int64_t width;     // -1 none
    int64_t precision; // -1 none
    char conv;
} PctSpec;

// Next positional argument (borrowed), or NULL with TypeError.
static Obj *next_arg(Vm *vm, PctArgs *a) {
    if (a->count >= 0) {
        if (a->next < a->count) {
            return tuple_get_borrow(a->args, (size_t)a->next++);
        }
    } else if (a->next == -2) {
        a->next = -1;
        return a->args;
    }
    return err_raise(vm, &exc_TypeError, "not enough arguments for format string");
}

// Copies n bytes; the short pieces of a format (a separator, a number)
// with two overlapping moves of 4 or 8 bytes, or byte by byte below 4,
// which costs less than the call.
static inline void copy_bytes(char *d, const char *s, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t head, tail;
        memcpy(&head, s, 8);
        memcpy(&tail, s + n - 8, 8);
        memcpy(d, &head, 8);
        memcpy(d + n - 8, &tail, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t head, tail;
        memcpy(&head, s, 4);
        memcpy(&tail, s + n - 4, 4);
        memcpy(d, &head, 4);
        memcpy(d + n - 4, &tail, 4);
    } else if (n < 4) {
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        memcpy(d, s, n);
    }
}

// Appends `n` bytes; the common case (room left) without a call.
static inline int put(StrBuf *b, const char *s, size_t n) {
    if (n <= b->cap - b->size) {
        copy_bytes(b->data + b->size, s, n);
        b->size += n;
        return 0;
    }
    return strbuf_append(b, s, n);
}

// Appends `count` copies of `c` (a space or a zero).
static int put_fill(StrBuf *b, char c, int64_t count) {
    if (count > 0 && (uint64_t)count <= b->cap - b->size) {
        memset(b->data + b->size, c, (size_t)count);
        b->size += (size_t)count;
        return 0;
    }
    return fmtspec_append_fill(b, &c, 1, count);
}

// Length of a sign or prefix: "", "-", "0x" and the like.
static inline size_t short_len(const char *s) {
    return s[0] == '\0' ? 0 : s[1] == '\0' ? 1 : 2;
}

// Pads `body` to the spec's width with spaces (zeros go through `sign`).
// `sign` and `prefix` are "" or one or two characters ("-", "0x", ...).
static int emit_padded_slow(StrBuf *b, const PctSpec *s, const char *sign, const char *prefix,
                            const char *body, size_t size, size_t len, bool zero_ok) {
    size_t nsign = short_len(sign), nprefix = short_len(prefix);
    size_t head = nsign + nprefix;
    int64_t pad = s->width > (int64_t)(head + len) ? s->width - (int64_t)(head + len) : 0;
    bool zero = s->zero && zero_ok && !s->left;
    size_t room = b->cap - b->size;
    if ((uint64_t)pad <= room && head + size <= room - (size_t)pad) {
        // Everything fits (the usual case): written in place, no calls
        // but the copies.
        char *d = b->data + b->size;
        char fill = zero ? '0' : ' ';
        if (pad > 0 && !s->left && !zero) {
            memset(d, ' ', (size_t)pad);
            d += pad;
        }
        for (size_t k = 0; k < nsign; k++) {
            *d++ = sign[k];
        }
        for (size_t k = 0; k < nprefix; k++) {
            *d++ = prefix[k];
        }
        if (zero) {
            memset(d, fill, (size_t)pad);
            d += pad;
        }
        copy_bytes(d, body, size);
        d += size;
        if (pad > 0 && s->left) {
            memset(d, ' ', (size_t)pad);
            d += pad;
        }
        b->size = (size_t)(d - b->data);
        return 0;
    }
    if (!s->left && !zero && put_fill(b, ' ', pad) < 0) {
        return -1;
    }
    if (put(b, sign, nsign) < 0 || put(b, prefix, nprefix) < 0) {
        return -1;
    }
    if (zero && put_fill(b, '0', pad) < 0) {
        return -1;
    }
    if (put(b, body, size) < 0) {
        return -1;
    }
    if (s->left && put_fill(b, ' ', pad) < 0) {
        return -1;
    }
    return 0;
}

// Most specs have no width, sign or prefix ("%s", "%d", "%.3f"): the
// body as it is, inline.
static inline int emit_padded(StrBuf *b, const PctSpec *s, const char *sign, const char *prefix,
                              const char *body, size_t size, size_t len, bool zero_ok) {
    if (s->width < 0 && sign[0] == '\0' && prefix[0] == '\0') {
        return put(b, body, size);
    }
    return emit_padded_slow(b, s, sign, prefix, body, size, len, zero_ok);
}

static int emit_text(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v, bool *ascii) {
    Obj *t;
    if (s->conv == 's' && !OBJ_IS_SMALLINT(v) && v->type == &str_type) {
        t = obj_newref(v); // str() of an exact str is itself
    } else {
        t = s->conv == 's' ? obj_str(vm, v) : s->conv == 'r' ? obj_repr(vm, v) : str_ascii(vm, v);
    }
    if (t == NULL) {
        return -1;
    }
    *ascii = *ascii && ((const StrObj *)t)->is_ascii;
    size_t len = str_len(t), size = str_size(t);
    if (s->precision >= 0 && (size_t)s->precision < len) {
        len = (size_t)s->precision;
        size = str_byte_offset(t, len);
    }
    int rc = emit_padded(b, s, "", "", str_cstr(t), size, len, false);
    obj_decref(t);
    return rc;
}

// Writes the digits of `mag` in base 8, 10 or 16 (upper case for 'X') at
// the end of `buf` (room for 24 bytes); returns where they start.
// Each base has its own loop, so that the divisions are by constants
// (shifts, or a multiplication for 10) rather than the divide instruction.
static char *small_digits(uint64_t mag, char conv, char *end) {
    char *p = end;
    if (conv == 'x' || conv == 'X') {
        const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            *--p = set[mag & 15];
            mag >>= 4;
        } while (mag != 0);
    } else if (conv == 'o') {
        do {
            *--p = (char)('0' + (mag & 7));
            mag >>= 3;
        } while (mag != 0);
    } else {
        // Two digits per division.
        static const char pairs[201] = "00010203040506070809101112131415161718192021222324"
                                       "25262728293031323334353637383940414243444546474849"
                                       "50515253545556575859606162636465666768697071727374"
                                       "75767778798081828384858687888990919293949596979899";
        while (mag >= 100) {
            unsigned k = (unsigned)(mag % 100) * 2;
            mag /= 100;
            p -= 2;
            p[0] = pairs[k];
            p[1] = pairs[k + 1];
        }
        if (mag >= 10) {
            p -= 2;
            p[0] = pairs[mag * 2];
            p[1] = pairs[mag * 2 + 1];
        } else {
            *--p = (char)('0' + mag);
        }
    }
    return p;
}

// Pads the digits `body` with the spec's precision (a minimum number of
// digits), sign and prefix, then to its width.
static int emit_digits(StrBuf *b, const PctSpec *s, bool negative, const char *body, size_t size) {
    const char *prefix = "";
    if (s->alt) {
        prefix = s->conv == 'x' ? "0x" : s->conv == 'X' ? "0X" : s->conv == 'o' ? "0o" : "";
    }
    const char *sign = negative ? "-" : s->plus ? "+" : s->space ? " " : "";
    if (s->precision <= (int64_t)size) {
        // The usual case: the digits as they are, no second buffer.
        return emit_padded(b, s, sign, prefix, body, size, size, true);
    }
    StrBuf full;
    strbuf_init(&full);
    int rc = fmtspec_append_fill(&full, "0", 1, s->precision - (int64_t)size);
    if (rc == 0) {
        rc = strbuf_append(&full, body, size);
    }
    if (rc == 0) {
        rc = emit_padded(b, s, sign, prefix, full.data, full.size, full.size, true);
    }
    strbuf_free(&full);
    return rc;
}

static int emit_int(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    Obj *i = NULL;
    bool decimal = s->conv == 'd' || s->conv == 'i' || s->conv == 'u';
    if (OBJ_IS_SMALLINT(v)) {
        // The common case (`%d` of a loop counter) needs no int object, no
        // spec string and no __format__ call.
        int64_t n = SMALLINT_VALUE(v);
        uint64_t mag = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
        char buf[24];
        char *digits = small_digits(mag, decimal ? 'd' : s->conv, buf + sizeof buf);
        size_t size = (size_t)(buf + sizeof buf - digits);
        if (s->width < 0 && s->precision < 0 && !s->plus && !s->space && !s->alt) {
            // A bare "%d" or "%x": the sign and the digits as they are.
            if (n < 0 && put(b, "-", 1) < 0) {
                return -1;
            }
            return put(b, digits, size);
        }
        return emit_digits(b, s, n < 0, digits, size);
    }
    if (float_check(v) && decimal) {
        i = int_from_obj(vm, v);
    } else if (int_check(v) || obj_type(v)->as_int != NULL) {
        i = obj_index(vm, v);
    } else {
        err_raise(vm, &exc_TypeError, "%%%c format: %s is required, not %s", s->conv,
                  decimal ? "a real number" : "an integer", obj_type_name(v));
        return -1;
    }
    if (i == NULL) {
        return -1;
    }
    Obj *mag = obj_abs(vm, i);
    bool negative = int_sign(i) < 0;
    obj_decref(i);
    if (mag == NULL) {
        return -1;
    }
    char type[2] = {decimal ? 'd' : s->conv, 0};
    Obj *spec = str_from_cstr(vm, type);
    Obj *digits = spec == NULL ? NULL : str_format_value(vm, mag, spec);
    obj_xdecref(spec);
    obj_decref(mag);
    if (digits == NULL) {
        return -1;
    }
    int rc = emit_digits(b, s, negative, str_cstr(digits), str_size(digits));
    obj_decref(digits);
    return rc;
}

// Writes the digits of `a` (finite, 0 <= a < 9e15) rounded to `prec`
// (<= 15) places, "123.456", into `out` (room for 40 bytes); returns the
// length. The double is an integer times a power of two, so a * 10**prec
// is computed exactly in 128 bits and rounded half to even on its exact
// value: the digits C's printf("%.*f") and CPython give, without their
// general (and slow) algorithm.
static size_t fixed_digits(double a, int prec, char *out) {
    static const uint64_t pow10[16] = {1,
                                       10,
                                       100,
                                       1000,
                                       10000,
                                       100000,
                                       1000000,
                                       10000000,
                                       100000000,
                                       1000000000,
                                       10000000000,
                                       100000000000,
                                       1000000000000,
                                       10000000000000,
                                       100000000000000,
                                       1000000000000000};
    // a = mant * 2**-shift, read from the IEEE bits (a subnormal has no
    // implicit bit and the smallest exponent); shift >= 1 since a < 2**53.
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int biased = (int)(bits >> 52) & 0x7FF;
    uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
    int shift = 1074;
    if (biased != 0) {
        mant |= UINT64_C(1) << 52;
        shift = 1075 - biased;
    }
    unsigned __int128 v = (unsigned __int128)mant * pow10[prec];
    unsigned __int128 q = 0;
    if (shift < 128) {
        q = v >> shift;
        if (shift > 0) {
            unsigned __int128 rem = v - (q << shift), half = (unsigned __int128)1 << (shift - 1);
            q += rem > half || (rem == half && (q & 1) != 0);
        }
    } // else a < 2**-74: zero at any precision taken here
    uint64_t whole = (uint64_t)(q / pow10[prec]), frac = (uint64_t)(q % pow10[prec]);
    char digits[24];
    char *w = small_digits(whole, 'd', digits + sizeof digits);
    size_t n = (size_t)(digits + sizeof digits - w);
    memcpy(out, w, n);
    if (prec > 0) {
        out[n++] = '.';
        for (int k = prec - 1; k >= 0; k--) {
            out[n + (size_t)k] = (char)('0' + frac % 10);
            frac /= 10;
        }
        n += (size_t)prec;
    }
    return n;
}

static int emit_float(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v) {
    double d;
    if (num_as_double(vm, v, &d) < 0) {
        return -1;
    }
    if (!isfinite(d)) {
        // Padded like numbers, zeros included (CPython's '00000inf').
        bool upper = s->conv == 'F' || s->conv == 'E' || s->conv == 'G';
        const char *body = isinf(d) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        // CPython never shows the sign of a NaN.
        const char *sign = isinf(d) && d < 0 ? "-" : s->plus ? "+" : s->space ? " " : "";
        return emit_padded(b, s, sign, "", body, 3, 3, true);
    }
    int fprec = s->precision < 0 ? 6 : (int)(s->precision > 99 ? 99 : s->precision);
    if ((s->conv == 'f' || s->conv == 'F') && !s->alt && fprec <= 15 && fabs(d) < 9e15) {
        // '%.3f' of an ordinary number: exact digits without snprintf.
        char body[40];
        size_t n = fixed_digits(fabs(d), fprec, body);
        const char *sign = signbit(d) ? "-" : s->plus ? "+" : s->space ? " " : "";
        return emit_padded(b, s, sign, "", body, n, n, true);
    }
    // The C format is put together by hand: a snprintf just to build it
    // cost as much as the conversion itself.
    char fmt[16];
    size_t k = 0;
    fmt[k++] = '%';
    if (s->left) {
        fmt[k++] = '-';
    }
    if (s->plus) {
        fmt[k++] = '+';
    }
    if (s->space) {
        fmt[k++] = ' ';
    }
    if (s->alt) {
        fmt[k++] = '#';
    }
    if (s->zero) {
        fmt[k++] = '0';
    }
    memcpy(fmt + k, "*.*", 3);
    k += 3;
    fmt[k++] = s->conv;
    fmt[k] = '\0';
    int prec = s->precision < 0 ? 6 : (int)(s->precision > 500 ? 500 : s->precision);
    int width = s->width < 0 ? 0 : (int)(s->width > 100000 ? 100000 : s->width);
    size_t cap = (size_t)width + (size_t)prec + 400;
    char small[512];
    char *buf = cap <= sizeof small ? small : mem_alloc(cap);
    if (buf == NULL) {
        return -1;
    }
    int n = snprintf(buf, cap, fmt, width, prec, d);
    int rc = strbuf_append(b, buf, n < 0 ? 0 : (size_t)n);
    if (buf != small) {
        mem_free(buf);
    }
    return rc;
}

static int emit_char(Vm *vm, StrBuf *b, const PctSpec *s, Obj *v, bool *ascii) {
    Obj *ch = NULL;
    if (str_check(v)) {
        if (str_len(v) != 1) {
            err_raise(vm, &exc_TypeError, "%%c requires int or char");
            return -1;
        }
        ch = obj_newref(v);
    } else if (int_check(v) || obj_type(v)->as_int != NULL) {
        int64_t cp;
        if (obj_as_ssize(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        ch = str_from_codepoint(vm, (uint32_t)cp);
    } else {
        err_raise(vm, &exc_TypeError, "%%c requires int or char");
        return -1;
    }
    if (ch == NULL) {
        return -1;
    }
    *ascii = *ascii && ((const StrObj *)ch)->is_ascii;
    int rc = emit_padded(b, s, "", "", str_cstr(ch), str_size(ch), 1, false);
    obj_decref(ch);
    return rc;
}

// Reads a width or precision: digits, or '*' taking the next argument.
static int read_num(Vm *vm, const char **pp, const char *end, PctArgs *a, int64_t *out,
                    bool *neg_star) {
    const char *p = *pp;
    *out = -1;
    if (p >= end || (*p != '*' && (*p < '0' || *p > '9'))) {
        return 0; // none given: the usual case
    }
    if (p < end && *p == '*') {
        Obj *v = next_arg(vm, a);
        if (v == NULL) {
            return -1;
        }
        if (!int_check(v)) {
            err_raise(vm, &exc_TypeError, "* wants int");
            return -1;
        }
        // The width is a Py_ssize_t in CPython, the precision a C int.
        if ((neg_star != NULL ? obj_as_ssize(vm, v, out) : fmtspec_as_cint(vm, v, out)) < 0) {
            return -1;
        }
        if (*out < 0 && neg_star != NULL) {
            *neg_star = true;
            *out = -*out;
        }
        *pp = p + 1;
        return 0;
    }
    int64_t v = -1;
    // Digits may ask for any width CPython could hold (then MemoryError),
    // but a precision must fit a C int. Below limit / 10 no digit can
    // overflow, so the exact test runs only for long numbers.
    int64_t limit = neg_star != NULL ? INT64_MAX : INT_MAX;
    int64_t safe = limit / 10;
    while (p < end && *p >= '0' && *p <= '9') {
        if (v >= safe && v > (limit - (*p - '0')) / 10) {
            err_raise(vm, &exc_ValueError,
                      neg_star != NULL ? "width too big" : "precision too big");
            return -1;
        }
        v = (v < 0 ? 0 : v) * 10 + (*p - '0');
        p++;
    }
    *out = v;
    *pp = p;
    return 0;
}

// What each conversion character formats: CONV_NONE for characters that
// are not one of "sradiuxXoeEfFgGc" (and '%', handled apart). One table
// lookup serves both the check and the dispatch.
enum { CONV_NONE, CONV_TEXT, CONV_CHAR, CONV_FLOAT, CONV_INT };
static const unsigned char conv_kind[256] = {
    ['s'] = CONV_TEXT,  ['r'] = CONV_TEXT,  ['a'] = CONV_TEXT,  ['c'] = CONV_CHAR,
    ['d'] = CONV_INT,   ['i'] = CONV_INT,   ['u'] = CONV_INT,   ['x'] = CONV_INT,
    ['X'] = CONV_INT,   ['o'] = CONV_INT,   ['e'] = CONV_FLOAT, ['E'] = CONV_FLOAT,
    ['f'] = CONV_FLOAT, ['F'] = CONV_FLOAT, ['g'] = CONV_FLOAT, ['G'] = CONV_FLOAT,
};

static inline bool is_conversion(char c) {
    return conv_kind[(unsigned char)c] != CONV_NONE;
}

// Parses "(key)flags width .prec len conv" after a '%'; returns the value.
static Obj *parse_spec(Vm *vm, const char **pp, const char *start, const char *end, PctArgs *a,
                       PctSpec *s, Obj **owned) {
    const char *p = *pp;
    Obj *value = NULL;
    memset(s, 0, sizeof *s);
    s->width = -1;
    s->precision = -1;
    if (p < end && is_conversion(*p)) {
        // A bare "%s" or "%d": the usual spec, nothing else to read.
        s->conv = *p;
        *pp = p + 1;
        return next_arg(vm, a);
    }
    if (p < end && *p == '(') {
        if (a->dict == NULL) {
            return err_raise(vm, &exc_TypeError, "format requires a mapping");
        }
        int depth = 1;
        const char *k = ++p;
        while (p < end && depth > 0) {
            depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
            p++;
        }
        if (depth > 0) {
            return err_raise(vm, &exc_ValueError, "incomplete format key");
        }
        Obj *key = str_from_utf8(vm, k, (size_t)(p - 1 - k));
        if (key == NULL) {
            return NULL;
        }
        value = *owned = obj_getitem(vm, a->dict, key);
        obj_decref(key);
        if (value == NULL) {
            return NULL;
        }
        a->next = -1; // a mapping counts as used
    }
    for (; p < end; p++) {
        if (*p == '-') {
            s->left = true;
        } else if (*p == '+') {
            s->plus = true;
        } else if (*p == ' ') {
            s->space = true;
        } else if (*p == '#') {
            s->alt = true;
        } else if (*p == '0') {
            s->zero = true;
        } else {
            break;
        }
    }
    // (No width is the usual case: tested here without the call. Short
    // numbers are read here too.)
    if (p + 1 < end && *p >= '0' && *p <= '9' && (p[1] < '0' || p[1] > '9')) {
        s->width = *p++ - '0';
    } else if (p < end && (*p == '*' || (*p >= '0' && *p <= '9')) &&
               read_num(vm, &p, end, a, &s->width, &s->left) < 0) {
        return NULL;
    }
    if (p < end && *p == '.') {
        p++;
        if (p + 1 < end && *p >= '0' && *p <= '9' && (p[1] < '0' || p[1] > '9')) {
            s->precision = *p++ - '0';
        } else if (read_num(vm, &p, end, a, &s->precision, NULL) < 0) {
            return NULL;
        }
        if (s->precision < 0) {
            s->precision = 0;
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
        p++;
    }
    if (p >= end) {
        return err_raise(vm, &exc_ValueError, "incomplete format");
    }
    s->conv = *p++;
    *pp = p;
    if (s->conv == '%') {
        return OBJ_NONE;
    }
    // (A NUL in the format is an unsupported character too, which strchr
    // would have taken for the end of its set.)
    if (!is_conversion(s->conv)) {
        uint32_t cp;
        utf8_decode(p - 1, &cp);
        // CPython shows the character only when it is printable ASCII,
        // and counts the index in code points.
        size_t index = 0;
        for (const char *q = start; q < p - 1; q++) {
            index += ((unsigned char)*q & 0xC0) != 0x80;
        }
        return err_raise(vm, &exc_ValueError,
                         "unsupported format character '%c' (0x%x) at index %zu",
                         cp >= 31 && cp <= 126 ? (int)cp : '?', (unsigned)cp, index);
    }
    return value != NULL ? value : next_arg(vm, a);
}

NEWREF Obj *str_percent_format(Vm *vm, Obj *fmt, Obj *args) {
    PctArgs a = {args, NULL, -1, -2, ((const StrObj *)fmt)->is_ascii};
    if (tuple_check(args)) {
        a.count = (int64_t)tuple_len(args);
        a.next = 0;
    } else if (obj_type(args)->getitem != NULL && !str_check(args)) {
        a.dict = args;
    }
    const char *start = str_cstr(fmt), *p = start, *end = start + str_size(fmt);
    char storage[256]; // most results are short lines
    StrBuf b;
    strbuf_init_stack(&b, storage, sizeof storage);
    while (p < end) {
        const char *lit = p;
        // Literal text between specs is usually a separator or two: a
        // short scan, then memchr for long runs.
        const char *scan_end = end - p > 16 ? p + 16 : end;
        while (p < scan_end && *p != '%') {
            p++;
        }
        if (p == scan_end && p < end) {
            p = memchr(p, '%', (size_t)(end - p));
            if (p == NULL) {
                p = end;
            }
        }
        if (put(&b, lit, (size_t)(p - lit)) < 0) {
            goto fail;
        }
        if (p >= end) {
            break;
        }
        p++;
        PctSpec s;
        Obj *owned = NULL;
        Obj *v = parse_spec(vm, &p, start, end, &a, &s, &owned);
        if (v == NULL) {
            goto fail;
        }
        int rc;
        switch (conv_kind[(unsigned char)s.conv]) {
            case CONV_TEXT:
                rc = emit_text(vm, &b, &s, v, &a.ascii);
                break;
            case CONV_CHAR:
                rc = emit_char(vm, &b, &s, v, &a.ascii);
                break;
            case CONV_FLOAT:
                rc = emit_float(vm, &b, &s, v);
                break;
            case CONV_INT:
                rc = emit_int(vm, &b, &s, v);
                break;
            default: // '%'
                rc = strbuf_append_char(&b, '%');
                break;
        }
        obj_xdecref(owned);
        if (rc < 0) {
            goto fail;
        }
    }
    if (a.dict == NULL && ((a.count >= 0 && a.next < a.count) || (a.count < 0 && a.next == -2))) {
        err_raise(vm, &exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    // Numbers, padding and an ASCII format give ASCII: no rescan then.
    Obj *res = a.ascii ? str_from_ascii(vm, b.data, b.size) : str_from_utf8(vm, b.data, b.size);
    strbuf_free(&b);
    return res;
fail:
    strbuf_free(&b);
    return NULL;
}
