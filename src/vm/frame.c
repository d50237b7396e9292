/* frame.c: the frame stack. Frames are carved out of large chunks in LIFO
 * order; a call costs a pointer bump and a zero-fill of its locals instead
 * of a malloc. A chunk that runs out links a bigger one; popped chunks are
 * kept as a spare so a recursion that oscillates across a chunk boundary
 * does not allocate on every call. The hot paths (push for an exact
 * positional call, pop) are inline in frame.h; this file has the rest. */
#include "frame.h"

#include <string.h>

#include "../memory/mem.h"
#include "../objects/exc.h"

#define CHUNK_WORDS ((size_t)16384)

FrameChunk *frame_chunk_top;
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

size_t frame_words_slow(CodeObj *code) {
    size_t nslots = (size_t)code->nlocals + (size_t)code->ncells + (size_t)code->nfrees;
    size_t blockwords =
        ((size_t)code->maxblocks * sizeof(FrameBlock) + sizeof(Obj *) - 1) / sizeof(Obj *);
    // One spare stack slot: a few opcodes peek one past the computed depth.
    // Code objects are immutable, so the size is computed once.
    code->framewords = FRAME_HEADER_WORDS + nslots + (size_t)code->stacksize + 1 + blockwords;
    return code->framewords;
}

Obj **frame_reserve_slow(Vm *vm, size_t words) {
    FrameChunk *n = chunk_new(vm, words);
    if (n == NULL) {
        return NULL;
    }
    n->prev = frame_chunk_top;
    frame_chunk_top = n;
    n->top = words;
    return n->data;
}

void frame_chunk_drop(void) {
    FrameChunk *c = frame_chunk_top;
    frame_chunk_top = c->prev;
    if (chunk_spare != NULL) {
        mem_free(chunk_spare);
    }
    chunk_spare = c;
}

// Fills the header of a frame whose region starts at `base`: no slot
// filled, every reference taken.
static Frame *frame_init(Obj **base, CodeObj *code, Obj *func, Obj *globals, Obj *builtins,
                         Obj *locals) {
    Frame *f = frame_layout(base, code, false);
    obj_incref((Obj *)code);
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

Frame *frame_push(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    Obj **base = frame_reserve(vm, frame_words(code));
    if (base == NULL) {
        return NULL;
    }
    return frame_init(base, code, func, globals, builtins, locals);
}

Frame *frame_new_heap(Vm *vm, CodeObj *code, Obj *func, Obj *globals, Obj *builtins, Obj *locals) {
    OURO_UNUSED(vm);
    Obj **base = mem_alloc(frame_words(code) * sizeof(Obj *));
    if (base == NULL) {
        return NULL;
    }
    return frame_init(base, code, func, globals, builtins, locals);
}

void frame_release_slow(Frame *f) {
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
        obj_decref((Obj *)code);
    }
    // Last: it may own the code.
    obj_xdecref(f->func);
}

Frame *frame_push_failed(Obj *func, Obj *const *args, size_t nargs) {
    for (size_t i = 0; i < nargs; i++) {
        obj_decref(args[i]);
    }
    obj_decref(func);
    return NULL;
}

void frame_pop_cold(Vm *vm, Frame *f) {
    frame_pop(vm, f);
}

void frame_free_heap(Vm *vm, Frame *f) {
    OURO_UNUSED(vm);
    frame_release_slow(f);
    mem_free(f);
}

void frame_stack_free(void) {
    if (frame_chunk_top != NULL && frame_chunk_top->top == 0 && frame_chunk_top->prev == NULL) {
        mem_free(frame_chunk_top);
        frame_chunk_top = NULL;
    }
    if (chunk_spare != NULL) {
        mem_free(chunk_spare);
        chunk_spare = NULL;
    }
}

int frame_line(const Frame *f) {
    return code_line_at(f->code, f->pc);
}
