/* frame.c: the frame stack. Frames are carved out of large chunks in LIFO
 * order; a call costs a pointer bump and a zero-fill of its locals instead
 * of a malloc. A chunk that runs out links a bigger one; popped chunks are
 * kept as a spare so a recursion that oscillates across a chunk boundary
 * does not allocate on every call. */
#include "frame.h"

#include <string.h>

#include "../memory/mem.h"
#include "../objects/exc.h"
#include "../objects/tuple.h"

typedef struct FrameChunk {
    struct FrameChunk *prev;
    size_t cap; // words in `data`
    size_t top; // words in use
    Obj *data[];
} FrameChunk;

#define CHUNK_WORDS ((size_t)16384)

static FrameChunk *chunk_top;   // the chunk frames are taken from
static FrameChunk *chunk_spare; // one released chunk kept for reuse

static FrameChunk *chunk_new(Vm *vm, size_t need) {
    size_t cap = need > CHUNK_WORDS ? need : CHUNK_WORDS;
    if (chunk_spare != NULL && chunk_spare->cap >= cap) {
        FrameChunk *c = chunk_spare;
        chunk_spare = NULL;
        c->top = 0;
        return c;
    }
    size_t bytes;
    if (!mem_mul_ok(cap, sizeof(Obj *), &bytes) || !mem_add_ok(bytes, sizeof(FrameChunk), &bytes)) {
        err_nomemory(vm);
        return NULL;
    }
    FrameChunk *c = mem_alloc(bytes);
    if (c == NULL) {
        return NULL;
    }
    c->cap = cap;
    c->top = 0;
    c->prev = NULL;
    return c;
}

static size_t frame_words(const CodeObj *code) {
    size_t header = (sizeof(Frame) + sizeof(Obj *) - 1) / sizeof(Obj *);
    size_t nslots = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfrees;
    size_t blockwords =
        ((size_t)code->maxblocks * sizeof(FrameBlock) + sizeof(Obj *) - 1) / sizeof(Obj *);
    // One spare stack slot: a few opcodes peek one past the computed depth.
    return header + nslots + (size_t)code->stacksize + 1 + blockwords;
}

// Fills the fields of a frame at `base` (`words` long) that do not depend
// on how it is called: the layout of its slots, stack and blocks, and the
// flags. The slots are left as they are.
static Frame *frame_layout(Obj **base, size_t words, CodeObj *code, bool borrows_env) {
    size_t header = (sizeof(Frame) + sizeof(Obj *) - 1) / sizeof(Obj *);
    size_t nslots = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfrees;
    Frame *f = (Frame *)base;
    f->back = NULL;
    f->code = code;
    obj_incref((Obj *)code);
    f->fast = base + header;
    f->stack = f->fast + nslots;
    f->sp = f->stack;
    f->blocks = (FrameBlock *)(f->stack + code->stacksize + 1);
    f->nblocks = 0;
    f->pc = 0;
    f->words = words;
    f->yielded = false;
    f->throwing = false;
    f->is_entry = true;
    f->borrows_env = borrows_env;
    return f;
}

// Fills the header of a frame whose region starts at `base`.
static Frame *frame_init(Obj **base, size_t words, CodeObj *code, Obj *func, Obj *globals,
                         Obj *builtins, Obj *locals) {
    Frame *f = frame_layout(base, words, code, false);
    f->func = func;
    obj_xincref(func);
    f->globals = globals;
    obj_incref(globals);
    f->builtins = builtins;
    obj_incref(builtins);
    f->locals = locals;
    obj_xincref(locals);
    memset(f->fast, 0, (size_t)(f->stack - f->fast) * sizeof(Obj *));
    return f;
}

// Reserves `words` words on the frame stack.
static inline Obj **stack_reserve(Vm *vm, size_t words) {
    FrameChunk *c = chunk_top;
    if (OURO_UNLIKELY(c == NULL || c->cap - c->top < words)) {
        FrameChunk *n = chunk_new(vm, words);
        if (n == NULL) {
            return NULL;
        }
        n->prev = c;
        chunk_top = c = n;
    }
    Obj **base = &c->data[c->top];
    c->top += words;
    return base;
}

Frame *frame_push(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    size_t words = frame_words(code);
    Obj **base = stack_reserve(vm, words);
    if (base == NULL) {
        return NULL;
    }
    return frame_init(base, words, code, func, globals, builtins, locals);
}

Frame *frame_push_call(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins,
                       Obj *const *args, size_t nargs, Obj *closure) {
    // The hot path of every Python-to-Python call: frame_init's work without
    // the references to the dicts, and without zeroing what the arguments fill.
    size_t words = frame_words(code);
    Obj **base = stack_reserve(vm, words);
    if (base == NULL) {
        return NULL;
    }
    Frame *f = frame_layout(base, words, code, true);
    f->func = func;
    obj_incref(func);
    f->globals = globals;
    f->builtins = builtins;
    f->locals = NULL;
    for (size_t i = 0; i < nargs; i++) {
        f->fast[i] = obj_newref(args[i]);
    }
    size_t nlocals = (size_t)code->nlocals, nslots = (size_t)(f->stack - f->fast);
    for (size_t i = nargs; i < nlocals; i++) {
        f->fast[i] = NULL;
    }
    for (size_t i = nlocals; i < nslots; i++) {
        f->fast[i] = obj_newref(tuple_get_borrow(closure, i - nlocals));
    }
    return f;
}

Frame *frame_new_heap(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    OURO_UNUSED(vm);
    size_t words = frame_words(code);
    Obj **base = mem_alloc(words * sizeof(Obj *));
    if (base == NULL) {
        return NULL;
    }
    Frame *f = frame_init(base, words, code, func, globals, builtins, locals);
    f->words = 0;
    return f;
}

// Releases every reference held by `f`, leaving its region in place.
static void frame_release(Frame *f) {
    CodeObj *code = f->code;
    size_t nslots = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfrees;
    // Detach the stack first: a decref below may run __del__, which calls
    // Python code and pushes frames above this one. The region stays
    // reserved until every reference is gone.
    Obj **sp = f->sp;
    f->sp = f->stack;
    while (sp > f->stack) {
        obj_xdecref(*--sp);
    }
    for (size_t i = 0; i < nslots; i++) {
        Obj *v = f->fast[i];
        f->fast[i] = NULL;
        obj_xdecref(v);
    }
    obj_xdecref(f->locals);
    if (!f->borrows_env) {
        obj_decref(f->builtins);
        obj_decref(f->globals);
    }
    obj_xdecref(f->func);
    obj_decref((Obj *)code);
}

void frame_pop(Vm *vm, Frame *f) {
    OURO_UNUSED(vm);
    size_t words = f->words;
    frame_release(f);
    FrameChunk *c = chunk_top;
    c->top -= words;
    if (c->top == 0 && c->prev != NULL) {
        chunk_top = c->prev;
        if (chunk_spare != NULL) {
            mem_free(chunk_spare);
        }
        chunk_spare = c;
    }
}

void frame_free_heap(Vm *vm, Frame *f) {
    OURO_UNUSED(vm);
    frame_release(f);
    mem_free(f);
}

void frame_stack_free(void) {
    if (chunk_top != NULL && chunk_top->top == 0 && chunk_top->prev == NULL) {
        mem_free(chunk_top);
        chunk_top = NULL;
    }
    if (chunk_spare != NULL) {
        mem_free(chunk_spare);
        chunk_spare = NULL;
    }
}

int frame_line(const Frame *f) {
    return code_line_at(f->code, f->pc);
}
