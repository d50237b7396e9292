/* bytes_codec.c: the codecs bytes needs (utf-8, ascii, latin-1 with the
 * strict, replace and ignore error handlers): bytes.decode(), bytes(str,
 * encoding), and the hex() / fromhex() text forms. */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "bytes_impl.h"
#include "exc.h"
#include "exc_unicode.h"
#include "intobj.h"
#include "runtime.h"
#include "strimpl.h"
#include "type.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

// Normalises an encoding name as Python's codec registry does (case and
// '-' / '_' / ' ' do not matter) and maps the aliases Ouro knows.
// -1 with LookupError "unknown encoding: foo" for others.
static int codec_lookup(Vm *vm, const char *name, Codec *out) {
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p != '\0'; p++) {
        if (n + 1 >= sizeof norm) {
            n = 0;
            break;
        }
        char c = *p;
        norm[n++] = c == '-' || c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    norm[n] = '\0';
    static const struct {
        const char *name;
        Codec codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},        {"utf8", CODEC_UTF8},        {"u8", CODEC_UTF8},
        {"ascii", CODEC_ASCII},       {"us_ascii", CODEC_ASCII},   {"646", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1},    {"latin1", CODEC_LATIN1},    {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},      {"latin", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(norm, aliases[i].name) == 0) {
            *out = aliases[i].codec;
            return 0;
        }
    }
    err_raise(vm, &exc_LookupError, "unknown encoding: %s", name);
    return -1;
}

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

typedef enum { ERRORS_STRICT, ERRORS_REPLACE, ERRORS_IGNORE, ERRORS_UNKNOWN } ErrMode;

// The error handler is looked up only when an error happens, as in CPython.
static ErrMode errors_mode(const char *errors) {
    if (strcmp(errors, "strict") == 0) {
        return ERRORS_STRICT;
    }
    if (strcmp(errors, "replace") == 0) {
        return ERRORS_REPLACE;
    }
    if (strcmp(errors, "ignore") == 0) {
        return ERRORS_IGNORE;
    }
    return ERRORS_UNKNOWN;
}

// Length of the UTF-8 sequence starting at d[i] when it is valid (and its
// code point in `*cp`); otherwise 0, with `*bad_end` the end of the maximal
// invalid subpart and `*reason` CPython's explanation.
static size_t utf8_step(const unsigned char *d, size_t n, size_t i, uint32_t *cp, size_t *bad_end,
                        const char **reason) {
    unsigned char c = d[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second octet
    if (c >= 0xc2 && c <= 0xdf) {
        need = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 3;
        lo = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
        hi = c == 0xed ? 0x9f : 0xbf; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 4;
        lo = c == 0xf0 ? 0x90 : 0x80;
        hi = c == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
    } else {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    uint32_t v = c & (need == 2 ? 0x1f : need == 3 ? 0x0f : 0x07);
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) {
            *bad_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char cc = d[i + k];
        if (k == 1 ? (cc < lo || cc > hi) : (cc & 0xc0) != 0x80) {
            *bad_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
        v = (v << 6) | (cc & 0x3f);
    }
    *cp = v;
    return need;
}

NEWREF Obj *bytes_decode(Vm *vm, const char *data, size_t len, const char *encoding,
                         const char *errors) {
    Codec codec;
    if (codec_lookup(vm, encoding, &codec) < 0) {
        return NULL;
    }
    const unsigned char *d = (const unsigned char *)data;
    StrBuf b;
    strbuf_init(&b);
    size_t i = 0;
    while (i < len) {
        uint32_t cp = d[i];
        size_t step = 1, bad_end = i + 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_UTF8) {
            step = utf8_step(d, len, i, &cp, &bad_end, &reason);
        } else if (codec == CODEC_ASCII && cp >= 0x80) {
            step = 0;
        }
        if (step == 0) {
            ErrMode mode = errors_mode(errors);
            if (mode == ERRORS_UNKNOWN) {
                err_raise(vm, &exc_LookupError, "unknown error handler name '%s'", errors);
                goto fail;
            }
            if (mode == ERRORS_STRICT) {
                excu_raise_decode(vm, codec_names[codec], data, len, i, bad_end, reason);
                goto fail;
            }
            if (mode == ERRORS_REPLACE && strbuf_append(&b, "\xef\xbf\xbd", 3) < 0) {
                goto fail;
            }
            i = bad_end;
            continue;
        }
        char out[4];
        if (strbuf_append(&b, out, utf8_encode(cp, out)) < 0) {
            goto fail;
        }
        i += step;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

// Encodes str `s`; ascii and latin-1 fail on code points at or above
// `limit`. Runs of unencodable characters form one error, as in CPython.
int bytesimpl_encode(Vm *vm, Obj *s, const char *encoding, const char *errors, StrBuf *out) {
    Codec codec;
    if (codec_lookup(vm, encoding, &codec) < 0) {
        return -1;
    }
    if (codec == CODEC_UTF8) {
        return strbuf_append(out, str_cstr(s), str_size(s));
    }
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    size_t n = str_len(s);
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = str_codepoint_at(s, i);
        if (cp < limit) {
            if (strbuf_append_char(out, (char)cp) < 0) {
                return -1;
            }
            continue;
        }
        ErrMode mode = errors_mode(errors);
        size_t end = i + 1;
        while (end < n && str_codepoint_at(s, end) >= limit) {
            end++;
        }
        if (mode == ERRORS_STRICT || mode == ERRORS_UNKNOWN) {
            if (mode == ERRORS_UNKNOWN) {
                err_raise(vm, &exc_LookupError, "unknown error handler name '%s'", errors);
            } else {
                excu_raise_encode(vm, codec_names[codec], s, i, end,
                                  codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                       : "ordinal not in range(256)");
            }
            return -1;
        }
        for (size_t k = i; k < end && mode == ERRORS_REPLACE; k++) {
            if (strbuf_append_char(out, '?') < 0) {
                return -1;
            }
        }
        i = end - 1;
    }
    return 0;
}

NEWREF Obj *bytes_encode_str(Vm *vm, Obj *s, const char *encoding, const char *errors) {
    StrBuf b;
    strbuf_init(&b);
    Obj *r = NULL;
    if (bytesimpl_encode(vm, s, encoding, errors, &b) == 0) {
        r = bytes_from_data(vm, b.data, b.size);
    }
    strbuf_free(&b);
    return r;
}

// bytes.decode(encoding='utf-8', errors='strict').
Obj *bytes_py_decode(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "decode", args, nargs, kwnames, names, 2, 0, bound) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (bound[i] != NULL && !str_check(bound[i])) {
            return err_raise(vm, &exc_TypeError, "decode() argument '%s' must be str, not %s",
                             names[i], obj_type_name(bound[i]));
        }
    }
    const char *d;
    size_t n;
    bytesimpl_self(self, &d, &n);
    return bytes_decode(vm, d, n, bound[0] != NULL ? str_cstr(bound[0]) : "utf-8",
                        bound[1] != NULL ? str_cstr(bound[1]) : "strict");
}

