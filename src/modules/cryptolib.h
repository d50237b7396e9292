/* cryptolib.h: OpenSSL's libcrypto, loaded when it is first needed.
 *
 * Linking libcrypto into the interpreter costs every start-up the
 * relocation of a large library (about a third of `ouro -c pass`), while
 * only `_hashlib` and str/bytes seeds of `random` use it. So the library is
 * opened with dlopen on first use and the few functions Ouro calls are
 * reached through this table, whose members have exactly the types the
 * OpenSSL headers declare. */
#ifndef OURO_CRYPTOLIB_H
#define OURO_CRYPTOLIB_H

#include <openssl/evp.h>

#include "objects/object.h"

typedef struct CryptoLib {
    __typeof__(EVP_MD_CTX_new) *md_ctx_new;
    __typeof__(EVP_MD_CTX_free) *md_ctx_free;
    __typeof__(EVP_MD_CTX_copy_ex) *md_ctx_copy_ex;
    __typeof__(EVP_MD_CTX_get0_md) *md_ctx_get0_md;
    __typeof__(EVP_MD_get_flags) *md_get_flags;
    __typeof__(EVP_MD_get_size) *md_get_size;
    __typeof__(EVP_MD_get_block_size) *md_get_block_size;
    __typeof__(EVP_get_digestbyname) *get_digestbyname;
    __typeof__(EVP_DigestInit_ex) *digest_init_ex;
    __typeof__(EVP_DigestUpdate) *digest_update;
    __typeof__(EVP_DigestFinal_ex) *digest_final_ex;
    __typeof__(EVP_DigestFinalXOF) *digest_final_xof;
    __typeof__(EVP_Digest) *digest;
    __typeof__(EVP_sha512) *sha512;
    __typeof__(PKCS5_PBKDF2_HMAC) *pbkdf2_hmac;
} CryptoLib;

// The functions of libcrypto, loading the library on the first call.
// Borrowed (static, lives until exit). NULL with ImportError pending when
// the library or one of its functions cannot be found; a later call tries
// again.
BORROWED const CryptoLib *cryptolib_get(Vm *vm);

#endif
