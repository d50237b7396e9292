/* mod_binascii.h: the `binascii` module (hex, base64, CRCs), and the two
 * helpers that the binary-data modules (binascii, struct, array) share to
 * own and raise their module-level exception classes. */
#ifndef OURO_MOD_BINASCII_H
#define OURO_MOD_BINASCII_H

#include "objects/object.h"

// Creates the `binascii` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modbinascii_init(Vm *vm);

// Creates the exception class `modname`.`name` deriving from `base` and
// stores it in `module`'s dict under `name` (the module owns it, so it is
// freed with the module: no C static keeps it alive). Returns 0, or -1
// with an exception pending.
int modbinascii_add_exc(Vm *vm, Obj *module, const char *modname, const char *name, TypeObj *base);

// Raises the exception class `name` of the module `modname` (found through
// sys.modules) with a message formatted like err_raise's `fmt`; raises
// `fallback` instead when a program deleted the module or its class.
// Always returns NULL.
NEWREF Obj *modbinascii_raise(Vm *vm, const char *modname, const char *name, TypeObj *fallback,
                              const char *fmt, ...);

// The octets of a bytes-like argument `o` of function `fname`, or of an
// ASCII str when `allow_str` is set (the a2b_* functions accept both).
// TypeError "a bytes-like object is required, not 'str'" (or, with
// `allow_str`, "argument should be bytes, buffer or ASCII string, not
// 'int'"), ValueError "string argument should contain only ASCII
// characters". Returns 0 with a borrowed view, or -1.
int modbinascii_view(Vm *vm, Obj *o, bool allow_str, const char **data, size_t *len);

#endif
