/* mod_atexit.h: the `atexit` module (functions to call at normal exit) and
 * the hook through which the runtime calls them when it finalizes. */
#ifndef OURO_MOD_ATEXIT_H
#define OURO_MOD_ATEXIT_H

#include "objects/object.h"

// Creates the `atexit` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modatexit_init(Vm *vm);

// Calls the registered callbacks, last registered first, and forgets them.
// An exception in a callback is reported on stderr as "Exception ignored in
// atexit callback: <callback>" with its traceback, and the others still
// run. Called by rt_finalize before anything is torn down (as CPython does)
// and by atexit._run_exitfuncs. Leaves no exception pending.
void modatexit_run(Vm *vm);

#endif
