/* exc_unicode.h: UnicodeDecodeError and UnicodeEncodeError with CPython's
 * attributes (encoding, object, start, end, reason) and CPython's str(),
 * and the helpers the codecs raise them with. The types themselves are
 * declared with the rest of the hierarchy in exc.h. */
#ifndef OURO_EXC_UNICODE_H
#define OURO_EXC_UNICODE_H

#include "object.h"

// Installs the __init__ and __str__ of UnicodeDecodeError and
// UnicodeEncodeError into their static types; exc_init_types calls it
// before the types are readied. Cannot fail.
void excu_setup_types(void);

// Raises UnicodeDecodeError(encoding, bytes(data[:len]), start, end, reason)
// for the octets [start, end) of `data`. Always returns NULL.
NEWREF Obj *excu_raise_decode(Vm *vm, const char *encoding, const char *data, size_t len,
                              size_t start, size_t end, const char *reason);

// Raises UnicodeEncodeError(encoding, `s`, start, end, reason) for the code
// points [start, end) of the str `s`. Always returns NULL.
NEWREF Obj *excu_raise_encode(Vm *vm, const char *encoding, Obj *s, size_t start, size_t end,
                              const char *reason);

#endif
