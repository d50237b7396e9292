/* builtins_vm.h: the built-in functions that need the VM's frames or the
 * compiler: __build_class__, globals, locals, exec, eval and compile. */
#ifndef OURO_BUILTINS_VM_H
#define OURO_BUILTINS_VM_H

#include "../objects/runtime.h"

// Adds the VM's built-in functions to `builtins` (a dict). 0 or -1.
int bvm_init(Vm *vm, Obj *builtins);

// The zero-argument super() hook (type.h's SuperArgsHook): the class in
// the running function's __class__ cell and its first argument.
int bvm_super_args(Vm *vm, Obj **type, Obj **obj);

#endif
