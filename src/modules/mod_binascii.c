/* mod_binascii.c: the `binascii` module of CPython 3.11: hex (hexlify with
 * separators), base64 (with strict mode), crc32 and crc_hqx, and the
 * Error / Incomplete classes. lib/base64.py is written on top of it. Also
 * the exception-class helpers that struct and array share (see header). */
#include <stdarg.h>
#include <string.h>

#include "modules/mod_array.h"
#include "modules/mod_binascii.h"
#include "modules/modules.h"
#include "memory/mem.h"
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

// ---------------------------------------------------------------------------
// Shared helpers: module exception classes and bytes-like arguments.
// ---------------------------------------------------------------------------

int modbinascii_add_exc(Vm *vm, Obj *module, const char *modname, const char *name, TypeObj *base) {
    Obj *cname = str_from_cstr(vm, name);
    Obj *mname = str_from_cstr(vm, modname);
    Obj *bases = tuple_pack1(vm, (Obj *)base);
    Obj *ns = dict_new(vm);
    Obj *cls = NULL;
    int rc = -1;
    if (cname == NULL || mname == NULL || bases == NULL || ns == NULL ||
        dict_set(vm, ns, vm->id.module, mname) < 0) {
        goto fail;
    }
    cls = type_new_class(vm, &type_type, cname, bases, ns);
    if (cls == NULL || dict_set(vm, module_dict(module), cname, cls) < 0) {
        goto fail;
    }
    rc = 0;
fail:
    obj_xdecref(cls);
    obj_xdecref(ns);
    obj_xdecref(bases);
    obj_xdecref(mname);
    obj_xdecref(cname);
    return rc;
}

Obj *modbinascii_raise(Vm *vm, const char *modname, const char *name, TypeObj *fallback,
                       const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vfmt(vm, fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return NULL;
    }
    TypeObj *type = fallback;
    Obj *m = dict_get_cstr_borrow(vm, vm->modules, modname);
    Obj *cls = m != NULL && obj_type(m) == &module_type
                   ? dict_get_cstr_borrow(vm, module_dict(m), name)
                   : NULL;
    if (cls != NULL && obj_type(cls) == &type_type &&
        type_is_subtype((TypeObj *)cls, &exc_BaseException)) {
        type = (TypeObj *)cls;
    }
    err_clear(vm);           // a failed lookup only means "use the fallback"
    obj_incref((Obj *)type); // the class must outlive the raise
    err_raise_obj(vm, type, msg);
    obj_decref((Obj *)type);
    obj_decref(msg);
    return NULL;
}

int modbinascii_view(Vm *vm, Obj *o, bool allow_str, const char **data, size_t *len) {
    if (bytes_like_view(o, data, len) || modarray_view(o, data, len)) {
        return 0;
    }
    if (allow_str && str_check(o)) {
        if (str_len(o) != str_size(o)) {
            err_raise(vm, &exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *data = str_cstr(o);
        *len = str_size(o);
        return 0;
    }
    if (allow_str) {
        err_raise(vm, &exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                  obj_type_name(o));
    } else {
        err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                  obj_type_name(o));
    }
    return -1;
}

static Obj *error(Vm *vm, const char *msg) {
    return modbinascii_raise(vm, "binascii", "Error", &exc_ValueError, "%s", msg);
}

// CPython's message when the positional `data` argument is missing.
static int need_data(Vm *vm, const char *fname, size_t nargs) {
    if (nargs == 0) {
        err_raise(vm, &exc_TypeError, "%s() takes exactly 1 positional argument (0 given)", fname);
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Hex.
// ---------------------------------------------------------------------------

static const char hexdigits[] = "0123456789abcdef";

// hexlify(data, sep=None, bytes_per_sep=1): a positive `bytes_per_sep`
// counts the groups from the right, a negative one from the left.
static Obj *hexlify(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    Obj *a[3];
    const char *data, *sepdata = NULL;
    size_t len, seplen = 0;
    int64_t per = 1;
    // The data is checked first (CPython's order of errors), and viewed
    // again after the conversions that can run Python code (__index__),
    // which could resize a bytearray and leave the first view dangling.
    if (args_bind(vm, fname, args, nargs, kwnames, names, 3, 1, a) < 0 ||
        modbinascii_view(vm, a[0], false, &data, &len) < 0 ||
        (a[2] != NULL && obj_as_ssize(vm, a[2], &per) < 0) ||
        modbinascii_view(vm, a[0], false, &data, &len) < 0) {
        return NULL;
    }
    if (a[1] != NULL && a[1] != OBJ_NONE) {
        if (str_check(a[1])) {
            sepdata = str_cstr(a[1]);
            seplen = str_size(a[1]);
            if (str_len(a[1]) == 1 && seplen != 1) {
                return err_raise(vm, &exc_ValueError, "sep must be ASCII.");
            }
        } else if (modbinascii_view(vm, a[1], false, &sepdata, &seplen) < 0) {
            return NULL;
        }
        if (seplen != 1) {
            return err_raise(vm, &exc_ValueError, "sep must be length 1.");
        }
    }
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    size_t nsep = sepdata != NULL && group > 0 && len > 0 ? (len - 1) / group : 0;
    Obj *out = bytes_new_uninit(vm, len * 2 + nsep);
    if (out == NULL) {
        return NULL;
    }
    char *p = bytes_data_mut(out);
    for (size_t i = 0; i < len; i++) {
        // A separator goes before byte i when a group boundary falls there.
        if (nsep > 0 && i > 0 && (per > 0 ? (len - i) % group == 0 : i % group == 0)) {
            *p++ = sepdata[0];
        }
        unsigned char c = (unsigned char)data[i];
        *p++ = hexdigits[c >> 4];
        *p++ = hexdigits[c & 15];
    }
    return out;
}

static Obj *modbinascii_py_hexlify(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    return hexlify(vm, "hexlify", args, nargs, kwnames);
}

static Obj *modbinascii_py_b2a_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    return hexlify(vm, "b2a_hex", args, nargs, kwnames);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static Obj *unhexlify(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *data;
    size_t len;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0 ||
        modbinascii_view(vm, args[0], true, &data, &len) < 0) {
        return NULL;
    }
    if (len % 2 != 0) {
        return error(vm, "Odd-length string");
    }
    Obj *out = bytes_new_uninit(vm, len / 2);
    if (out == NULL) {
        return NULL;
    }
    char *p = bytes_data_mut(out);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hexval(data[i]), lo = hexval(data[i + 1]);
        if (hi < 0 || lo < 0) {
            obj_decref(out);
            return error(vm, "Non-hexadecimal digit found");
        }
        *p++ = (char)(hi << 4 | lo);
    }
    return out;
}

static Obj *modbinascii_py_unhexlify(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    OURO_UNUSED(self);
    return unhexlify(vm, "binascii.unhexlify", args, nargs, kwnames);
}

static Obj *modbinascii_py_a2b_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    return unhexlify(vm, "binascii.a2b_hex", args, nargs, kwnames);
}

