/* vm_run.c: the entry points of vm.h around the dispatch loop (vm.c): run
 * a code object or source text in a namespace, and the interrupt flag
 * that SIGINT sets and the loop turns into KeyboardInterrupt. */
#include <signal.h>

#include "../compile/code.h"
#include "../compile/compiler.h"
#include "../objects/exc.h"
#include "../objects/str.h"
#include "call.h"
#include "func.h"
#include "vm.h"

volatile sig_atomic_t vm_interrupt_pending;

static void on_sigint(int sig) {
    OURO_UNUSED(sig);
    vm_interrupt_pending = 1;
}

void vm_install_sigint(void) {
    signal(SIGINT, on_sigint);
}

void vm_request_interrupt(void) {
    vm_interrupt_pending = 1;
}

bool vm_take_interrupt(void) {
    bool pending = vm_interrupt_pending != 0;
    vm_interrupt_pending = 0;
    return pending;
}

BORROWED Obj *vm_current_globals(Vm *vm) {
    return vm->frame != NULL ? vm->frame->globals : NULL;
}

NEWREF Obj *vm_exec_code(Vm *vm, Obj *code, Obj *globals, Obj *locals) {
    const CodeObj *co = (const CodeObj *)code;
    if (co->nfrees > 0) {
        return err_raise(vm, &exc_TypeError,
                         "code object passed to exec() may not contain free variables");
    }
    Frame *f = frame_push(vm, (CodeObj *)code, NULL, globals, vm->builtins, locals);
    if (f == NULL) {
        return NULL;
    }
    // A function's code run directly (exec(f.__code__)) still needs its cells.
    for (int i = 0; i < co->ncells; i++) {
        Obj *cell = cell_new(vm, NULL);
        if (cell == NULL) {
            frame_pop_cold(vm, f);
            return NULL;
        }
        f->fast[co->nlocals + i] = cell;
    }
    return call_run_frame(vm, f);
}

NEWREF Obj *vm_run_source(Vm *vm, const char *src, size_t len, const char *filename, Obj *globals) {
    Obj *code = comp_compile_source(vm, src, len, filename, PARSE_FILE, NULL);
    if (code == NULL) {
        return NULL;
    }
    if (vm->options.dis) {
        Obj *text = code_disassemble(vm, code);
        if (text == NULL) {
            obj_decref(code);
            return NULL;
        }
        fprintf(stderr, "%s", str_cstr(text));
        obj_decref(text);
    }
    Obj *result = vm_exec_code(vm, code, globals, globals);
    obj_decref(code);
    return result;
}
