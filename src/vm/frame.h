/* frame.h: activation records. A frame's header, its fast locals, cells,
 * value stack and exception blocks live in one contiguous region taken from
 * a VM-owned stack of chunks, so a Python call allocates nothing on the
 * heap. Frames are strictly last-in first-out: frame_pop releases the
 * innermost one. */
#ifndef OURO_FRAME_H
#define OURO_FRAME_H

#include "../compile/code.h"
#include "../objects/runtime.h"
#include "../objects/tuple.h"
#include "func.h"

// One SETUP_EXCEPT handler: where to jump and how deep the stack was.
typedef struct FrameBlock {
    uint32_t target;
    uint32_t depth;
} FrameBlock;

// How the dispatch loop leaves a frame. FRAME_EXIT_C: return to the C
// code that ran the loop (call_run_frame, a generator). The others are
// frames the loop entered itself for a Python call (no C recursion), and
// it resumes the caller in the same loop: FRAME_EXIT_CALLER pushes the
// result; FRAME_EXIT_INIT is a class call's __init__, whose result must
// be None and is replaced by `init_self`. CALLER is 0, so the common case
// costs one test.
typedef enum { FRAME_EXIT_CALLER = 0, FRAME_EXIT_C = 1, FRAME_EXIT_INIT = 2 } FrameExit;

typedef struct Frame {
    struct Frame *back; // the caller's frame (vm->frame chain)
    CodeObj *code;      // owned, or borrowed from `func` (borrows_env)
    Obj *func;          // FuncObj (owned) or NULL for module/exec code
    Obj *globals;       // dict (owned)
    Obj *builtins;      // dict (owned)
    Obj *locals;        // dict (owned) for module and class-body code, else NULL
    // FRAME_EXIT_INIT only: the instance being initialised (owned,
    // released by the loop). Not set for other frames.
    Obj *init_self;
    Obj **fast;         // nlocals fast locals, then ncells + nfrees cells
    Obj **stack;        // base of the value stack
    Obj **sp;           // next free stack slot (saved when the frame calls out)
    FrameBlock *blocks; // exception handler blocks
    int nblocks;
    uint32_t pc;   // index of the instruction being executed
    bool yielded;  // set by YIELD_VALUE: the loop returned a yielded value
    bool throwing; // generator.throw(): resume by raising vm->exc at pc
    uint8_t exit; // FrameExit: where the loop goes when the frame returns or raises
    // Made by frame_push_call_steal: `code`, `globals` and `builtins` are
    // borrowed from `func`, which the frame owns and which cannot change them.
    bool borrows_env;
} Frame;

// The push and pop fast paths are forced inline: the dispatch loop is
// large enough that GCC's heuristics would otherwise call them.
#if defined(__GNUC__)
#define FRAME_INLINE static inline __attribute__((always_inline))
#else
#define FRAME_INLINE static inline
#endif

#define FRAME_HEADER_WORDS ((sizeof(Frame) + sizeof(Obj *) - 1) / sizeof(Obj *))

// A block of the frame stack. Frames are taken from the top of the newest
// chunk, `frame_chunk_top`, in LIFO order. Only frame.c and the inline
// helpers below touch these.
typedef struct FrameChunk {
    struct FrameChunk *prev;
    size_t cap; // words in `data`
    size_t top; // words in use
    Obj *data[];
} FrameChunk;

extern FrameChunk *frame_chunk_top;

// Size in words of a frame region for `code` (header, slots, stack,
// blocks), computed on first use and kept in the code object.
size_t frame_words_slow(CodeObj *code);
FRAME_INLINE size_t frame_words(CodeObj *code) {
    return OURO_LIKELY(code->framewords != 0) ? code->framewords : frame_words_slow(code);
}

// Reserves `words` words on the frame stack, linking a new chunk when the
// current one is full. NULL with MemoryError pending.
Obj **frame_reserve_slow(Vm *vm, size_t words);
FRAME_INLINE Obj **frame_reserve(Vm *vm, size_t words) {
    FrameChunk *c = frame_chunk_top;
    if (OURO_LIKELY(c != NULL && c->cap - c->top >= words)) {
        Obj **base = &c->data[c->top];
        c->top += words;
        return base;
    }
    return frame_reserve_slow(vm, words);
}

