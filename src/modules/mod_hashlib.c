/* mod_hashlib.c: the `_hashlib` module. Hash objects (`_hashlib.HASH`) wrap
 * an OpenSSL EVP digest context; the module also offers pbkdf2_hmac and the
 * list of names. lib/hashlib.py gives them CPython's constructors, and
 * random.seed hashes str and bytes seeds through modhashlib_sha512. libcrypto
 * itself is loaded on first use (cryptolib.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "modules/cryptolib.h"
#include "modules/mod_binascii.h"
#include "modules/mod_hashlib.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

// Python's names for the algorithms and OpenSSL's. The order is the one
// `openssl_md_meth_names` lists.
typedef struct {
    const char *pyname;
    const char *osslname;
} Algo;

static const Algo algos[] = {
    {"md5", "MD5"},
    {"sha1", "SHA1"},
    {"sha224", "SHA224"},
    {"sha256", "SHA256"},
    {"sha384", "SHA384"},
    {"sha512", "SHA512"},
    {"sha512_224", "SHA512-224"},
    {"sha512_256", "SHA512-256"},
    {"sha3_224", "SHA3-224"},
    {"sha3_256", "SHA3-256"},
    {"sha3_384", "SHA3-384"},
    {"sha3_512", "SHA3-512"},
    {"shake_128", "SHAKE128"},
    {"shake_256", "SHAKE256"},
    {"blake2b", "BLAKE2B512"},
    {"blake2s", "BLAKE2S256"},
};

// libcrypto's functions, set when the module is created (cryptolib.h): no
// hash object exists before that.
static const CryptoLib *ossl;

typedef struct {
    Obj head;
    EVP_MD_CTX *ctx;
    const Algo *algo;
} HashObj;

static HashObj *hobj(Obj *o) {
    return (HashObj *)o;
}

// The algorithm named `name` (any case, as CPython's new() accepts
// "SHA256"), or NULL when there is none.
static const Algo *find_algo(const char *name) {
    char low[32];
    size_t n = strlen(name);
    if (n >= sizeof low) {
        return NULL;
    }
    for (size_t i = 0; i <= n; i++) {
        low[i] = (char)tolower((unsigned char)name[i]);
    }
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++) {
        if (strcmp(algos[i].pyname, low) == 0) {
            return &algos[i];
        }
    }
    return NULL;
}

static bool is_xof(const EVP_MD *md) {
    return (ossl->md_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
}

// The octets of `o` for hashing, with CPython's messages: str must be
// encoded first, and anything else must offer the buffer protocol.
static int data_view(Vm *vm, Obj *o, const char **data, size_t *len) {
    if (str_check(o)) {
        err_raise(vm, &exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (modbinascii_view(vm, o, false, data, len) < 0) {
        err_clear(vm);
        err_raise(vm, &exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return 0;
}

// libcrypto failed: this happens only when it cannot allocate.
static Obj *ossl_failed(Vm *vm) {
    return err_nomemory(vm);
}

static void hash_dealloc(Obj *self) {
    ossl->md_ctx_free(hobj(self)->ctx);
    obj_free(self);
}

// A new hash object for `algo` with an empty context.
static Obj *hash_alloc(Vm *vm, const Algo *algo) {
    HashObj *h = (HashObj *)obj_new(vm, &hashlib_hash_type, sizeof(HashObj));
    if (h == NULL) {
        return NULL;
    }
    h->algo = algo;
    h->ctx = ossl->md_ctx_new();
    if (h->ctx == NULL) {
        obj_decref((Obj *)h);
        return ossl_failed(vm);
    }
    return (Obj *)h;
}

static int hash_feed(Vm *vm, Obj *self, Obj *data) {
    const char *p;
    size_t n;
    if (data_view(vm, data, &p, &n) < 0) {
        return -1;
    }
    if (ossl->digest_update(hobj(self)->ctx, p, n) != 1) {
        ossl_failed(vm);
        return -1;
    }
    return 0;
}

// _hashlib.new(name, data=b'', *, usedforsecurity=True)
static Obj *modhashlib_py_new(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"name", "data", "usedforsecurity", NULL};
    Obj *a[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "new", args, nargs, kwnames, names, 2, 1, a) < 0) {
        return NULL;
    }
    if (!str_check(a[0])) {
        return err_raise(vm, &exc_TypeError, "new() argument 'name' must be str, not %s",
                         obj_type(a[0])->name);
    }
    const Algo *algo = find_algo(str_cstr(a[0]));
    const EVP_MD *md = algo != NULL ? ossl->get_digestbyname(algo->osslname) : NULL;
    if (md == NULL) {
        return err_raise(vm, &exc_ValueError, "unsupported hash type %s", str_cstr(a[0]));
    }
    Obj *h = hash_alloc(vm, algo);
    if (h == NULL) {
        return NULL;
    }
    if (ossl->digest_init_ex(hobj(h)->ctx, md, NULL) != 1) {
        obj_decref(h);
        return ossl_failed(vm);
    }
    if (a[1] != NULL && hash_feed(vm, h, a[1]) < 0) {
        obj_decref(h);
        return NULL;
    }
    return h;
}

static Obj *hash_py_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "update", nargs, kwnames, 1, 1) < 0 || hash_feed(vm, self, args[0]) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *hash_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *h = hash_alloc(vm, hobj(self)->algo);
    if (h != NULL && ossl->md_ctx_copy_ex(hobj(h)->ctx, hobj(self)->ctx) != 1) {
        obj_decref(h);
        return ossl_failed(vm);
    }
    return h;
}

// The digest as bytes: finalizes a copy, so that the object can go on
// being updated. `xof_len` is the length asked of shake_* (else ignored).
static Obj *final_digest(Vm *vm, Obj *self, size_t xof_len) {
    const EVP_MD *md = ossl->md_ctx_get0_md(hobj(self)->ctx);
    bool xof = is_xof(md);
    size_t n = xof ? xof_len : (size_t)ossl->md_get_size(md);
    Obj *out = bytes_new_uninit(vm, n);
    EVP_MD_CTX *tmp = ossl->md_ctx_new();
    int ok = out != NULL && tmp != NULL && ossl->md_ctx_copy_ex(tmp, hobj(self)->ctx) == 1;
    if (ok) {
        unsigned char *dst = (unsigned char *)bytes_data_mut(out);
        unsigned int got = 0;
        // OpenSSL's XOF refuses a zero length; there is nothing to write then.
        ok = xof ? (n == 0 || ossl->digest_final_xof(tmp, dst, n) == 1)
                 : ossl->digest_final_ex(tmp, dst, &got) == 1;
    }
    ossl->md_ctx_free(tmp);
    if (!ok) {
        obj_xdecref(out);
        return out == NULL ? NULL : ossl_failed(vm);
    }
    return out;
}

// The length argument of digest()/hexdigest(): required for shake_*,
// refused for the others.
static int digest_len(Vm *vm, Obj *self, const char *fname, Obj *const *args, size_t nargs,
                      Obj *kwnames, size_t *out) {
    *out = 0;
    if (!is_xof(ossl->md_ctx_get0_md(hobj(self)->ctx))) {
        char full[32];
        snprintf(full, sizeof full, "HASH.%s", fname);
        return args_check(vm, full, nargs, kwnames, 0, 0);
    }
    static const char *const names[] = {"length", NULL};
    Obj *a[1] = {NULL};
    if (args_bind(vm, fname, args, nargs, kwnames, names, 1, 1, a) < 0) {
        return -1;
    }
    int64_t v;
    if (int_as_i64(vm, a[0], &v) < 0) {
        return -1;
    }
    if (v < 0) {
        err_raise(vm, &exc_ValueError, "length must be non-negative");
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

static Obj *hash_py_digest(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    size_t n;
    if (digest_len(vm, self, "digest", args, nargs, kwnames, &n) < 0) {
        return NULL;
    }
    return final_digest(vm, self, n);
}

static Obj *hash_py_hexdigest(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    size_t n;
    if (digest_len(vm, self, "hexdigest", args, nargs, kwnames, &n) < 0) {
        return NULL;
    }
    Obj *d = final_digest(vm, self, n);
    if (d == NULL) {
        return NULL;
    }
    Obj *hex = obj_call_method(vm, d, "hex", NULL, 0);
    obj_decref(d);
    return hex;
}

static Obj *hash_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, hobj(self)->algo->pyname);
}

static Obj *hash_get_digest_size(Vm *vm, Obj *self) {
    const EVP_MD *md = ossl->md_ctx_get0_md(hobj(self)->ctx);
    return int_from_i64(vm, is_xof(md) ? 0 : ossl->md_get_size(md));
}

static Obj *hash_get_block_size(Vm *vm, Obj *self) {
    return int_from_i64(vm, ossl->md_get_block_size(ossl->md_ctx_get0_md(hobj(self)->ctx)));
}

static Obj *hash_repr(Vm *vm, Obj *self) {
    return str_from_fmt(vm, "<%s _hashlib.HASH object @ %p>", hobj(self)->algo->pyname,
                        (void *)self);
}

static const MethodDef hash_methods[] = {
    {"update", hash_py_update, METH_DEFAULT, "Update this hash object's state with the data."},
    {"digest", hash_py_digest, METH_DEFAULT, "Return the digest value as a bytes object."},
    {"hexdigest", hash_py_hexdigest, METH_DEFAULT, "Return the digest value as a string of hex."},
    {"copy", hash_py_copy, METH_DEFAULT, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL},
    {"digest_size", hash_get_digest_size, NULL},
    {"block_size", hash_get_block_size, NULL},
    {NULL, NULL, NULL},
};

TypeObj hashlib_hash_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObj),
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getset = hash_getset,
};

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
static Obj *modhashlib_py_pbkdf2_hmac(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"hash_name",  "password", "salt",
                                        "iterations", "dklen",    NULL};
    Obj *a[5] = {NULL, NULL, NULL, NULL, NULL};
    const char *pw, *salt;
    size_t pwlen, saltlen;
    int64_t iters, dklen;
    if (args_bind(vm, "pbkdf2_hmac", args, nargs, kwnames, names, 5, 4, a) < 0) {
        return NULL;
    }
    if (!str_check(a[0])) {
        return err_raise(vm, &exc_TypeError,
                         "pbkdf2_hmac() argument 'hash_name' must be str, "
                         "not %s",
                         obj_type(a[0])->name);
    }
    if (modbinascii_view(vm, a[1], false, &pw, &pwlen) < 0 ||
        modbinascii_view(vm, a[2], false, &salt, &saltlen) < 0 ||
        int_as_i64(vm, a[3], &iters) < 0) {
        return NULL;
    }
    const Algo *algo = find_algo(str_cstr(a[0]));
    const EVP_MD *md = algo != NULL ? ossl->get_digestbyname(algo->osslname) : NULL;
    if (md == NULL || is_xof(md)) {
        return modbinascii_raise(vm, "_hashlib", "UnsupportedDigestmodError", &exc_ValueError,
                                 "[digital envelope routines] unsupported");
    }
    if (iters < 1) {
        return err_raise(vm, &exc_ValueError, "iteration value must be greater than 0.");
    }
    if (iters > 0x7fffffff) {
        return err_raise(vm, &exc_OverflowError, "iteration value is too great.");
    }
    dklen = ossl->md_get_size(md);
    if (a[4] != NULL && a[4] != OBJ_NONE && int_as_i64(vm, a[4], &dklen) < 0) {
        return NULL;
    }
    if (dklen < 1) {
        return err_raise(vm, &exc_ValueError, "key length must be greater than 0.");
    }
    if (dklen > 0x7fffffff) {
        return err_raise(vm, &exc_OverflowError, "key length is too great.");
    }
    Obj *out = bytes_new_uninit(vm, (size_t)dklen);
    if (out == NULL) {
        return NULL;
    }
    if (ossl->pbkdf2_hmac(pw, (int)pwlen, (const unsigned char *)salt, (int)saltlen, (int)iters, md,
                          (int)dklen, (unsigned char *)bytes_data_mut(out)) != 1) {
        obj_decref(out);
        return ossl_failed(vm);
    }
    return out;
}

static const MethodDef modhashlib_functions[] = {
    {"new", modhashlib_py_new, METH_DEFAULT, "Return a new hash object using the named algorithm."},
    {"pbkdf2_hmac", modhashlib_py_pbkdf2_hmac, METH_DEFAULT, "Password based key derivation."},
    {NULL, NULL, 0, NULL},
};

// openssl_md_meth_names: the Python names whose digest libcrypto has.
static Obj *meth_names(Vm *vm) {
    size_t n = sizeof algos / sizeof algos[0];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        k += ossl->get_digestbyname(algos[i].osslname) != NULL;
    }
    Obj *t = tuple_new(vm, k);
    for (size_t i = 0, j = 0; t != NULL && i < n; i++) {
        if (ossl->get_digestbyname(algos[i].osslname) == NULL) {
            continue;
        }
        Obj *s = str_from_cstr(vm, algos[i].pyname);
        if (s == NULL) {
            obj_decref(t);
            return NULL;
        }
        tuple_set_steal(t, j++, s);
    }
    return t;
}

Obj *modhashlib_init(Vm *vm) {
    ossl = cryptolib_get(vm);
    if (ossl == NULL) {
        return NULL;
    }
    Obj *m = module_create_builtin(vm, "_hashlib", modhashlib_functions);
    if (m == NULL ||
        modbinascii_add_exc(vm, m, "_hashlib", "UnsupportedDigestmodError", &exc_ValueError) < 0 ||
        dict_set_cstr(vm, module_dict(m), "HASH", (Obj *)&hashlib_hash_type) < 0) {
        return NULL;
    }
    Obj *names = meth_names(vm);
    int rc = names != NULL ? dict_set_cstr(vm, module_dict(m), "openssl_md_meth_names", names) : -1;
    obj_xdecref(names);
    return rc < 0 ? NULL : m;
}

int modhashlib_sha512(Vm *vm, const void *data, size_t len, unsigned char out[64]) {
    ossl = cryptolib_get(vm);
    if (ossl == NULL) {
        return -1;
    }
    unsigned int got = 0;
    if (ossl->digest(data, len, out, &got, ossl->sha512(), NULL) != 1) {
        ossl_failed(vm);
        return -1;
    }
    return 0;
}
