/* mod_hashlib.h: the `_hashlib` module, message digests on OpenSSL's
 * libcrypto (lib/hashlib.py and lib/hmac.py are written on top of it), and
 * the SHA-512 helper that random.seed uses for str and bytes seeds. */
#ifndef OURO_MOD_HASHLIB_H
#define OURO_MOD_HASHLIB_H

#include <stddef.h>

#include "objects/object.h"

// The hash objects that _hashlib.new returns (`_hashlib.HASH`).
extern TypeObj hashlib_hash_type;

// Creates the `_hashlib` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modhashlib_init(Vm *vm);

// Writes the 64-octet SHA-512 digest of the `len` octets at `data` to
// `out`. Returns 0, or -1 with MemoryError pending when libcrypto fails.
int modhashlib_sha512(Vm *vm, const void *data, size_t len, unsigned char out[64]);

#endif
