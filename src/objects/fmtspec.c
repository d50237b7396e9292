/* fmtspec.c: parsing of the format specification mini-language and the
 * padding shared by int.__format__, float.__format__ and str.__format__. */
#include <limits.h>
#include <string.h>

#include "args.h"
#include "exc.h"
#include "fmtspec.h"
#include "memory/mem.h"
#include "runtime.h"

// Byte length of the UTF-8 sequence starting with `c`.
static size_t utf8_seq_len(unsigned char c) {
    if (c < 0x80) {
        return 1;
    }
    if (c >= 0xF0) {
        return 4;
    }
    if (c >= 0xE0) {
        return 3;
    }
    return 2;
}

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads a decimal count; -1 with ValueError when it does not fit.
static int read_count(Vm *vm, const char **pp, const char *end, int64_t *out) {
    const char *p = *pp;
    int64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, *p - '0', &v)) {
            err_raise(vm, &exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        p++;
    }
    *out = p == *pp ? -1 : v;
    *pp = p;
    return 0;
}

int fmtspec_parse(Vm *vm, Obj *spec, const char *kind, FmtSpec *out) {
    const char *p = str_cstr(spec), *end = p + str_size(spec);
    memset(out, 0, sizeof(*out));
    out->fill[0] = ' ';
    out->width = -1;
    out->precision = -1;
    bool fill_given = false;
    size_t n = p < end ? utf8_seq_len((unsigned char)*p) : 0;
    if (p + n < end && is_align(p[n])) {
        memcpy(out->fill, p, n);
        out->fill[n] = '\0';
        fill_given = true;
        out->align = p[n];
        p += n + 1;
    } else if (p < end && is_align(*p)) {
        out->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        out->sign = *p++;
    }
    if (p < end && *p == 'z') {
        out->no_neg_zero = true;
        p++;
    }
    if (p < end && *p == '#') {
        out->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        out->zero = true;
        if (!fill_given) {
            strcpy(out->fill, "0");
        }
        if (out->align == 0) {
            out->align = '=';
        }
        p++;
    }
    if (read_count(vm, &p, end, &out->width) < 0) {
        return -1;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        out->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p == out->grouping) {
                err_raise(vm, &exc_ValueError, "Cannot specify '%c' with '%c'.", *p, *p);
            } else {
                err_raise(vm, &exc_ValueError, "Cannot specify both ',' and '_'.");
            }
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (read_count(vm, &p, end, &out->precision) < 0) {
            return -1;
        }
        if (out->precision < 0) {
            err_raise(vm, &exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1) {
        err_raise(vm, &exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                  str_cstr(spec), kind);
        return -1;
    }
    if (p < end) {
        out->type = *p;
    }
    if (out->grouping != 0 && out->type != 0 && strchr("deEfFgG%", out->type) == NULL) {
        if (out->grouping == '_' && strchr("boxX", out->type) != NULL) {
            return 0;
        }
        err_raise(vm, &exc_ValueError, "Cannot specify '%c' with '%c'.", out->grouping, out->type);
        return -1;
    }
    return 0;
}

int fmtspec_begin(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames, const char *kind,
                  FmtSpec *spec, Obj **plain) {
    if (args_check(vm, "__format__", nargs, kwnames, 1, 1) < 0) {
        return -1;
    }
    if (!str_check(args[0])) {
        err_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                  obj_type_name(args[0]));
        return -1;
    }
    if (str_size(args[0]) == 0) {
        *plain = obj_str(vm, self);
        return *plain == NULL ? -1 : 1;
    }
    return fmtspec_parse(vm, args[0], kind, spec);
}

int fmtspec_unknown(Vm *vm, char type, const char *kind) {
    if ((unsigned char)type > 32 && (unsigned char)type < 128) {
        err_raise(vm, &exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                  kind);
    } else {
        err_raise(vm, &exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)(unsigned char)type, kind);
    }
    return -1;
}

int fmtspec_append_fill(StrBuf *b, const char *fill, size_t fill_size, int64_t count) {
    if (count <= 0 || fill_size == 0) {
        return 0;
    }
    size_t run, need;
    // A result past 64 GiB is refused without asking the C library, as str
    // repetition does: CPython's MemoryError for sizes no machine here can
    // hold, and AddressSanitizer's allocator would abort on such a request
    // instead of failing it.
    if (!mem_mul_ok((size_t)count, fill_size, &run) || !mem_add_ok(b->size, run, &need) ||
        need > ((size_t)1 << 36)) {
        err_nomemory(rt_vm);
        return -1;
    }
    if (strbuf_set_capacity(b, need) < 0) {
        return -1;
    }
    char *p = b->data + b->size;
    if (fill_size == 1) {
        memset(p, fill[0], run);
    } else {
        // Copy the pattern once, then double the filled prefix.
        memcpy(p, fill, fill_size);
        for (size_t done = fill_size; done < run; done *= 2) {
            memcpy(p + done, p, done <= run - done ? done : run - done);
        }
    }
    b->size = need;
    return 0;
}

