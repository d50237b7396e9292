/* frame.h: activation records. A frame's header, its fast locals, cells,
 * value stack and exception blocks live in one contiguous region taken from
 * a VM-owned stack of chunks, so a Python call allocates nothing on the
 * heap. Frames are strictly last-in first-out: frame_pop releases the
 * innermost one. */
#ifndef OURO_FRAME_H
#define OURO_FRAME_H

#include "../compile/code.h"
#include "../objects/runtime.h"

// One SETUP_EXCEPT handler: where to jump and how deep the stack was.
typedef struct FrameBlock {
    uint32_t target;
    uint32_t depth;
} FrameBlock;

typedef struct Frame {
    struct Frame *back; // the caller's frame (vm->frame chain)
    CodeObj *code;      // owned
    Obj *func;          // FuncObj (owned) or NULL for module/exec code
    Obj *globals;       // dict (owned)
    Obj *builtins;      // dict (owned)
    Obj *locals;        // dict (owned) for module and class-body code, else NULL
    Obj **fast;         // nlocals fast locals, then ncells + nfrees cells
    Obj **stack;        // base of the value stack
    Obj **sp;           // next free stack slot (saved when the frame calls out)
    FrameBlock *blocks; // exception handler blocks
    int nblocks;
    uint32_t pc;   // index of the instruction being executed
    size_t words;  // size of the region in pointer-sized words, 0 for heap frames
    bool yielded;  // set by YIELD_VALUE: the loop returned a yielded value
    bool throwing; // generator.throw(): resume by raising vm->exc at pc
    // False for a frame the dispatch loop entered itself for a Python call
    // (no C recursion): returning from it resumes the caller in the same
    // loop. True for frames run by call_run_frame or a generator.
    bool is_entry;
    // Made by frame_push_call: `globals` and `builtins` are borrowed from
    // `func`, which the frame owns and which cannot change them.
    bool borrows_env;
} Frame;

// Takes a frame for `code` from the frame stack. The fast locals and cells
// are NULL, the value stack empty. Takes references to `code`, `func` (may
// be NULL), `globals`, `builtins` and `locals` (may be NULL). Does not link
// the frame into vm->frame. NULL with MemoryError pending.
Frame *frame_push(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals);

// frame_push for a call of the Python function `func` (code `code`, its
// globals and builtins) whose `nargs` positional arguments fill its first
// fast locals exactly, and whose code has no cells of its own: takes a
// reference to each argument, to each cell of `closure` (the function's
// tuple of free-variable cells, NULL when code->nfrees is 0), to `code`
// and to `func` only. NULL with MemoryError pending.
Frame *frame_push_call(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins,
                       Obj *const *args, size_t nargs, Obj *closure);

// Releases every reference the frame holds (locals, cells, stack values,
// code, func, dicts) and returns its region to the frame stack. `f` must be
// the innermost pushed frame.
void frame_pop(Vm *vm, Frame *f);

// Same as frame_push, but the region is a heap block owned by the caller
// (a generator), freed by frame_free_heap; it may outlive calls.
Frame *frame_new_heap(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals);
void frame_free_heap(Vm *vm, Frame *f);

// Frees the spare chunks of the frame stack (at interpreter exit).
void frame_stack_free(void);

// Source line of the instruction the frame is executing.
int frame_line(const Frame *f);

#endif
