/* cryptolib.c: opens libcrypto with dlopen and fills the table of
 * cryptolib.h. The soname comes from the headers Ouro was built with, so
 * the library loaded is the one whose declarations the table uses. */
#include "modules/cryptolib.h"

#include <dlfcn.h>
#include <string.h>
#include <openssl/opensslv.h>
#include <stdbool.h>

#include "objects/exc.h"

#define CRYPTOLIB_STR_(x) #x
#define CRYPTOLIB_STR(x)  CRYPTOLIB_STR_(x)
#define CRYPTOLIB_SONAME  "libcrypto.so." CRYPTOLIB_STR(OPENSSL_SHLIB_VERSION)

static CryptoLib lib;
static bool loaded;

// Stores the address of `name` in `*slot`; false when it is missing.
static bool find(void *handle, const char *name, void *slot) {
    void *sym = dlsym(handle, name);
    if (sym == NULL) {
        return false;
    }
    // The table's members are function pointers; POSIX guarantees that
    // dlsym's result converts to one, and memcpy says so without a cast
    // ISO C does not define.
    memcpy(slot, &sym, sizeof sym);
    return true;
}

const CryptoLib *cryptolib_get(Vm *vm) {
    if (loaded) {
        return &lib;
    }
    void *h = dlopen(CRYPTOLIB_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) {
        const char *why = dlerror();
        err_raise(vm, &exc_ImportError, "cannot load %s: %s", CRYPTOLIB_SONAME,
                  why != NULL ? why : "unknown error");
        return NULL;
    }
    const char *missing = NULL;
#define FIND(member, name)                                                                         \
    if (missing == NULL && !find(h, name, &lib.member)) {                                          \
        missing = name;                                                                            \
    }
    FIND(md_ctx_new, "EVP_MD_CTX_new")
    FIND(md_ctx_free, "EVP_MD_CTX_free")
    FIND(md_ctx_copy_ex, "EVP_MD_CTX_copy_ex")
    FIND(md_ctx_get0_md, "EVP_MD_CTX_get0_md")
    FIND(md_get_flags, "EVP_MD_get_flags")
    FIND(md_get_size, "EVP_MD_get_size")
    FIND(md_get_block_size, "EVP_MD_get_block_size")
    FIND(get_digestbyname, "EVP_get_digestbyname")
    FIND(digest_init_ex, "EVP_DigestInit_ex")
    FIND(digest_update, "EVP_DigestUpdate")
    FIND(digest_final_ex, "EVP_DigestFinal_ex")
    FIND(digest_final_xof, "EVP_DigestFinalXOF")
    FIND(digest, "EVP_Digest")
    FIND(sha512, "EVP_sha512")
    FIND(pbkdf2_hmac, "PKCS5_PBKDF2_HMAC")
#undef FIND
    if (missing != NULL) {
        dlclose(h);
        err_raise(vm, &exc_ImportError, "cannot load %s: no function %s", CRYPTOLIB_SONAME,
                  missing);
        return NULL;
    }
    // The handle stays open until exit: hash objects point into the library.
    loaded = true;
    return &lib;
}