int fmtspec_as_cint(Vm *vm, Obj *o, int64_t *out) {
    if (obj_as_ssize(vm, o, out) < 0) {
        if (!err_matches(vm, &exc_OverflowError)) {
            return -1;
        }
        err_clear(vm); // the message would name ssize_t
    } else if (*out >= INT_MIN && *out <= INT_MAX) {
        return 0;
    }
    err_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    return -1;
}

static int append_fill(StrBuf *b, const FmtSpec *spec, int64_t count) {
    return fmtspec_append_fill(b, spec->fill, strlen(spec->fill), count);
}

int fmtspec_pad(StrBuf *b, const FmtSpec *spec, const char *body, size_t size, size_t len,
                char default_align) {
    int64_t pad = spec->width > (int64_t)len ? spec->width - (int64_t)len : 0;
    char align = spec->align != 0 ? spec->align : default_align;
    int64_t left = 0;
    if (align == '>' || align == '=') {
        left = pad;
    } else if (align == '^') {
        left = pad / 2;
    }
    if (append_fill(b, spec, left) < 0 || strbuf_append(b, body, size) < 0 ||
        append_fill(b, spec, pad - left) < 0) {
        return -1;
    }
    return 0;
}

// Appends `digits` with a separator every `every` digits from the right.
static int append_grouped(StrBuf *b, const char *digits, size_t n, char sep, int every) {
    for (size_t i = 0; i < n; i++) {
        if (sep != 0 && i > 0 && (n - i) % (size_t)every == 0) {
            if (strbuf_append_char(b, sep) < 0) {
                return -1;
            }
        }
        if (strbuf_append_char(b, digits[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static size_t grouped_len(size_t n, char sep, int every) {
    return sep == 0 || n == 0 ? n : n + (n - 1) / (size_t)every;
}

// The fewest zeros to put before `ndigits` digits so that, grouped every
// `every` digits, they fill at least `target` columns. Computed rather than
// counted, since the width may be absurd.
static size_t grouped_zeros(size_t ndigits, size_t target, int every) {
    // grouped_len(m) = m + (m - 1) / every, so m is about target * every / (every + 1).
    size_t m = target - target / (size_t)(every + 1);
    m = m > 2 ? m - 2 : 0;
    if (m < ndigits) {
        m = ndigits;
    }
    while (grouped_len(m, ',', every) < target) {
        m++;
    }
    return m - ndigits;
}

bool fmtspec_is_zero_text(const char *text) {
    for (const char *p = text; *p != '\0' && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '1' && *p <= '9') {
            return false;
        }
    }
    return true;
}

NEWREF Obj *fmtspec_number(Vm *vm, const FmtSpec *spec, bool negative, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest, int group_every) {
    char signbuf[2] = {0, 0};
    if (negative) {
        signbuf[0] = '-';
    } else if (spec->sign == '+' || spec->sign == ' ') {
        signbuf[0] = spec->sign;
    }
    size_t head = strlen(signbuf) + strlen(prefix);
    size_t tail = strlen(rest);
    size_t zeros = 0;
    // Zero padding with '=' extends the digits themselves so that the
    // separators continue into the padding ("00,001,234"), as CPython does.
    if (spec->align == '=' && spec->grouping != 0 && strcmp(spec->fill, "0") == 0 &&
        spec->width > (int64_t)(head + tail)) {
        zeros = grouped_zeros(ndigits, (size_t)spec->width - head - tail, group_every);
    }
    StrBuf body;
    strbuf_init(&body);
    StrBuf out;
    strbuf_init(&out);
    // Digits with their leading zeros, grouped.
    {
        StrBuf d;
        strbuf_init(&d);
        if (fmtspec_append_fill(&d, "0", 1, (int64_t)zeros) < 0 ||
            strbuf_append(&d, digits, ndigits) < 0 ||
            append_grouped(&body, d.data != NULL ? d.data : "", d.size, spec->grouping,
                           group_every) < 0) {
            strbuf_free(&d);
            goto fail;
        }
        strbuf_free(&d);
    }
    if (strbuf_append_cstr(&body, rest) < 0) {
        goto fail;
    }
    size_t total = head + body.size;
    int64_t pad = spec->width > (int64_t)total ? spec->width - (int64_t)total : 0;
    char align = spec->align != 0 ? spec->align : '>';
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align == '=') {
        if (strbuf_append_cstr(&out, signbuf) < 0 || strbuf_append_cstr(&out, prefix) < 0 ||
            append_fill(&out, spec, pad) < 0 || strbuf_append(&out, body.data, body.size) < 0) {
            goto fail;
        }
    } else {
        if (append_fill(&out, spec, left) < 0 || strbuf_append_cstr(&out, signbuf) < 0 ||
            strbuf_append_cstr(&out, prefix) < 0 || strbuf_append(&out, body.data, body.size) < 0 ||
            append_fill(&out, spec, pad - left) < 0) {
            goto fail;
        }
    }
    strbuf_free(&body);
    return strbuf_finish(vm, &out);
fail:
    strbuf_free(&body);
    strbuf_free(&out);
    return NULL;
}