// ---------------------------------------------------------------------------
// Base64.
// ---------------------------------------------------------------------------

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Obj *modbinascii_py_b2a_base64(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"data", "newline", NULL};
    Obj *a[2];
    const char *data;
    size_t len;
    if (need_data(vm, "b2a_base64", nargs) < 0 ||
        args_bind(vm, "b2a_base64", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        modbinascii_view(vm, a[0], false, &data, &len) < 0) {
        return NULL;
    }
    int newline = a[1] != NULL ? obj_is_true(vm, a[1]) : 1;
    if (newline < 0 || modbinascii_view(vm, a[0], false, &data, &len) < 0) {
        return NULL;
    }
    Obj *out = bytes_new_uninit(vm, (len + 2) / 3 * 4 + (size_t)newline);
    if (out == NULL) {
        return NULL;
    }
    char *p = bytes_data_mut(out);
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        *p++ = b64chars[v >> 18];
        *p++ = b64chars[(v >> 12) & 63];
        *p++ = b64chars[(v >> 6) & 63];
        *p++ = b64chars[v & 63];
    }
    if (i < len) {
        uint32_t v = (uint32_t)s[i] << 16 | (i + 1 < len ? (uint32_t)s[i + 1] << 8 : 0);
        *p++ = b64chars[v >> 18];
        *p++ = b64chars[(v >> 12) & 63];
        *p++ = i + 1 < len ? b64chars[(v >> 6) & 63] : '=';
        *p++ = '=';
    }
    if (newline) {
        *p++ = '\n';
    }
    return out;
}

static int b64value(unsigned char c) {
    const char *p = c != 0 ? strchr(b64chars, c) : NULL;
    return p != NULL ? (int)(p - b64chars) : -1;
}

