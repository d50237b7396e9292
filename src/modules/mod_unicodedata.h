/* mod_unicodedata.h: the `unicodedata` module (character properties, names
 * and normalization from the Unicode Character Database, src/unicode/). */
#ifndef OURO_MOD_UNICODEDATA_H
#define OURO_MOD_UNICODEDATA_H

#include "objects/object.h"

// Creates the `unicodedata` module and registers it in vm->modules. Returns
// a borrowed reference held by sys.modules, or NULL with an exception
// pending.
BORROWED Obj *modunicodedata_init(Vm *vm);

#endif