// The failure of the pushes that take over their references below: drops
// `func` and the `nargs` arguments at `args`, and returns NULL (MemoryError
// is pending). Out of line: it is never the hot path.
Frame *frame_push_failed(STEALS Obj *func, STEALS Obj *const *args, size_t nargs);

// Fills the fields of a frame at `base` that do not depend on how it is
// called: the layout of its slots, stack and blocks, and the flags. Takes
// no reference; the slots are left as they are.
FRAME_INLINE Frame *frame_layout(Obj **base, CodeObj *code, bool borrows_env) {
    size_t nslots = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfrees;
    Frame *f = (Frame *)base;
    f->back = NULL;
    f->code = code;
    f->fast = base + FRAME_HEADER_WORDS;
    f->stack = f->fast + nslots;
    f->sp = f->stack;
    f->blocks = (FrameBlock *)(f->stack + code->stacksize + 1);
    f->nblocks = 0;
    f->pc = 0;
    f->yielded = false;
    f->throwing = false;
    f->exit = FRAME_EXIT_C;
    f->borrows_env = borrows_env;
    return f;
}

// Takes a frame for `code` from the frame stack. The fast locals and cells
// are NULL, the value stack empty. Takes references to `code`, `func` (may
// be NULL), `globals`, `builtins` and `locals` (may be NULL). Does not link
// the frame into vm->frame. NULL with MemoryError pending.
Frame *frame_push(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals);

// frame_push for a call of the Python function `func` whose code's
// `fastargs` equals `nargs`: the `nargs` positional arguments at `args` fill
// its first fast locals exactly. The code's own cells (if any) are left
// NULL for call_make_cells. Takes over the caller's references to
// `func` and to each argument, also when it fails; takes a reference to
// each cell of the function's closure. The frame borrows the code, globals
// and builtins from `func`, which it owns. NULL with MemoryError pending.
// Inline: it is the hot path of every Python-to-Python call, and needs no
// reference counting but the closure's.
FRAME_INLINE Frame *frame_push_call_steal(Vm *vm, STEALS Obj *func, STEALS Obj *const *args,
                                           size_t nargs) {
    FuncObj *fn = (FuncObj *)func;
    CodeObj *code = (CodeObj *)fn->code;
    Obj **base = frame_reserve(vm, frame_words(code));
    if (OURO_UNLIKELY(base == NULL)) {
        return frame_push_failed(func, args, nargs);
    }
    Frame *f = frame_layout(base, code, true);
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    Obj **fast = f->fast;
    for (size_t i = 0; i < nargs; i++) {
        fast[i] = args[i];
    }
    // Then the other locals and the code's own cells (call_make_cells
    // fills those), empty, and the closure's cells.
    size_t nempty = (size_t)code->nlocals + (size_t)code->ncells, nfrees = (size_t)code->nfrees;
    for (size_t i = nargs; i < nempty; i++) {
        fast[i] = NULL;
    }
    for (size_t i = 0; i < nfrees; i++) {
        fast[nempty + i] = obj_newref(fn->cells[i]);
    }
    return f;
}

