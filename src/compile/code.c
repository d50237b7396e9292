/* code.c: code objects, the compiler's output and the VM's input. Holds the
 * per-opcode tables generated from opcodes.def, the stack-effect function the
 * compiler's max-depth pass uses, line lookup and the disassembler. */
#include "code.h"

#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

const char *const code_opnames[OP_COUNT] = {
#define OP(name, effect, jump_effect, kind) #name,
#include "opcodes.def"
#undef OP
};

const ArgKind code_argkinds[OP_COUNT] = {
#define OP(name, effect, jump_effect, kind) kind,
#include "opcodes.def"
#undef OP
};

int code_stack_effect(Opcode op, uint32_t arg, bool jump) {
    // `arg` is referenced by some effect expressions only.
    OURO_UNUSED(arg);
    // clang-format off
    switch (op) {
#define OP(name, effect, jump_effect, kind) \
    case OP_##name:                         \
        return jump ? (jump_effect) : (effect);
#include "opcodes.def"
#undef OP
    default:
        return 0;
    }
    // clang-format on
}

static void code_dealloc(Obj *self) {
    CodeObj *c = (CodeObj *)self;
    mem_free(c->code);
    mem_free(c->spans);
    mem_free(c->cell2arg);
    mem_free(c->icache);
    obj_xdecref(c->consts);
    obj_xdecref(c->names);
    obj_xdecref(c->varnames);
    obj_xdecref(c->cellvars);
    obj_xdecref(c->freevars);
    obj_xdecref(c->name);
    obj_xdecref(c->qualname);
    obj_xdecref(c->filename);
    obj_free(self);
}

static Obj *code_repr(Vm *vm, Obj *self) {
    CodeObj *c = (CodeObj *)self;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)self);
    return str_from_fmt(vm, "<code object %s at %s, file \"%s\", line %d>", str_cstr(c->name), addr,
                        str_cstr(c->filename), c->firstlineno);
}

static size_t code_sizeof(Obj *self) {
    CodeObj *c = (CodeObj *)self;
    return sizeof(CodeObj) + c->ncode * sizeof(uint32_t) + c->nspans * sizeof(CodeSpanRun) +
           (size_t)c->ncells * sizeof(int32_t);
}

// The co_* attributes. Ouro's flags are its own CODE_* bits, except that
// co_flags reports CPython's values for the ones programs test.
static CodeObj *as_code(Obj *o) {
    return (CodeObj *)o;
}

#define CODE_OBJ_GETTER(field)                                                                     \
    static Obj *code_get_##field(Vm *vm, Obj *self) {                                              \
        OURO_UNUSED(vm);                                                                           \
        return obj_newref(as_code(self)->field);                                                   \
    }
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(varnames)
CODE_OBJ_GETTER(cellvars)
CODE_OBJ_GETTER(freevars)
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(names)
#undef CODE_OBJ_GETTER

#define CODE_INT_GETTER(field)                                                                     \
    static Obj *code_get_##field(Vm *vm, Obj *self) {                                              \
        return int_from_i64(vm, (int64_t)as_code(self)->field);                                    \
    }
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(nlocals)
CODE_INT_GETTER(firstlineno)
#undef CODE_INT_GETTER

// CPython's CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
// CO_COROUTINE (0x80), CO_ASYNC_GENERATOR (0x200), plus CO_OPTIMIZED |
// CO_NEWLOCALS for functions.
static Obj *code_get_flags(Vm *vm, Obj *self) {
    int f = as_code(self)->flags, out = 0;
    out |= (f & CODE_NEWLOCALS) ? 0x1 | 0x2 : 0;
    out |= (f & CODE_VARARGS) ? 0x4 : 0;
    out |= (f & CODE_VARKEYWORDS) ? 0x8 : 0;
    out |= (f & CODE_NESTED) ? 0x10 : 0;
    out |= (f & CODE_GENERATOR) ? 0x20 : 0;
    out |= (f & CODE_COROUTINE) ? 0x80 : 0;
    out |= (f & CODE_ASYNC_GENERATOR) ? 0x200 : 0;
    return int_from_i64(vm, out);
}

static const GetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_flags", code_get_flags, NULL},
    {NULL, NULL, NULL},
};

TypeObj code_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "code",
    .basicsize = sizeof(CodeObj),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .sizeof_ = code_sizeof,
    .getattr = obj_generic_getattr,
    .getset = code_getset,
};

Obj *code_new(Vm *vm, Obj *name, Obj *qualname, Obj *filename, int firstlineno) {
    CodeObj *c = (CodeObj *)obj_new(vm, &code_type, sizeof(CodeObj));
    if (c == NULL) {
        return NULL;
    }
    // Every tuple field starts as the (immortal) empty tuple so that a
    // half-built code object is always safe to release or disassemble.
    Obj *empty = tuple_new(vm, 0);
    if (empty == NULL) {
        obj_decref((Obj *)c);
        return NULL;
    }
    c->consts = empty;
    c->names = obj_newref(empty);
    c->varnames = obj_newref(empty);
    c->cellvars = obj_newref(empty);
    c->freevars = obj_newref(empty);
    c->name = obj_newref(name);
    c->qualname = obj_newref(qualname != NULL ? qualname : name);
    c->filename = obj_newref(filename);
    c->firstlineno = firstlineno;
    c->fastargs = -1;
    c->fastcall = -1;
    return (Obj *)c;
}

