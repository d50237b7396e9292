/* code.h: code objects (the compiler's output, the VM's input), the opcode
 * enum generated from opcodes.def, and the disassembler. Code objects are
 * immutable once built and are not tracked by the collector: they can only
 * reference constants, names and other code objects. */
#ifndef OURO_CODE_H
#define OURO_CODE_H

#include "../objects/object.h"
#include "../objects/traceback.h"

typedef enum {
#define OP(name, effect, jump_effect, kind) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

typedef enum { ARG_NONE, ARG_CONST, ARG_NAME, ARG_LOCAL, ARG_CELL, ARG_JUMP, ARG_COUNT, ARG_OP } ArgKind;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((Opcode)((w) & 0xFFu))
#define INSTR_ARG(w) ((w) >> 8)
#define INSTR_ARG_MAX 0xFFFFFFu

#define CODE_VARARGS (1 << 0)     // has *args
#define CODE_VARKEYWORDS (1 << 1) // has **kwargs
#define CODE_GENERATOR (1 << 2)
#define CODE_COROUTINE (1 << 3)
#define CODE_NEWLOCALS (1 << 4)   // a function: fast locals, no locals dict
#define CODE_NESTED (1 << 5)
#define CODE_CLASSBODY (1 << 6)   // a class body: runs with a locals dict
#define CODE_ASYNC_GENERATOR (1 << 7) // async def with yield
// A call of such a function makes a generator-like object instead of running.
#define CODE_RESUMABLE (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR)

extern TypeObj code_type;

// The position table: instruction `start` and the ones after it, up to the
// next run's start, came from `span`. Runs are in instruction order and
// consecutive instructions with one span share a run, so the table stays
// small (most expressions emit several instructions per span).
typedef struct CodeSpanRun {
    uint32_t start;
    SourceSpan span;
} CodeSpanRun;

// One inline cache of the VM (LOAD_ATTR, STORE_ATTR, LOAD_GLOBAL): what
// the last execution of the instruction found, and the state it depended
// on. The meaning of the words belongs to vm.c and vm_ops.c.
typedef struct InlineCache {
    const void *key;   // the type, or the globals dict, it was filled for
    uint64_t version;  // the type cache epoch, or the globals' version
    uint64_t version2; // the builtins' version (LOAD_GLOBAL), or the offset of
                       // the instance's attribute table (LOAD_ATTR, STORE_ATTR)
    uintptr_t value;   // an entry index, or a borrowed value
} InlineCache;

typedef struct CodeObj {
    Obj head;
    uint32_t *code;        // instructions
    size_t ncode;
    CodeSpanRun *spans;    // position table, `nspans` runs (NULL when empty)
    size_t nspans;
    Obj *consts;           // tuple; consts[0] is the docstring or None for functions
    Obj *names;            // tuple of str: globals, attributes, imported names
    Obj *varnames;         // tuple of str: arguments first, then other locals
    Obj *cellvars;         // tuple of str: locals captured by inner functions
    Obj *freevars;         // tuple of str: captured from enclosing functions
    Obj *name;             // str: "f", "<module>", "<listcomp>"
    Obj *qualname;         // str: "C.f.<locals>.g"
    Obj *filename;         // str
    int argcount;          // positional parameters (posonly included)
    int posonlyargcount;
    int kwonlyargcount;
    int flags;             // CODE_* above
    int nlocals;           // len(varnames)
    int ncells;            // len(cellvars)
    int nfrees;            // len(freevars)
    // For each cellvar that is also a parameter, the parameter's index in
    // varnames, else -1; the VM moves such arguments into their cell at
    // frame start. Length ncells.
    int32_t *cell2arg;
    int stacksize;         // maximum operand stack depth
    int maxblocks;         // maximum SETUP_EXCEPT nesting
    int firstlineno;
    // The number of positional arguments with which a call may take the
    // VM's fast path (each argument fills the next parameter, nothing else
    // to bind but the cells): argcount when the code is a function's with
    // no *args, **kwargs or keyword-only parameters and is not resumable,
    // else -1. Set by the compiler.
    int fastargs;
    // fastargs when the code has no cells of its own either (a call makes
    // no objects, only the frame), else -1: the CALL handler's own path.
    int fastcall;
    // Size of the code's frame region in words, computed by frame.c the
    // first time the code runs (0 before).
    size_t framewords;
    // One InlineCache per instruction, allocated by the VM the first time
    // one is needed (NULL before); freed with the code object.
    InlineCache *icache;
} CodeObj;

// Per-opcode tables generated from opcodes.def.
extern const char *const code_opnames[OP_COUNT];
extern const ArgKind code_argkinds[OP_COUNT];

// Stack effect of one instruction; `jump` selects the effect when the
// instruction jumps.
int code_stack_effect(Opcode op, uint32_t arg, bool jump);

// A new, empty code object named `name` in `filename` (both borrowed str).
// The compiler fills in the rest. NULL with MemoryError pending.
NEWREF Obj *code_new(Vm *vm, Obj *name, Obj *qualname, Obj *filename, int firstlineno);

// Source line of the instruction at `index`.
int code_line_at(const CodeObj *code, size_t index);

// Source span of the instruction at `index` (lines, columns, anchors); the
// first line and unknown columns when the table has nothing for it.
SourceSpan code_span_at(const CodeObj *code, size_t index);

// Writes a human-readable disassembly of `code` (and nested code objects)
// into a new str. Used by tests and `-X dis`.
NEWREF Obj *code_disassemble(Vm *vm, Obj *code);

#endif
