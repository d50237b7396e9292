/* mod_struct.c: the `struct` module. A format string is compiled once into
 * a Struct (a list of codes with their offsets, sizes and repeat counts,
 * under one byte order / size / alignment mode); pack and unpack walk that
 * list. The module functions compile their format and call the same code.
 * Messages are CPython 3.11's, raised as struct.error where it raises them. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "memory/mem.h"
#include "modules/mod_array.h"
#include "modules/mod_binascii.h"
#include "modules/mod_math.h"
#include "modules/mod_struct.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define SERROR(vm, ...) modbinascii_raise(vm, "struct", "error", &exc_Exception, __VA_ARGS__)

// One code of a compiled format: `count` items of `size` bytes from
// `offset` (for 's' and 'p', one item of `count` bytes).
typedef struct StructCode {
    char code;
    size_t size;
    size_t count;
    size_t offset;
} StructCode;

typedef struct StructObj {
    Obj head;
    Obj *format;   // str
    size_t size;   // calcsize()
    size_t nitems; // values that pack() takes and unpack() returns
    size_t ncodes;
    bool big_endian;
    bool native; // '@': native sizes and alignment
    StructCode *codes;
} StructObj;

// ---------------------------------------------------------------------------
// Compiling a format.
// ---------------------------------------------------------------------------

// Size of `c` in native mode ('@'), or in the standard sizes of '=<>!'
// (0 when the code does not exist there, as n, N and P).
static size_t code_size(char c, bool native) {
    switch (c) {
        case 'x':
        case 'c':
        case 'b':
        case 'B':
        case '?':
        case 's':
        case 'p':
            return 1;
        case 'h':
        case 'H':
        case 'e':
            return 2;
        case 'i':
        case 'I':
        case 'f':
            return 4;
        case 'l':
        case 'L':
            return native ? 8 : 4;
        case 'q':
        case 'Q':
        case 'd':
            return 8;
        case 'n':
        case 'N':
        case 'P':
            return native ? 8 : 0;
        default:
            return 0;
    }
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Parses `fmt` into `s` (codes, size, item count), as CPython's
// prepare_s: an optional mode character, then [count]code pairs with
// whitespace between them; native mode aligns each code to its size.
static int compile_format(Vm *vm, StructObj *s, const char *fmt, size_t len) {
    size_t i = 0;
    s->native = true;
    s->big_endian = false;
    if (len > 0 && strchr("@=<>!", fmt[0]) != NULL) {
        s->native = fmt[0] == '@';
        s->big_endian = fmt[0] == '>' || fmt[0] == '!';
        i = 1;
    }
    s->codes = mem_alloc((len + 1) * sizeof(StructCode));
    if (s->codes == NULL) {
        return -1;
    }
    size_t size = 0;
    while (i < len) {
        char c = fmt[i++];
        if (is_space(c)) {
            continue;
        }
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = (size_t)(c - '0');
            while (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
                if (num > (SIZE_MAX / 2 - 9) / 10) {
                    SERROR(vm, "total struct size too long");
                    return -1;
                }
                num = num * 10 + (size_t)(fmt[i++] - '0');
            }
            if (i == len) {
                SERROR(vm, "repeat count given without format specifier");
                return -1;
            }
            c = fmt[i++];
        }
        size_t isz = code_size(c, s->native);
        if (isz == 0) {
            SERROR(vm, "bad char in struct format");
            return -1;
        }
        if (s->native && isz > 1 && c != 's' && c != 'p' && size % isz != 0) {
            size += isz - size % isz;
        }
        size_t bytes;
        if (!mem_mul_ok(num, isz, &bytes) || !mem_add_ok(size, bytes, &bytes) ||
            bytes > (size_t)INT64_MAX) {
            SERROR(vm, "total struct size too long");
            return -1;
        }
        s->codes[s->ncodes++] = (StructCode){c, isz, num, size};
        s->nitems += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : num;
        size = bytes;
    }
    s->size = size;
    return 0;
}

static void struct_dealloc(Obj *self) {
    StructObj *s = (StructObj *)self;
    obj_xdecref(s->format);
    mem_free(s->codes);
    obj_free(self);
}

// A compiled Struct for `format` (a str or bytes).
static Obj *struct_from_format(Vm *vm, Obj *format) {
    const char *text;
    size_t len;
    Obj *fstr;
    if (str_check(format)) {
        fstr = obj_newref(format);
    } else if (bytes_check(format)) {
        fstr = bytes_decode(vm, bytes_data(format), bytes_len(format), "latin-1", "strict");
    } else {
        return err_raise(vm, &exc_TypeError,
                         "Struct() argument 1 must be a str or bytes object, not %s",
                         obj_type_name(format));
    }
    if (fstr == NULL) {
        return NULL;
    }
    StructObj *s = (StructObj *)obj_new(vm, &struct_type, sizeof(StructObj));
    if (s == NULL) {
        obj_decref(fstr);
        return NULL;
    }
    s->format = fstr;
    text = str_cstr(fstr);
    len = str_size(fstr);
    if (compile_format(vm, s, text, len) < 0) {
        obj_decref((Obj *)s);
        return NULL;
    }
    return (Obj *)s;
}

// ---------------------------------------------------------------------------
// Packing values.
// ---------------------------------------------------------------------------

// Stores the low `size` bytes of `bits` in the struct's byte order.
static void put_bits(const StructObj *s, char *p, uint64_t bits, size_t size) {
    for (size_t k = 0; k < size; k++) {
        p[s->big_endian ? size - 1 - k : k] = (char)(bits >> (8 * k));
    }
}

static uint64_t get_bits(const StructObj *s, const char *p, size_t size) {
    uint64_t bits = 0;
    for (size_t k = 0; k < size; k++) {
        bits |= (uint64_t)(unsigned char)p[s->big_endian ? size - 1 - k : k] << (8 * k);
    }
    return bits;
}

// The range check of a narrow integer code, with CPython's wording.
static int range_error(Vm *vm, char code, int64_t lo, uint64_t hi) {
    const char *name = code == 'b'   ? "byte format"
                       : code == 'B' ? "ubyte format"
                       : code == 'h' ? "short format"
                       : code == 'H' ? "ushort format"
                                     : NULL;
    if (name != NULL) {
        SERROR(vm, "%s requires %lld <= number <= %llu", name, (long long)lo,
               (unsigned long long)hi);
    } else if (lo < 0) {
        SERROR(vm, "'%c' format requires %lld <= number <= %lld", code, (long long)lo,
               (long long)hi);
    } else {
        SERROR(vm, "'%c' format requires 0 <= number <= %llu", code, (unsigned long long)hi);
    }
    return -1;
}

// The integer value of `z` as the bits of code `c` of `size` bytes.
// Signed codes and B/H go through a C long; I, L, Q, N through an
// unsigned long; P accepts either.
static int int_bits(Vm *vm, char c, size_t size, mpz_srcptr z, uint64_t *out) {
    bool via_long = strchr("bhilqnBH", c) != NULL;
    if (c == 'P') {
        if (!mpz_fits_slong_p(z) && !(mpz_sgn(z) > 0 && mpz_fits_ulong_p(z))) {
            SERROR(vm, "int too large to convert");
            return -1;
        }
        *out = mpz_fits_slong_p(z) ? (uint64_t)mpz_get_si(z) : mpz_get_ui(z);
        return 0;
    }
    if (via_long ? !mpz_fits_slong_p(z) : (mpz_sgn(z) < 0 || !mpz_fits_ulong_p(z))) {
        SERROR(vm, "argument out of range");
        return -1;
    }
    if (via_long) {
        int64_t v = mpz_get_si(z);
        bool is_unsigned = c == 'B' || c == 'H';
        int64_t lo = is_unsigned ? 0 : size < 8 ? -((int64_t)1 << (8 * size - 1)) : INT64_MIN;
        int64_t hi = is_unsigned ? ((int64_t)1 << (8 * size)) - 1
                     : size < 8  ? ((int64_t)1 << (8 * size - 1)) - 1
                                 : INT64_MAX;
        if (v < lo || v > hi) {
            return range_error(vm, c, lo, (uint64_t)hi);
        }
        *out = (uint64_t)v;
        return 0;
    }
    uint64_t v = mpz_get_ui(z);
    if (size < 8 && v >> (8 * size) != 0) {
        return range_error(vm, c, 0, ((uint64_t)1 << (8 * size)) - 1);
    }
    *out = v;
    return 0;
}

static int pack_int(Vm *vm, const StructObj *s, char c, size_t size, Obj *v, char *p) {
    if (!int_check(v) && obj_type(v)->as_int == NULL) {
        SERROR(vm, "required argument is not an integer");
        return -1;
    }
    Obj *i = obj_index(vm, v);
    if (i == NULL) {
        return -1;
    }
    IntView z;
    intview_init(&z, i);
    uint64_t bits = 0;
    int rc = int_bits(vm, c, size, z.p, &bits);
    intview_clear(&z);
    obj_decref(i);
    if (rc == 0) {
        put_bits(s, p, bits, size);
    }
    return rc;
}

// IEEE 754 binary16 from a double, rounding half to even (CPython's
// PyFloat_Pack2). -1 with OverflowError when the value is too large.
static int half_bits(Vm *vm, double x, uint16_t *out) {
    unsigned sign = signbit(x) ? 1 : 0;
    int e;
    unsigned bits;
    if (x == 0.0) {
        e = 0;
        bits = 0;
    } else if (isinf(x)) {
        e = 0x1f;
        bits = 0;
    } else if (isnan(x)) {
        e = 0x1f;
        bits = 512;
    } else {
        double f = frexp(fabs(x), &e) * 2.0; // f in [1, 2)
        e--;
        if (e >= 16) {
            goto overflow;
        } else if (e < -25) {
            f = 0.0; // underflow to zero
            e = 0;
        } else if (e < -14) {
            f = ldexp(f, 14 + e); // subnormal
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = (unsigned)f;
        if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
            if (++bits == 1024) {
                bits = 0;
                if (++e == 31) {
                    goto overflow;
                }
            }
        }
    }
    *out = (uint16_t)(bits | (unsigned)e << 10 | sign << 15);
    return 0;
overflow:
    err_raise(vm, &exc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double half_value(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    double sign = (h >> 15) ? -1.0 : 1.0;
    if (e == 0x1f) {
        return f == 0 ? sign * INFINITY : copysign(NAN, sign);
    }
    double x = f / 1024.0;
    if (e == 0) {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    return sign * ldexp(x, e);
}

static int pack_float(Vm *vm, const StructObj *s, char c, Obj *v, char *p) {
    double x;
    if (modmath_arg_double(vm, v, &x) < 0) {
        err_clear(vm);
        SERROR(vm, "required argument is not a float");
        return -1;
    }
    uint64_t bits;
    if (c == 'e') {
        uint16_t h;
        if (half_bits(vm, x, &h) < 0) {
            return -1;
        }
        bits = h;
    } else if (c == 'f') {
        float y = (float)x;
        if (!s->native && isinf(y) && !isinf(x)) {
            err_raise(vm, &exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t b32;
        memcpy(&b32, &y, 4);
        bits = b32;
    } else {
        memcpy(&bits, &x, 8);
    }
    put_bits(s, p, bits, c == 'e' ? 2 : c == 'f' ? 4 : 8);
    return 0;
}

// 's' pads or truncates to `count` bytes; 'p' stores a length byte first
// (at most count-1 and 255).
static int pack_string(Vm *vm, char c, size_t count, Obj *v, char *p) {
    const char *data;
    size_t len;
    if (!bytes_like_view(v, &data, &len)) {
        SERROR(vm, "argument for '%c' must be a bytes object", c);
        return -1;
    }
    memset(p, 0, count);
    if (c == 's') {
        memcpy(p, data, len < count ? len : count);
        return 0;
    }
    if (count == 0) {
        return 0;
    }
    size_t n = len < count - 1 ? len : count - 1;
    memcpy(p + 1, data, n);
    p[0] = (char)(n < 255 ? n : 255);
    return 0;
}

// Packs `args` (exactly s->nitems values, checked by the caller) into
// `buf` (s->size bytes).
static int pack_values(Vm *vm, const StructObj *s, char *buf, Obj *const *args) {
    memset(buf, 0, s->size);
    size_t a = 0;
    for (size_t k = 0; k < s->ncodes; k++) {
        const StructCode *sc = &s->codes[k];
        char *p = buf + sc->offset;
        if (sc->code == 's' || sc->code == 'p') {
            if (pack_string(vm, sc->code, sc->count, args[a++], p) < 0) {
                return -1;
            }
            continue;
        }
        for (size_t j = 0; sc->code != 'x' && j < sc->count; j++, p += sc->size) {
            Obj *v = args[a++];
            int rc = 0;
            if (sc->code == 'c') {
                if (!bytes_check(v) || bytes_len(v) != 1) {
                    SERROR(vm, "char format requires a bytes object of length 1");
                    return -1;
                }
                *p = bytes_data(v)[0];
            } else if (sc->code == '?') {
                rc = obj_is_true(vm, v);
                *p = (char)(rc > 0);
            } else if (sc->code == 'e' || sc->code == 'f' || sc->code == 'd') {
                rc = pack_float(vm, s, sc->code, v, p);
            } else {
                rc = pack_int(vm, s, sc->code, sc->size, v, p);
            }
            if (rc < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Unpacking.
// ---------------------------------------------------------------------------

static Obj *unpack_one(Vm *vm, const StructObj *s, const StructCode *sc, const char *p) {
    char c = sc->code;
    if (c == 'c') {
        return bytes_from_data(vm, p, 1);
    }
    if (c == '?') {
        return obj_bool(*p != 0);
    }
    uint64_t bits = get_bits(s, p, sc->size);
    if (c == 'e') {
        return float_from_double(vm, half_value((uint16_t)bits));
    }
    if (c == 'f') {
        uint32_t b32 = (uint32_t)bits;
        float y;
        memcpy(&y, &b32, 4);
        return float_from_double(vm, y);
    }
    if (c == 'd') {
        double x;
        memcpy(&x, &bits, 8);
        return float_from_double(vm, x);
    }
    if (strchr("bhilqn", c) != NULL) {
        int shift = 64 - 8 * (int)sc->size; // sign-extend from `size` bytes
        return int_from_i64(vm, (int64_t)(bits << shift) >> shift);
    }
    return int_from_u64(vm, bits);
}

// The tuple of values stored in `data` (s->size bytes available).
static Obj *unpack_values(Vm *vm, const StructObj *s, const char *data) {
    Obj *t = tuple_new(vm, s->nitems);
    if (t == NULL) {
        return NULL;
    }
    size_t a = 0;
    for (size_t k = 0; k < s->ncodes; k++) {
        const StructCode *sc = &s->codes[k];
        const char *p = data + sc->offset;
        Obj *v = NULL;
        if (sc->code == 's') {
            v = bytes_from_data(vm, p, sc->count);
        } else if (sc->code == 'p') {
            size_t n = sc->count == 0 ? 0 : (unsigned char)p[0];
            if (sc->count > 0 && n >= sc->count) {
                n = sc->count - 1;
            }
            v = bytes_from_data(vm, sc->count > 0 ? p + 1 : p, n);
        } else {
            for (size_t j = 0; sc->code != 'x' && j < sc->count; j++, p += sc->size) {
                v = unpack_one(vm, s, sc, p);
                if (v == NULL) {
                    goto fail;
                }
                tuple_set_steal(t, a++, v);
            }
            continue;
        }
        if (v == NULL) {
            goto fail;
        }
        tuple_set_steal(t, a++, v);
    }
    return t;
fail:
    obj_decref(t);
    return NULL;
}

// ---------------------------------------------------------------------------
// The operations, shared by Struct methods and module functions.
// ---------------------------------------------------------------------------

static Obj *do_pack(Vm *vm, StructObj *s, Obj *const *args, size_t nargs) {
    if (nargs != s->nitems) {
        return SERROR(vm, "pack expected %zu items for packing (got %zu)", s->nitems, nargs);
    }
    Obj *out = bytes_new_uninit(vm, s->size);
    if (out != NULL && pack_values(vm, s, bytes_data_mut(out), args) < 0) {
        obj_decref(out);
        return NULL;
    }
    return out;
}

// Resolves a possibly negative `offset` into a buffer of `len` bytes for
// an operation on s->size bytes, with the messages of unpack_from
// (`packing` false) or pack_into (true).
static int resolve_offset(Vm *vm, StructObj *s, int64_t offset, size_t len, bool packing,
                          size_t *out) {
    int64_t at = offset;
    if (offset < 0) {
        if (offset + (int64_t)len < 0) {
            SERROR(vm, "offset %lld out of range for %zu-byte buffer", (long long)offset, len);
            return -1;
        }
        at += (int64_t)len;
    }
    if ((int64_t)len - at < (int64_t)s->size) {
        if (offset < 0) {
            SERROR(vm,
                   packing ? "no space to pack %zu bytes at offset %lld"
                           : "not enough data to unpack %zu bytes at offset %lld",
                   s->size, (long long)offset);
        } else {
            SERROR(vm,
                   packing ? "pack_into requires a buffer of at least %zu bytes for packing %zu "
                             "bytes at offset %lld (actual buffer size is %zu)"
                           : "unpack_from requires a buffer of at least %zu bytes for unpacking "
                             "%zu bytes at offset %lld (actual buffer size is %zu)",
                   s->size + (size_t)offset, s->size, (long long)offset, len);
        }
        return -1;
    }
    *out = (size_t)at;
    return 0;
}

// pack_into(buffer, offset, *values): `args` starts at the buffer.
static Obj *do_pack_into(Vm *vm, StructObj *s, Obj *const *args, size_t nargs) {
    if (nargs < 2) {
        return SERROR(vm, nargs == 0 ? "pack_into expected buffer argument"
                                     : "pack_into expected offset argument");
    }
    if (nargs - 2 != s->nitems) {
        return SERROR(vm, "pack_into expected %zu items for packing (got %zu)", s->nitems,
                      nargs - 2);
    }
    const char *cdata;
    size_t len;
    if (bytearray_check(args[0])) {
        len = bytearray_len(args[0]);
    } else if (!modarray_view(args[0], &cdata, &len)) { // an array's buffer is writable
        return err_raise(vm, &exc_TypeError,
                         "argument must be read-write bytes-like object, not %s",
                         obj_type_name(args[0]));
    }
    int64_t offset;
    size_t at;
    if (obj_as_ssize(vm, args[1], &offset) < 0 ||
        resolve_offset(vm, s, offset, len, true, &at) < 0) {
        return NULL;
    }
    // Pack into a scratch buffer first: converting a value may run Python
    // code (__index__) that resizes the target.
    char *tmp = mem_alloc(s->size + 1);
    if (tmp == NULL) {
        return NULL;
    }
    int rc = pack_values(vm, s, tmp, args + 2);
    if (rc == 0) {
        bool ok = bytearray_check(args[0]) ? bytearray_len(args[0]) == len
                                           : modarray_view(args[0], &cdata, &len);
        if (ok && len >= at + s->size) {
            memcpy((bytearray_check(args[0]) ? bytearray_data(args[0]) : (char *)cdata) + at, tmp,
                   s->size);
        }
    }
    mem_free(tmp);
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

static Obj *do_unpack(Vm *vm, StructObj *s, Obj *buffer) {
    const char *data;
    size_t len;
    if (modbinascii_view(vm, buffer, false, &data, &len) < 0) {
        return NULL;
    }
    if (len != s->size) {
        return SERROR(vm, "unpack requires a buffer of %zu bytes", s->size);
    }
    return unpack_values(vm, s, data);
}

static Obj *do_unpack_from(Vm *vm, StructObj *s, Obj *buffer, Obj *offset_obj) {
    const char *data;
    size_t len, at;
    int64_t offset = 0;
    // The offset first: its __index__ could resize a bytearray buffer.
    if ((offset_obj != NULL && obj_as_ssize(vm, offset_obj, &offset) < 0) ||
        modbinascii_view(vm, buffer, false, &data, &len) < 0 ||
        resolve_offset(vm, s, offset, len, false, &at) < 0) {
        return NULL;
    }
    return unpack_values(vm, s, data + at);
}

// iter_unpack's iterator (_struct.unpack_iterator): the Struct, the
// buffer object and the offset of the next record. It holds a bytes-like
// object and a Struct, neither of which can refer back to it, so it is
// not tracked by the collector. CPython locks the buffer against resizing;
// here each step views the buffer again and stops where it ends.
typedef struct UnpackIterObj {
    Obj head;
    Obj *st;
    Obj *buffer;
    size_t offset;
} UnpackIterObj;

static void unpackiter_dealloc(Obj *self) {
    UnpackIterObj *it = (UnpackIterObj *)self;
    obj_xdecref(it->st);
    obj_xdecref(it->buffer);
    obj_free(self);
}

static Obj *unpackiter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

// The bytes left in the buffer after the iterator's offset.
static size_t unpackiter_left(UnpackIterObj *it, const char **data) {
    size_t len = 0;
    if (!bytes_like_view(it->buffer, data, &len) && !modarray_view(it->buffer, data, &len)) {
        return 0;
    }
    return len > it->offset ? len - it->offset : 0;
}

static Obj *unpackiter_next(Vm *vm, Obj *self) {
    UnpackIterObj *it = (UnpackIterObj *)self;
    const char *data;
    StructObj *s = (StructObj *)it->st;
    if (unpackiter_left(it, &data) < s->size) {
        return NULL; // exhausted
    }
    Obj *t = unpack_values(vm, s, data + it->offset);
    if (t != NULL) {
        it->offset += s->size;
    }
    return t;
}

static Obj *modstruct_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(args);
    UnpackIterObj *it = (UnpackIterObj *)self;
    const char *data;
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, unpackiter_left(it, &data) / ((StructObj *)it->st)->size);
}

static const MethodDef unpackiter_methods[] = {
    {"__length_hint__", modstruct_py_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObj struct_unpackiter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIterObj),
    .dealloc = unpackiter_dealloc,
    .iter = unpackiter_self,
    .iternext = unpackiter_next,
    .methods = unpackiter_methods,
};

static Obj *do_iter_unpack(Vm *vm, StructObj *s, Obj *buffer) {
    const char *data;
    size_t len;
    if (s->size == 0) {
        return SERROR(vm, "cannot iteratively unpack with a struct of length 0");
    }
    if (modbinascii_view(vm, buffer, false, &data, &len) < 0) {
        return NULL;
    }
    if (len % s->size != 0) {
        return SERROR(vm, "iterative unpacking requires a buffer of a multiple of %zu bytes",
                      s->size);
    }
    UnpackIterObj *it =
        (UnpackIterObj *)obj_new(vm, &struct_unpackiter_type, sizeof(UnpackIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->st = obj_newref((Obj *)s);
    it->buffer = obj_newref(buffer);
    return (Obj *)it;
}

// ---------------------------------------------------------------------------
// struct.Struct.
// ---------------------------------------------------------------------------

static Obj *struct_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    static const char *const names[] = {"format", NULL};
    Obj *a[1];
    if (args_bind(vm, "Struct", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    return struct_from_format(vm, a[0]);
}

static StructObj *st(Obj *self) {
    return (StructObj *)self;
}

static Obj *modstruct_py_s_pack(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "Struct.pack", 0, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return do_pack(vm, st(self), args, nargs);
}

static Obj *modstruct_py_s_pack_into(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    if (args_check(vm, "Struct.pack_into", 0, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return do_pack_into(vm, st(self), args, nargs);
}

static Obj *modstruct_py_s_unpack(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "Struct.unpack", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return do_unpack(vm, st(self), args[0]);
}

static Obj *modstruct_py_s_unpack_from(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    static const char *const names[] = {"buffer", "offset", NULL};
    Obj *a[2];
    if (args_bind(vm, "unpack_from", args, nargs, kwnames, names, 2, 1, a) < 0) {
        return NULL;
    }
    return do_unpack_from(vm, st(self), a[0], a[1]);
}

static Obj *modstruct_py_s_iter_unpack(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    if (args_check(vm, "Struct.iter_unpack", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return do_iter_unpack(vm, st(self), args[0]);
}

static const MethodDef struct_methods[] = {
    {"pack", modstruct_py_s_pack, METH_DEFAULT, NULL},
    {"pack_into", modstruct_py_s_pack_into, METH_DEFAULT, NULL},
    {"unpack", modstruct_py_s_unpack, METH_DEFAULT, NULL},
    {"unpack_from", modstruct_py_s_unpack_from, METH_DEFAULT, NULL},
    {"iter_unpack", modstruct_py_s_iter_unpack, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Obj *get_format(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(st(self)->format);
}

static Obj *get_size(Vm *vm, Obj *self) {
    return int_from_u64(vm, st(self)->size);
}

static const GetSetDef struct_getset[] = {
    {"format", get_format, NULL},
    {"size", get_size, NULL},
    {NULL, NULL, NULL},
};

static size_t struct_sizeof(Obj *self) {
    return sizeof(StructObj) + st(self)->ncodes * sizeof(StructCode);
}

TypeObj struct_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObj),
    .dealloc = struct_dealloc,
    .new_ = struct_new_py,
    .sizeof_ = struct_sizeof,
    .methods = struct_methods,
    .getset = struct_getset,
};

// ---------------------------------------------------------------------------
// Module functions: compile the format, then do what the method does.
// ---------------------------------------------------------------------------

// The Struct for the format, the first argument of a module function.
// TypeError "missing format argument" when there is none.
static Obj *format_arg(Vm *vm, Obj *const *args, size_t nargs) {
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "missing format argument");
    }
    return struct_from_format(vm, args[0]);
}

static Obj *modstruct_py_pack(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    Obj *s =
        args_check(vm, "_struct.pack", 0, kwnames, 0, 0) < 0 ? NULL : format_arg(vm, args, nargs);
    Obj *r = s != NULL ? do_pack(vm, st(s), args + 1, nargs - 1) : NULL;
    obj_xdecref(s);
    return r;
}

static Obj *modstruct_py_pack_into(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    Obj *s = args_check(vm, "_struct.pack_into", 0, kwnames, 0, 0) < 0
                 ? NULL
                 : format_arg(vm, args, nargs);
    Obj *r = s != NULL ? do_pack_into(vm, st(s), args + 1, nargs - 1) : NULL;
    obj_xdecref(s);
    return r;
}

static Obj *modstruct_py_unpack(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "unpack", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    Obj *s = format_arg(vm, args, nargs);
    Obj *r = s != NULL ? do_unpack(vm, st(s), args[1]) : NULL;
    obj_xdecref(s);
    return r;
}

static Obj *modstruct_py_unpack_from(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    Obj *a[3];
    if (args_bind(vm, "unpack_from", args, nargs, kwnames, names, 3, 2, a) < 0) {
        return NULL;
    }
    Obj *s = struct_from_format(vm, a[0]);
    Obj *r = s != NULL ? do_unpack_from(vm, st(s), a[1], a[2]) : NULL;
    obj_xdecref(s);
    return r;
}

static Obj *modstruct_py_iter_unpack(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "iter_unpack", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    Obj *s = format_arg(vm, args, nargs);
    Obj *r = s != NULL ? do_iter_unpack(vm, st(s), args[1]) : NULL;
    obj_xdecref(s);
    return r;
}

static Obj *modstruct_py_calcsize(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "_struct.calcsize", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *s = format_arg(vm, args, nargs);
    Obj *r = s != NULL ? int_from_u64(vm, st(s)->size) : NULL;
    obj_xdecref(s);
    return r;
}

static const MethodDef modstruct_functions[] = {
    {"pack", modstruct_py_pack, METH_DEFAULT, NULL},
    {"pack_into", modstruct_py_pack_into, METH_DEFAULT, NULL},
    {"unpack", modstruct_py_unpack, METH_DEFAULT, NULL},
    {"unpack_from", modstruct_py_unpack_from, METH_DEFAULT, NULL},
    {"iter_unpack", modstruct_py_iter_unpack, METH_DEFAULT, NULL},
    {"calcsize", modstruct_py_calcsize, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Obj *modstruct_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "struct", modstruct_functions);
    if (m == NULL || modbinascii_add_exc(vm, m, "struct", "error", &exc_Exception) < 0 ||
        dict_set_cstr(vm, module_dict(m), "Struct", (Obj *)&struct_type) < 0) {
        return NULL;
    }
    return m;
}