SourceSpan code_span_at(const CodeObj *code, size_t index) {
    if (code->nspans == 0) {
        return (SourceSpan){
            .line = code->firstlineno, .end_line = code->firstlineno, .col = -1, .end_col = -1};
    }
    // The last run that starts at or before `index`.
    size_t lo = 0, hi = code->nspans;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (code->spans[mid].start <= index) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return code->spans[lo].span;
}

int code_line_at(const CodeObj *code, size_t index) {
    return code_span_at(code, index).line;
}

// ---------------------------------------------------------------------------
// Disassembler
// ---------------------------------------------------------------------------

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

// Appends the meaning of `arg` for `op` ("(x)", "(to 12)") to `b`.
static int dis_meaning(Vm *vm, StrBuf *b, const CodeObj *c, Opcode op, uint32_t arg) {
    Obj *text = NULL;
    const char *s = NULL;
    char tmp[48];
    switch (code_argkinds[op]) {
        case ARG_CONST:
            if (arg < tuple_len(c->consts)) {
                Obj *k = tuple_get_borrow(c->consts, arg);
                if (obj_type(k) == &code_type) {
                    if (strbuf_append_cstr(b, " (code ") < 0 ||
                        strbuf_append_str(b, ((CodeObj *)k)->qualname) < 0) {
                        return -1;
                    }
                    return strbuf_append_char(b, ')');
                }
                text = obj_repr(vm, k);
                if (text == NULL) {
                    return -1;
                }
            }
            break;
        case ARG_NAME:
            if (arg < tuple_len(c->names)) {
                text = obj_newref(tuple_get_borrow(c->names, arg));
            }
            break;
        case ARG_LOCAL:
            if (arg < tuple_len(c->varnames)) {
                text = obj_newref(tuple_get_borrow(c->varnames, arg));
            }
            break;
        case ARG_CELL:
            if (arg < (uint32_t)c->ncells) {
                text = obj_newref(tuple_get_borrow(c->cellvars, arg));
            } else if (arg - (uint32_t)c->ncells < (uint32_t)c->nfrees) {
                text = obj_newref(tuple_get_borrow(c->freevars, arg - (uint32_t)c->ncells));
            }
            break;
        case ARG_JUMP:
            snprintf(tmp, sizeof tmp, "to %u", arg);
            s = tmp;
            break;
        case ARG_OP:
            if (op == OP_BINARY_OP || (op >= OP_BINARY_ADD && op <= OP_BINARY_TRUEDIV)) {
                s = obj_binop_symbol((int)arg);
            } else if (op == OP_COMPARE_OP && arg < 6) {
                s = cmp_symbols[arg];
            } else if (op == OP_IS_OP) {
                s = arg ? "is not" : "is";
            } else if (op == OP_CONTAINS_OP) {
                s = arg ? "not in" : "in";
            }
            break;
        default:
            break;
    }
    int rc = 0;
    if (text != NULL || s != NULL) {
        if (strbuf_append_cstr(b, " (") < 0 ||
            (text != NULL ? strbuf_append_str(b, text) : strbuf_append_cstr(b, s)) < 0 ||
            strbuf_append_char(b, ')') < 0) {
            rc = -1;
        }
    }
    obj_xdecref(text);
    return rc;
}

// Disassembles one code object, then recursively its nested code constants.
static int dis_code(Vm *vm, StrBuf *b, const CodeObj *c) {
    char line[160];
    snprintf(line, sizeof line,
             "code %s: argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d maxblocks=%d "
             "flags=0x%x firstlineno=%d\n",
             str_cstr(c->qualname), c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals,
             c->stacksize, c->maxblocks, (unsigned)c->flags, c->firstlineno);
    if (strbuf_append_cstr(b, line) < 0) {
        return -1;
    }
    for (size_t i = 0; i < c->ncode; i++) {
        uint32_t w = c->code[i];
        Opcode op = INSTR_OP(w);
        const char *name = op < OP_COUNT ? code_opnames[op] : "<bad opcode>";
        if (code_argkinds[op] == ARG_NONE) {
            snprintf(line, sizeof line, "%5zu %4d %s", i, code_line_at(c, i), name);
        } else {
            snprintf(line, sizeof line, "%5zu %4d %s %u", i, code_line_at(c, i), name,
                     INSTR_ARG(w));
        }
        if (strbuf_append_cstr(b, line) < 0 || dis_meaning(vm, b, c, op, INSTR_ARG(w)) < 0 ||
            strbuf_append_char(b, '\n') < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < tuple_len(c->consts); i++) {
        Obj *k = tuple_get_borrow(c->consts, i);
        if (obj_type(k) == &code_type) {
            if (strbuf_append_char(b, '\n') < 0 || dis_code(vm, b, (const CodeObj *)k) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

Obj *code_disassemble(Vm *vm, Obj *code) {
    StrBuf b;
    strbuf_init(&b);
    if (dis_code(vm, &b, (const CodeObj *)code) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}