// The decoding loop of CPython's a2b_base64: in the default mode,
// characters outside the alphabet are skipped and the first complete pad
// ends the data; strict mode rejects all of that.
static Obj *a2b_base64_text(Vm *vm, const char *data, size_t len, bool strict) {
    Obj *out = bytes_new_uninit(vm, len / 4 * 3 + 3);
    if (out == NULL) {
        return NULL;
    }
    unsigned char *start = (unsigned char *)bytes_data_mut(out), *p = start;
    int quad = 0, pads = 0, left = 0;
    bool padding = false;
    const char *msg = NULL;
    if (strict && len > 0 && data[0] == '=') {
        msg = "Leading padding not allowed";
        goto fail;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '=') {
            padding = true;
            if (strict && quad == 0) {
                msg = "Excess padding not allowed";
                goto fail;
            }
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < len) {
                    msg = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        int v = b64value(c);
        if (v < 0) {
            if (strict) {
                msg = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding) {
            msg = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad) {
            case 0:
                left = v;
                break;
            case 1:
                *p++ = (unsigned char)(left << 2 | v >> 4);
                left = v & 15;
                break;
            case 2:
                *p++ = (unsigned char)(left << 4 | v >> 2);
                left = v & 3;
                break;
            default:
                *p++ = (unsigned char)(left << 6 | v);
                break;
        }
        quad = (quad + 1) % 4;
    }
    if (quad == 1) {
        obj_decref(out);
        return modbinascii_raise(vm, "binascii", "Error", &exc_ValueError,
                                 "Invalid base64-encoded string: number of data characters "
                                 "(%zu) cannot be 1 more than a multiple of 4",
                                 (size_t)(p - start) / 3 * 4 + 1);
    }
    if (quad != 0) {
        msg = "Incorrect padding";
        goto fail;
    }
done:;
    Obj *res = bytes_from_data(vm, (const char *)start, (size_t)(p - start));
    obj_decref(out);
    return res;
fail:
    obj_decref(out);
    return error(vm, msg);
}

static Obj *modbinascii_py_a2b_base64(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"data", "strict_mode", NULL};
    Obj *a[2];
    const char *data;
    size_t len;
    if (need_data(vm, "a2b_base64", nargs) < 0 ||
        args_bind(vm, "a2b_base64", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        modbinascii_view(vm, a[0], true, &data, &len) < 0) {
        return NULL;
    }
    int strict = a[1] != NULL ? obj_is_true(vm, a[1]) : 0;
    if (strict < 0 || modbinascii_view(vm, a[0], true, &data, &len) < 0) {
        return NULL;
    }
    return a2b_base64_text(vm, data, len, strict);
}

// ---------------------------------------------------------------------------
// Checksums.
// ---------------------------------------------------------------------------

// The running value argument of crc32 / crc_hqx, reduced modulo 2**bits
// as CPython does for any int.
static int crc_arg(Vm *vm, Obj *o, unsigned bits, uint32_t *out) {
    Obj *i = obj_index(vm, o);
    if (i == NULL) {
        return -1;
    }
    IntView v;
    intview_init(&v, i);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_r_2exp(r, v.p, bits);
    *out = (uint32_t)mpz_get_ui(r);
    mpz_clear(r);
    intview_clear(&v);
    obj_decref(i);
    return 0;
}

static Obj *modbinascii_py_crc32(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    const char *data;
    size_t len;
    uint32_t crc = 0;
    if (args_check(vm, "crc32", nargs, kwnames, 1, 2) < 0 ||
        modbinascii_view(vm, args[0], false, &data, &len) < 0 ||
        (nargs > 1 && crc_arg(vm, args[1], 32, &crc) < 0) ||
        modbinascii_view(vm, args[0], false, &data, &len) < 0) {
        return NULL;
    }
    // The reflected CRC-32 of zlib (polynomial 0xEDB88320), bit by bit: the
    // inputs here are small and a table would be 1 KiB of static data.
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= (unsigned char)data[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return int_from_u64(vm, ~crc);
}

static Obj *modbinascii_py_crc_hqx(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    const char *data;
    size_t len;
    uint32_t crc;
    if (args_check(vm, "crc_hqx", nargs, kwnames, 2, 2) < 0 ||
        modbinascii_view(vm, args[0], false, &data, &len) < 0 ||
        crc_arg(vm, args[1], 16, &crc) < 0 ||
        modbinascii_view(vm, args[0], false, &data, &len) < 0) {
        return NULL;
    }
    // CRC-CCITT (polynomial 0x1021), most significant bit first.
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint32_t)(unsigned char)data[i] << 8;
        for (int k = 0; k < 8; k++) {
            crc = (crc & 0x8000u) ? ((crc << 1) ^ 0x1021u) : (crc << 1);
        }
        crc &= 0xffffu;
    }
    return int_from_u64(vm, crc);
}

static const MethodDef modbinascii_functions[] = {
    {"hexlify", modbinascii_py_hexlify, METH_DEFAULT, NULL},
    {"b2a_hex", modbinascii_py_b2a_hex, METH_DEFAULT, NULL},
    {"unhexlify", modbinascii_py_unhexlify, METH_DEFAULT, NULL},
    {"a2b_hex", modbinascii_py_a2b_hex, METH_DEFAULT, NULL},
    {"b2a_base64", modbinascii_py_b2a_base64, METH_DEFAULT, NULL},
    {"a2b_base64", modbinascii_py_a2b_base64, METH_DEFAULT, NULL},
    {"crc32", modbinascii_py_crc32, METH_DEFAULT, NULL},
    {"crc_hqx", modbinascii_py_crc_hqx, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Obj *modbinascii_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "binascii", modbinascii_functions);
    if (m == NULL || modbinascii_add_exc(vm, m, "binascii", "Error", &exc_ValueError) < 0 ||
        modbinascii_add_exc(vm, m, "binascii", "Incomplete", &exc_Exception) < 0) {
        return NULL;
    }
    return m;
}