// ---------------------------------------------------------------------------
// hex() and fromhex().
// ---------------------------------------------------------------------------

// bytes.hex(sep=None, bytes_per_sep=1): groups of `bytes_per_sep` octets
// counted from the right (from the left when negative).
Obj *bytes_py_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char digits[] = "0123456789abcdef";
    Obj *bound[2] = {NULL, NULL};
    int64_t group = 1;
    char sep = 0;
    if (args_bind(vm, "hex", args, nargs, kwnames, names, 2, 0, bound) < 0 ||
        (bound[1] != NULL && obj_as_ssize(vm, bound[1], &group) < 0)) {
        return NULL;
    }
    if (bound[0] != NULL) {
        const char *sd;
        size_t sn;
        if (str_check(bound[0])) {
            sd = str_cstr(bound[0]);
            sn = str_len(bound[0]);
        } else if (!bytes_like_view(bound[0], &sd, &sn)) {
            return err_raise(vm, &exc_TypeError, "object of type '%s' has no len()",
                             obj_type_name(bound[0]));
        }
        if (sn != 1) {
            return err_raise(vm, &exc_ValueError, "sep must be length 1.");
        }
        if ((unsigned char)sd[0] >= 0x80) {
            return err_raise(vm, &exc_ValueError, "sep must be ASCII.");
        }
        sep = sd[0];
    }
    const char *d;
    size_t n;
    bytesimpl_self(self, &d, &n);
    size_t g = group < 0 ? (size_t)-group : (size_t)group;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        // Distance to the grouping origin decides where separators go.
        size_t pos = group < 0 ? i : n - i;
        if (i > 0 && sep != 0 && g > 0 && pos % g == 0 && strbuf_append_char(&b, sep) < 0) {
            goto fail;
        }
        unsigned char c = (unsigned char)d[i];
        if (strbuf_append_char(&b, digits[c >> 4]) < 0 ||
            strbuf_append_char(&b, digits[c & 15]) < 0) {
            goto fail;
        }
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// bytes.fromhex(string) / bytearray.fromhex(string), a class method: `cls`
// decides the result's kind. Whitespace may separate pairs of digits.
Obj *bytes_py_fromhex(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *qn = (TypeObj *)cls == &bytearray_type ? "bytearray.fromhex" : "bytes.fromhex";
    if (args_check(vm, qn, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "fromhex() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    const char *s = str_cstr(args[0]);
    size_t n = str_size(args[0]);
    StrBuf b;
    strbuf_init(&b);
    size_t i = 0;
    while (true) {
        while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) {
            i++;
        }
        if (i >= n) {
            break;
        }
        int hi = hex_digit(s[i]);
        int lo = i + 1 < n ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            // Positions count code points, as CPython reports them.
            size_t bad = hi < 0 ? i : i + 1;
            size_t cps = 0;
            for (size_t k = 0; k < bad; k++) {
                cps += ((unsigned char)s[k] & 0xc0) != 0x80;
            }
            strbuf_free(&b);
            return err_raise(vm, &exc_ValueError,
                             "non-hexadecimal number found in fromhex() arg at position %zu", cps);
        }
        if (strbuf_append_char(&b, (char)(hi << 4 | lo)) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        i += 2;
    }
    bool ba = type_is_subtype((TypeObj *)cls, &bytearray_type);
    Obj *r = ba ? bytearray_from_data(vm, b.data, b.size) : bytes_from_data(vm, b.data, b.size);
    strbuf_free(&b);
    if (r != NULL && cls != (Obj *)&bytes_type && cls != (Obj *)&bytearray_type) {
        // A subclass gets cls(result), as in CPython.
        Obj *sub = obj_call1(vm, cls, r);
        obj_decref(r);
        r = sub;
    }
    return r;
}