// frame_push_call_steal for the CALL handler's own path: `code` (func's)
// has no cells of its own (code->fastcall == nargs), and the frame is
// ready to run as the callee of `back` (FRAME_EXIT_CALLER). Every field is
// written once, here. Same ownership and failure as frame_push_call_steal.
FRAME_INLINE Frame *frame_push_pycall_steal(Vm *vm, Frame *back, STEALS Obj *func,
                                             CodeObj *code, STEALS Obj *const *args,
                                             size_t nargs) {
    FuncObj *fn = (FuncObj *)func;
    Obj **base = frame_reserve(vm, frame_words(code));
    if (OURO_UNLIKELY(base == NULL)) {
        return frame_push_failed(func, args, nargs);
    }
    size_t nlocals = (size_t)code->nlocals, nfrees = (size_t)code->nfrees;
    Frame *f = (Frame *)base;
    Obj **fast = base + FRAME_HEADER_WORDS;
    Obj **stack = fast + nlocals + nfrees;
    f->back = back;
    f->code = code;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->fast = fast;
    f->stack = stack;
    f->sp = stack;
    f->blocks = (FrameBlock *)(stack + code->stacksize + 1);
    f->nblocks = 0;
    f->pc = 0;
    f->yielded = false;
    f->throwing = false;
    f->exit = FRAME_EXIT_CALLER;
    f->borrows_env = true;
    for (size_t i = 0; i < nargs; i++) {
        fast[i] = args[i];
    }
    for (size_t i = nargs; i < nlocals; i++) {
        fast[i] = NULL;
    }
    for (size_t i = 0; i < nfrees; i++) {
        fast[nlocals + i] = obj_newref(fn->cells[i]);
    }
    return f;
}

// Releases every reference held by `f` (stack values, locals, cells, the
// namespaces it owns, code, func), leaving its region in place.
void frame_release_slow(Frame *f);

// Unlinks the emptied top chunk of the frame stack (kept as the spare).
void frame_chunk_drop(void);

// Releases every reference the frame holds (locals, cells, stack values,
// code, func, dicts) and returns its region to the frame stack. `f` must be
// the innermost pushed frame.
FRAME_INLINE void frame_pop(Vm *vm, Frame *f) {
    OURO_UNUSED(vm);
    // Read before the release: the function may own the code.
    size_t words = f->code->framewords;
    if (f->borrows_env) {
        // A frame_push_call_steal frame: no locals dict, no namespaces or
        // code of its own. The stack is detached
        // first: a decref may run __del__, which pushes frames above this
        // one; the region stays reserved until every reference is gone.
        Obj **sp = f->sp, **stack = f->stack, **fast = f->fast;
        f->sp = stack;
        while (sp > stack) {
            obj_xdecref(*--sp);
        }
        for (Obj **p = fast; p < stack; p++) {
            Obj *v = *p;
            *p = NULL;
            obj_xdecref(v);
        }
        obj_decref(f->func);
    } else {
        frame_release_slow(f);
    }
    FrameChunk *c = frame_chunk_top;
    c->top -= words;
    if (OURO_UNLIKELY(c->top == 0 && c->prev != NULL)) {
        frame_chunk_drop();
    }
}

// frame_pop in straight line for a frame made by frame_push_call_steal or
// frame_push_pycall_steal (borrows_env) that the loop has already unlinked
// from vm->frame: nothing can reach its slots while they are released (a
// decref may run __del__, which pushes frames above this one). `fast` and
// `sp` are the loop's copies of the frame's; the value stack follows the
// slots, so one pass releases both, in CPython's order (slots ascending,
// then the stack). `code` is f->code, which the function may own.
FRAME_INLINE void frame_pop_borrowed(Frame *f, const CodeObj *code, Obj **fast, Obj **sp) {
    size_t words = code->framewords; // read before the function goes
    for (Obj **p = fast; p < sp; p++) {
        obj_xdecref(*p);
    }
    obj_decref(f->func);
    FrameChunk *c = frame_chunk_top;
    c->top -= words;
    if (OURO_UNLIKELY(c->top == 0 && c->prev != NULL)) {
        frame_chunk_drop();
    }
}

// frame_pop as an ordinary call, for the dispatch loop's less common
// paths: every inlined copy makes the loop larger and its hot paths harder
// for the compiler to keep in registers.
void frame_pop_cold(Vm *vm, Frame *f);

// Same as frame_push, but the region is a heap block owned by the caller
// (a generator), freed by frame_free_heap; it may outlive calls.
Frame *frame_new_heap(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals);
void frame_free_heap(Vm *vm, Frame *f);

// Frees the spare chunks of the frame stack (at interpreter exit).
void frame_stack_free(void);

// Source line of the instruction the frame is executing.
int frame_line(const Frame *f);

#endif
