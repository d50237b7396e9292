/* compile.c: the code generator's driver. Owns units (one per code object),
 * instruction emission with line numbers, labels, the constant and name
 * tables, frame blocks, assembly into a CodeObj (label resolution and the
 * flow-based maximum stack depth), and the public entry points that run the
 * parser, the symtable and the generator. */
#include "compile_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../memory/mem.h"
#include "../objects/bytesobj.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "compile_err.h"

// ---------------------------------------------------------------------------
// Errors and recursion
// ---------------------------------------------------------------------------

int comp_error(Compiler *c, const AstNode *node, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    comp_error_at(c->vm, c->filename, node, "%s", msg);
    return -1;
}

int comp_enter(Compiler *c) {
    if (c->depth >= COMP_MAX_DEPTH) {
        err_raise(c->vm, &exc_RecursionError,
                  "maximum recursion depth exceeded during compilation");
        return -1;
    }
    c->depth++;
    return 0;
}

void comp_leave(Compiler *c) {
    c->depth--;
}

// ---------------------------------------------------------------------------
// Emission
// ---------------------------------------------------------------------------

int comp_emit(Compiler *c, Opcode op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > INSTR_ARG_MAX) {
        err_raise(c->vm, &exc_SystemError, "operand too large for one instruction");
        return -1;
    }
    if (u->ncode == u->capcode) {
        size_t cap = u->capcode ? u->capcode * 2 : 64;
        uint32_t *code = mem_realloc(u->code, cap * sizeof *code);
        if (code == NULL) {
            err_nomemory(c->vm);
            return -1;
        }
        u->code = code;
        SourceSpan *spans = mem_realloc(u->spans, cap * sizeof *spans);
        if (spans == NULL) {
            err_nomemory(c->vm);
            return -1;
        }
        u->spans = spans;
        u->capcode = cap;
    }
    u->code[u->ncode] = INSTR(op, arg);
    SourceSpan *sp = &u->spans[u->ncode];
    if (u->span.line == u->line) {
        *sp = u->span;
    } else {
        // The line was moved away from the node (a statement's header, a
        // method name on a later line): the columns no longer apply.
        *sp = (SourceSpan){.line = u->line, .end_line = u->line, .col = -1, .end_col = -1};
    }
    u->ncode++;
    return 0;
}

// A column as the span table stores it: -1 when unknown or too far right.
static int16_t span_col(int col) {
    return col >= 0 && col <= INT16_MAX ? (int16_t)col : -1;
}

SpanSave comp_set_span(Compiler *c, const AstNode *node) {
    Unit *u = c->u;
    SpanSave saved = {u->span, u->line};
    int end_line, end_col;
    comp_node_end(node, &end_line, &end_col);
    SourceSpan sp = {.line = node->line,
                     .end_line = end_line,
                     .col = span_col(node->col),
                     .end_col = end_col >= 0 ? span_col(end_col) : -1,
                     .a = -1,
                     .b = -1,
                     .kind = SPAN_PLAIN};
    const AstNode *l = node->a, *r = node->b;
    if ((node->kind == AST_BINOP || node->kind == AST_SUBSCRIPT) && l != NULL && r != NULL &&
        l->end_line == node->line && r->line == node->line && r->end_line == node->line) {
        sp.kind = node->kind == AST_BINOP ? SPAN_BINOP : SPAN_SUBSCR;
        sp.a = span_col(l->end_col);
        sp.b = span_col(node->kind == AST_BINOP ? r->col : r->end_col);
    }
    u->span = sp;
    u->line = node->line;
    return saved;
}

void comp_restore_span(Compiler *c, SpanSave saved) {
    c->u->line = saved.line;
    c->u->span = saved.span;
}

int comp_new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        size_t cap = u->caplabels ? u->caplabels * 2 : 16;
        int *labels = mem_realloc(u->labels, cap * sizeof *labels);
        if (labels == NULL) {
            err_nomemory(c->vm);
            return -1;
        }
        u->labels = labels;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return (int)u->nlabels++;
}

void comp_bind(Compiler *c, int label) {
    c->u->labels[label] = (int)c->u->ncode;
}

Obj *comp_str(Compiler *c, const char *s, size_t len) {
    Obj *str = str_from_utf8(c->vm, s, len);
    if (str == NULL) {
        return NULL;
    }
    // Identifier-like strings are interned so that attribute and global
    // lookups compare by pointer, as CPython interns them.
    bool ident = len > 0 && len < 64;
    for (size_t i = 0; i < len && ident; i++) {
        char ch = s[i];
        ident = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
                (ch >= '0' && ch <= '9');
    }
    return ident ? str_intern_steal(c->vm, str) : str;
}

// Same constant for deduplication: same type and same value, with floats
// compared bit for bit (0.0 and -0.0 stay distinct) and tuples item-wise.
static bool same_const(Vm *vm, Obj *a, Obj *b) {
    if (a == b) {
        return true;
    }
    if (obj_type(a) != obj_type(b)) {
        return false;
    }
    TypeObj *t = obj_type(a);
    if (t == &int_type) {
        if (OBJ_IS_SMALLINT(a) || OBJ_IS_SMALLINT(b)) {
            return false;
        }
        int eq = obj_eq(vm, a, b);
        if (eq < 0) {
            err_clear(vm);
            return false;
        }
        return eq == 1;
    }
    if (t == &float_type) {
        double x = float_value(a), y = float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &str_type) {
        return str_equal(a, b);
    }
    if (t == &bytes_type) {
        const BytesObj *x = (const BytesObj *)a, *y = (const BytesObj *)b;
        return x->len == y->len && memcmp(x->data, y->data, x->len) == 0;
    }
    if (t == &tuple_type) {
        if (tuple_len(a) != tuple_len(b)) {
            return false;
        }
        for (size_t i = 0; i < tuple_len(a); i++) {
            if (!same_const(vm, tuple_get_borrow(a, i), tuple_get_borrow(b, i))) {
                return false;
            }
        }
        return true;
    }
    return false;
}

// The dict and key under which `value` is indexed for deduplication, or
// false for the (rarer) constants found by a linear scan. Exact strs and
// ints share one dict (a str key never equals an int key); floats are keyed
// by their bits in another, so that 0.0, -0.0 and 1 stay distinct.
static bool const_key(Compiler *c, Obj *value, Obj **dict, Obj **key) {
    TypeObj *t = obj_type(value);
    if (t == &str_type || t == &int_type) {
        *dict = c->u->const_index;
        *key = obj_newref(value);
        return true;
    }
    if (t == &float_type) {
        double d = float_value(value);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        *dict = c->u->float_index;
        *key = int_from_u64(c->vm, bits);
        return true;
    }
    return false;
}

int comp_add_const_steal(Compiler *c, Obj *value) {
    Unit *u = c->u;
    Obj *dict = NULL, *key = NULL;
    int result = -1;
    bool indexed = const_key(c, value, &dict, &key);
    if (indexed) {
        if (key == NULL) {
            goto done;
        }
        Obj *found = dict_get_borrow(c->vm, dict, key);
        if (found != NULL) {
            result = (int)SMALLINT_VALUE(found);
            goto done;
        }
        if (err_occurred(c->vm)) {
            goto done;
        }
    } else if (obj_type(value) != &code_type) {
        for (size_t i = 0; i < list_len(u->consts); i++) {
            if (same_const(c->vm, list_get_borrow(u->consts, i), value)) {
                result = (int)i;
                goto done;
            }
        }
    }
    size_t n = list_len(u->consts);
    if (list_append(c->vm, u->consts, value) < 0) {
        goto done;
    }
    if (indexed && dict_set(c->vm, dict, key, SMALLINT_FROM((int64_t)n)) < 0) {
        goto done;
    }
    result = (int)n;
done:
    obj_xdecref(key);
    obj_decref(value);
    return result;
}

int comp_load_const_steal(Compiler *c, Obj *value) {
    if (value == NULL) {
        return -1;
    }
    int i = comp_add_const_steal(c, value);
    return i < 0 ? -1 : comp_emit(c, OP_LOAD_CONST, (uint32_t)i);
}

int comp_add_name(Compiler *c, const char *name) {
    Unit *u = c->u;
    Obj *found = dict_get_cstr_borrow(c->vm, u->name_index, name);
    if (found != NULL) {
        return (int)SMALLINT_VALUE(found);
    }
    if (err_occurred(c->vm)) {
        return -1;
    }
    Obj *s = comp_str(c, name, strlen(name));
    if (s == NULL) {
        return -1;
    }
    size_t n = list_len(u->names);
    int rc = list_append(c->vm, u->names, s);
    if (rc == 0) {
        rc = dict_set(c->vm, u->name_index, s, SMALLINT_FROM((int64_t)n));
    }
    obj_decref(s);
    return rc < 0 ? -1 : (int)n;
}

int comp_emit_name(Compiler *c, Opcode op, const char *name) {
    int i = comp_add_name(c, name);
    return i < 0 ? -1 : comp_emit(c, op, (uint32_t)i);
}

int comp_push_fblock(Compiler *c, const AstNode *at, FBlockKind kind, int cont, int brk,
                     const AstNode *node) {
    Unit *u = c->u;
    if (u->nfblocks >= COMP_MAX_FBLOCKS) {
        return comp_error(c, at, "too many statically nested blocks");
    }
    FBlock *b = &u->fblocks[u->nfblocks++];
    b->kind = kind;
    b->continue_label = cont;
    b->break_label = brk;
    b->node = node;
    return 0;
}

void comp_pop_fblock(Compiler *c) {
    c->u->nfblocks--;
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

static void unit_free(Unit *u) {
    mem_free(u->code);
    mem_free(u->spans);
    mem_free(u->labels);
    obj_xdecref(u->consts);
    obj_xdecref(u->const_index);
    obj_xdecref(u->float_index);
    obj_xdecref(u->names);
    obj_xdecref(u->name_index);
    obj_xdecref(u->name);
    obj_xdecref(u->qualname);
    mem_free(u);
}

int comp_unit_enter(Compiler *c, Scope *scope, const char *name, int firstlineno) {
    Unit *u = mem_calloc(1, sizeof(Unit));
    if (u == NULL) {
        err_nomemory(c->vm);
        return -1;
    }
    u->scope = scope;
    u->firstlineno = firstlineno;
    u->line = firstlineno;
    u->span = (SourceSpan){.line = firstlineno, .end_line = firstlineno, .col = -1, .end_col = -1};
    u->consts = list_new(c->vm, 0);
    u->const_index = dict_new(c->vm);
    u->float_index = dict_new(c->vm);
    u->names = list_new(c->vm, 0);
    u->name_index = dict_new(c->vm);
    u->name = str_from_cstr(c->vm, name);
    if (u->consts == NULL || u->const_index == NULL || u->float_index == NULL || u->names == NULL ||
        u->name_index == NULL || u->name == NULL) {
        unit_free(u);
        return -1;
    }
    // The qualified name is computed in the parent, before the switch.
    u->qualname = comp_qualname(c, name);
    if (u->qualname == NULL) {
        unit_free(u);
        return -1;
    }
    u->parent = c->u;
    c->u = u;
    if (scope->kind == SCOPE_CLASS) {
        u->flags = CODE_CLASSBODY;
    } else if (scope->kind != SCOPE_MODULE) {
        u->flags = CODE_NEWLOCALS;
        if (scope->parent != NULL && scope->parent->kind != SCOPE_MODULE &&
            scope->parent->kind != SCOPE_CLASS) {
            u->flags |= CODE_NESTED;
        }
        if (scope->is_coroutine && scope->is_generator) {
            u->flags |= CODE_ASYNC_GENERATOR;
        } else if (scope->is_coroutine) {
            u->flags |= CODE_COROUTINE;
        } else if (scope->is_generator) {
            u->flags |= CODE_GENERATOR;
        }
    }
    return 0;
}

// A tuple of str made from `n` C strings.
static Obj *names_tuple(Compiler *c, const char *const *names, size_t n) {
    Obj *t = tuple_new(c->vm, n);
    if (t == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *s = comp_str(c, names[i], strlen(names[i]));
        if (s == NULL) {
            obj_decref(t);
            return NULL;
        }
        tuple_set_steal(t, i, s);
    }
    return t;
}

// varnames of a function scope: the parameters, then the other plain
// locals (cells that are not parameters live only in cellvars).
static Obj *varnames_tuple(Compiler *c, const Scope *s) {
    size_t n = 0;
    const char **names = mem_alloc((s->nsyms + 1) * sizeof *names);
    if (names == NULL) {
        err_nomemory(c->vm);
        return NULL;
    }
    for (size_t i = 0; i < s->nsyms; i++) {
        if ((int)i < s->nparams || s->syms[i].kind == SYM_LOCAL) {
            names[n++] = s->syms[i].name;
        }
    }
    Obj *t = names_tuple(c, names, n);
    mem_free(names);
    return t;
}

int comp_local_index(const Scope *s, const char *name) {
    int n = 0;
    for (size_t i = 0; i < s->nsyms; i++) {
        if ((int)i < s->nparams || s->syms[i].kind == SYM_LOCAL) {
            if (strcmp(s->syms[i].name, name) == 0) {
                return n;
            }
            n++;
        }
    }
    return -1;
}

// Propagates stack depth and block depth to `target`. Returns false when
// `target` was already reached with other depths: a generator bug that
// would corrupt the VM's stack, so assembly fails loudly instead.
static bool flow_mark(int *depth, int *blocks, int *work, size_t *nwork, size_t target, int d,
                      int b) {
    if (depth[target] < 0) {
        depth[target] = d;
        blocks[target] = b;
        work[(*nwork)++] = (int)target;
        return true;
    }
    return depth[target] == d && blocks[target] == b;
}

static bool is_terminator(Opcode op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_CLEANUP_RERAISE ||
           op == OP_RAISE_VARARGS;
}

// Maximum stack depth and block nesting over every path of the
// instruction graph. Each instruction is reached with one stack depth (the
// generator keeps the stack consistent at joins), so one visit suffices.
static int compute_depths(Compiler *c, CodeObj *code) {
    size_t n = code->ncode;
    int *depth = mem_alloc((n + 1) * sizeof(int) * 3);
    if (depth == NULL) {
        err_nomemory(c->vm);
        return -1;
    }
    int *blocks = depth + n + 1;
    int *work = blocks + n + 1;
    for (size_t i = 0; i < n; i++) {
        depth[i] = -1;
    }
    size_t nwork = 0;
    int maxd = 0, maxb = 0;
    if (n > 0) {
        flow_mark(depth, blocks, work, &nwork, 0, 0, 0);
    }
    while (nwork > 0) {
        size_t i = (size_t)work[--nwork];
        uint32_t w = code->code[i];
        Opcode op = INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        int d = depth[i], b = blocks[i];
        if (code_argkinds[op] == ARG_JUMP && arg < n) {
            int dj = d + code_stack_effect(op, arg, true);
            if (dj > maxd) {
                maxd = dj;
            }
            if (!flow_mark(depth, blocks, work, &nwork, arg, dj, b)) {
                goto inconsistent;
            }
        }
        if (!is_terminator(op) && i + 1 < n) {
            int df = d + code_stack_effect(op, arg, false);
            int bf = b + (op == OP_SETUP_EXCEPT ? 1 : op == OP_POP_BLOCK ? -1 : 0);
            if (df < 0 || bf < 0) {
                mem_free(depth);
                err_raise(c->vm, &exc_SystemError, "compiler stack underflow at %zu in %s", i,
                          str_cstr(code->qualname));
                return -1;
            }
            maxd = df > maxd ? df : maxd;
            maxb = bf > maxb ? bf : maxb;
            if (!flow_mark(depth, blocks, work, &nwork, i + 1, df, bf)) {
                goto inconsistent;
            }
        }
    }
    mem_free(depth);
    code->stacksize = maxd;
    code->maxblocks = maxb;
    return 0;
inconsistent:
    mem_free(depth);
    err_raise(c->vm, &exc_SystemError, "compiler: inconsistent stack depth in %s",
              str_cstr(code->qualname));
    return -1;
}

static bool span_equal(const SourceSpan *x, const SourceSpan *y) {
    return x->line == y->line && x->end_line == y->end_line && x->col == y->col &&
           x->end_col == y->end_col && x->a == y->a && x->b == y->b && x->kind == y->kind;
}

// Compresses the unit's per-instruction spans into the code object's runs.
static int build_span_table(Compiler *c, Unit *u, CodeObj *code) {
    size_t n = 0;
    for (size_t i = 0; i < u->ncode; i++) {
        n += i == 0 || !span_equal(&u->spans[i], &u->spans[i - 1]);
    }
    if (n == 0) {
        return 0;
    }
    CodeSpanRun *runs = mem_alloc(n * sizeof *runs);
    if (runs == NULL) {
        err_nomemory(c->vm);
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < u->ncode; i++) {
        if (i == 0 || !span_equal(&u->spans[i], &u->spans[i - 1])) {
            runs[k++] = (CodeSpanRun){.start = (uint32_t)i, .span = u->spans[i]};
        }
    }
    code->spans = runs;
    code->nspans = n;
    return 0;
}

// The operand of a BINARY_OP that has a per-operator form (+, -, *, /
// and their `op=` forms).
_Static_assert(BINOP_ADD == 0 && BINOP_SUB == 1 && BINOP_MUL == 2 && BINOP_TRUEDIV == 3 &&
                   OP_BINARY_TRUEDIV == OP_BINARY_ADD + 3,
               "the per-operator forms are in BinOp order");
static bool binop_is_arith(uint32_t arg) {
    return binop_base(arg) <= BINOP_TRUEDIV;
}

// Whether constant `k` of `code` is a small int or a float: the operands
// LOAD_CONST__BINARY_OP handles (strs and the rest would only pay for its
// tests).
static bool const_is_number(const CodeObj *code, uint32_t k) {
    Obj *v = tuple_get_borrow(code->consts, k);
    return OBJ_IS_SMALLINT(v) || obj_type(v) == &float_type;
}

// Writes BINARY_OP of +, -, * and / as the per-operator forms (after
// fuse_pairs, which looks for BINARY_OP).
static void split_binops(CodeObj *code) {
    for (size_t i = 0; i < code->ncode; i++) {
        uint32_t arg = INSTR_ARG(code->code[i]);
        if (INSTR_OP(code->code[i]) == OP_BINARY_OP && binop_is_arith(arg)) {
            code->code[i] = INSTR(OP_BINARY_ADD + binop_base(arg), arg);
        }
    }
}

// Rewrites common pairs (and a few longer runs) of instructions into the
// fused forms at the end of opcodes.def. Only the first instruction of a
// pair changes, and its
// operand stays, so every instruction still means what it did when reached
// on its own; the next pair may begin with the second instruction.
static void fuse_pairs(CodeObj *code) {
    for (size_t i = 0; i + 1 < code->ncode; i++) {
        Opcode op = INSTR_OP(code->code[i]), next = INSTR_OP(code->code[i + 1]);
        Opcode third = i + 2 < code->ncode ? INSTR_OP(code->code[i + 2]) : OP_COUNT;
        Opcode fourth = i + 3 < code->ncode ? INSTR_OP(code->code[i + 3]) : OP_COUNT;
        Opcode fused = OP_COUNT;
        if (op == OP_LOAD_FAST && next == OP_LOAD_CONST && third == OP_BINARY_OP) {
            fused = OP_LOAD_FAST__LOAD_CONST__BINARY_OP;
        } else if (op == OP_LOAD_FAST && next == OP_LOAD_FAST && third == OP_BINARY_OP &&
                   binop_is_arith(INSTR_ARG(code->code[i + 2]))) {
            fused = OP_LOAD_FAST__LOAD_FAST__BINARY_ARITH;
        } else if (op == OP_LOAD_FAST && next == OP_DUP_TOP && third == OP_LOAD_ATTR) {
            fused = OP_LOAD_FAST__DUP_TOP__LOAD_ATTR;
        } else if (op == OP_FOR_ITER && next == OP_STORE_FAST) {
            fused = OP_FOR_ITER__STORE_FAST;
        } else if (op == OP_LOAD_CONST && next == OP_BINARY_OP &&
                   const_is_number(code, INSTR_ARG(code->code[i]))) {
            fused = OP_LOAD_CONST__BINARY_OP;
        } else if (op == OP_LOAD_FAST && next == OP_LOAD_CONST && third == OP_COMPARE_OP &&
                   (fourth == OP_POP_JUMP_IF_FALSE || fourth == OP_POP_JUMP_IF_TRUE)) {
            fused = OP_LOAD_FAST__LOAD_CONST__COMPARE_OP;
        } else if (op == OP_PUSH_NULL && next == OP_LOAD_GLOBAL) {
            fused = OP_PUSH_NULL__LOAD_GLOBAL;
        } else if (op == OP_PUSH_NULL && next == OP_LOAD_FAST) {
            fused = OP_PUSH_NULL__LOAD_FAST;
        } else if (op == OP_LOAD_FAST && next == OP_RETURN_VALUE) {
            fused = OP_LOAD_FAST__RETURN_VALUE;
        } else if (op == OP_LOAD_CONST && next == OP_RETURN_VALUE) {
            fused = OP_LOAD_CONST__RETURN_VALUE;
        } else if (op == OP_IS_OP &&
                   (next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE)) {
            fused = OP_IS_OP__POP_JUMP;
        } else if (op == OP_LOAD_FAST && next == OP_LOAD_FAST) {
            fused = OP_LOAD_FAST__LOAD_FAST;
        } else if (op == OP_LOAD_FAST && next == OP_LOAD_CONST) {
            fused = OP_LOAD_FAST__LOAD_CONST;
        } else if (op == OP_STORE_FAST && next == OP_LOAD_FAST) {
            fused = OP_STORE_FAST__LOAD_FAST;
        } else if (op == OP_LOAD_FAST && next == OP_LOAD_ATTR) {
            fused = OP_LOAD_FAST__LOAD_ATTR;
        } else if (op == OP_DUP_TOP && next == OP_LOAD_ATTR) {
            fused = OP_DUP_TOP__LOAD_ATTR;
        }
        if (fused != OP_COUNT) {
            code->code[i] = INSTR(fused, INSTR_ARG(code->code[i]));
        }
    }
}


// Fills `code` from the unit: instructions (labels resolved), tables, names.
static int assemble(Compiler *c, Unit *u, CodeObj *code) {
    for (size_t i = 0; i < u->ncode; i++) {
        Opcode op = INSTR_OP(u->code[i]);
        if (code_argkinds[op] == ARG_JUMP) {
            int target = u->labels[INSTR_ARG(u->code[i])];
            if (target < 0) {
                err_raise(c->vm, &exc_SystemError, "compiler: unbound label");
                return -1;
            }
            u->code[i] = INSTR(op, (uint32_t)target);
        }
    }
    code->code = u->code;
    code->ncode = u->ncode;
    u->code = NULL;
    if (build_span_table(c, u, code) < 0) {
        return -1;
    }
    const Scope *s = u->scope;
    Obj *consts = list_as_tuple(c->vm, u->consts);
    Obj *names = list_as_tuple(c->vm, u->names);
    Obj *cellvars = names_tuple(c, s->cellvars, s->ncellvars);
    Obj *freevars = names_tuple(c, s->freevars, s->nfreevars);
    Obj *varnames = (u->flags & CODE_NEWLOCALS) ? varnames_tuple(c, s) : NULL;
    if (varnames != NULL) {
        obj_replace(&code->varnames, varnames);
        obj_decref(varnames);
    }
    if (consts == NULL || names == NULL || cellvars == NULL || freevars == NULL ||
        ((u->flags & CODE_NEWLOCALS) && varnames == NULL)) {
        obj_xdecref(consts);
        obj_xdecref(names);
        obj_xdecref(cellvars);
        obj_xdecref(freevars);
        return -1;
    }
    obj_decref(code->consts);
    code->consts = consts;
    obj_decref(code->names);
    code->names = names;
    obj_decref(code->cellvars);
    code->cellvars = cellvars;
    obj_decref(code->freevars);
    code->freevars = freevars;
    code->nlocals = (int)tuple_len(code->varnames);
    code->ncells = (int)s->ncellvars;
    code->nfrees = (int)s->nfreevars;
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->flags = u->flags;
    bool is_simple = (u->flags & CODE_NEWLOCALS) != 0 &&
                     (u->flags & (CODE_VARARGS | CODE_VARKEYWORDS | CODE_RESUMABLE)) == 0 &&
                     u->kwonlyargcount == 0;
    code->fastargs = is_simple ? u->argcount : -1;
    code->fastcall = s->ncellvars == 0 ? code->fastargs : -1;
    if (s->ncellvars > 0) {
        code->cell2arg = mem_alloc(s->ncellvars * sizeof(int32_t));
        if (code->cell2arg == NULL) {
            err_nomemory(c->vm);
            return -1;
        }
        for (size_t i = 0; i < s->ncellvars; i++) {
            code->cell2arg[i] = -1;
            for (int p = 0; p < s->nparams; p++) {
                if (strcmp(s->syms[p].name, s->cellvars[i]) == 0) {
                    code->cell2arg[i] = p;
                }
            }
        }
    }
    if (compute_depths(c, code) < 0) {
        return -1;
    }
    fuse_pairs(code);
    split_binops(code);
    return 0;
}

Obj *comp_unit_leave(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    Obj *code = code_new(c->vm, u->name, u->qualname, c->filename, u->firstlineno);
    if (code != NULL && assemble(c, u, (CodeObj *)code) < 0) {
        obj_decref(code);
        code = NULL;
    }
    unit_free(u);
    return code;
}

Obj *comp_qualname(Compiler *c, const char *name) {
    Unit *p = c->u;
    if (p == NULL || p->scope->kind == SCOPE_MODULE) {
        return str_from_cstr(c->vm, name);
    }
    // A function declared `global` in its parent is qualified from the top.
    char buf[256];
    const char *mangled = sym_mangle(p->scope->private_name, name, buf, sizeof buf);
    if (sym_lookup(p->scope, mangled) == SYM_GLOBAL_EXPLICIT) {
        return str_from_cstr(c->vm, name);
    }
    if (p->scope->kind == SCOPE_CLASS) {
        return str_from_fmt(c->vm, "%s.%s", str_cstr(p->qualname), name);
    }
    return str_from_fmt(c->vm, "%s.<locals>.%s", str_cstr(p->qualname), name);
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

// The module body: a docstring becomes __doc__ (not in the REPL), then the
// statements, then `return None`.
static int compile_module_body(Compiler *c, AstNode *tree) {
    if (tree->kind == AST_EXPRESSION) {
        if (comp_expr(c, tree->a) < 0) {
            return -1;
        }
        return comp_emit(c, OP_RETURN_VALUE, 0);
    }
    const AstSeq *body = &tree->body;
    size_t start = 0;
    if (comp_setup_annotations(c, body) < 0) {
        return -1;
    }
    if (tree->kind == AST_MODULE && body->len > 0 && body->items[0]->kind == AST_EXPR &&
        body->items[0]->a->kind == AST_CONSTANT && body->items[0]->a->op == CONST_STR) {
        const AstNode *doc = body->items[0]->a;
        c->u->line = doc->line;
        if (comp_load_const_steal(c, comp_str(c, doc->str, doc->str_len)) < 0 ||
            comp_emit_name(c, OP_STORE_NAME, "__doc__") < 0) {
            return -1;
        }
        start = 1;
    }
    for (size_t i = start; i < body->len; i++) {
        if (comp_stmt(c, body->items[i]) < 0) {
            return -1;
        }
    }
    if (comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
        return -1;
    }
    return comp_emit(c, OP_RETURN_VALUE, 0);
}

// comp_compile with the source text when it is known (for warnings).
static Obj *compile_tree(Vm *vm, AstNode *tree, Obj *filename, ParseMode mode, const char *src,
                         size_t len) {
    Compiler c = {.vm = vm, .filename = filename, .mode = mode, .src = src, .src_len = len};
    c.st = sym_build(vm, tree, filename);
    if (c.st == NULL) {
        return NULL;
    }
    Obj *code = NULL;
    if (comp_future_scan(&c, tree) == 0 && comp_unit_enter(&c, sym_top(c.st), "<module>", 1) == 0) {
        if (compile_module_body(&c, tree) == 0) {
            code = comp_unit_leave(&c);
        } else {
            // On error the units still open (the failing one and its
            // parents) are dropped here, without assembling them.
            while (c.u != NULL) {
                Unit *u = c.u;
                c.u = u->parent;
                unit_free(u);
            }
        }
    }
    sym_free(c.st);
    return code;
}

Obj *comp_compile(Vm *vm, AstNode *tree, Obj *filename, ParseMode mode) {
    return compile_tree(vm, tree, filename, mode, NULL, 0);
}

void comp_warn(Compiler *c, const AstNode *node, const char *msg) {
    // There is no warnings module: print what its default filter would,
    // "file:line: SyntaxWarning: msg", then the stripped source line when
    // the file is a real one (linecache cannot read "<string>" or "<stdin>").
    const char *fname = str_cstr(c->filename);
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", fname, node->line, msg);
    if (c->src == NULL || fname[0] == '<') {
        return;
    }
    size_t pos = 0;
    for (int l = 1; l < node->line && pos < c->src_len; pos++) {
        if (c->src[pos] == '\n') {
            l++;
        }
    }
    while (pos < c->src_len && (c->src[pos] == ' ' || c->src[pos] == '\t')) {
        pos++;
    }
    size_t end = pos;
    while (end < c->src_len && c->src[end] != '\n' && c->src[end] != '\r') {
        end++;
    }
    while (end > pos && (c->src[end - 1] == ' ' || c->src[end - 1] == '\t')) {
        end--;
    }
    if (end > pos) {
        fprintf(stderr, "  %.*s\n", (int)(end - pos), c->src + pos);
    }
}

// Converts a parse error into the pending exception.
static Obj *raise_parse_error(Vm *vm, const ParseError *err, Obj *filename, const char *src,
                              size_t len) {
    if (err->kind == PERR_NOMEM) {
        return err_occurred(vm) ? NULL : err_nomemory(vm);
    }
    TypeObj *type = err->kind == PERR_INDENT ? &exc_IndentationError
                    : err->kind == PERR_TAB  ? &exc_TabError
                                             : &exc_SyntaxError;
    Obj *text = comp_source_line(vm, src, len, err->line);
    if (text == NULL) {
        return NULL;
    }
    int end_offset = err->end_col > 0 ? err->end_col : err->col;
    comp_raise_syntax(vm, type, err->msg, filename, err->line, err->col, text, err->line,
                      end_offset);
    obj_decref(text);
    return NULL;
}

Obj *comp_compile_source(Vm *vm, const char *src, size_t len, const char *filename, ParseMode mode,
                         bool *incomplete) {
    if (incomplete != NULL) {
        *incomplete = false;
    }
    Obj *fname = str_from_cstr(vm, filename);
    if (fname == NULL) {
        return NULL;
    }
    Obj *code = NULL;
    AstArena *arena = ast_arena_new();
    if (arena == NULL) {
        if (!err_occurred(vm)) {
            err_nomemory(vm);
        }
        goto done;
    }
    ParseError err;
    memset(&err, 0, sizeof err);
    AstNode *tree = parser_parse(arena, src, len, mode, &err);
    if (tree == NULL) {
        if (err.kind == PERR_INCOMPLETE && incomplete != NULL) {
            *incomplete = true;
        } else {
            raise_parse_error(vm, &err, fname, src, len);
        }
        goto done;
    }
    code = compile_tree(vm, tree, fname, mode, src, len);
    if (code == NULL) {
        comp_error_fill_text(vm, src, len);
    }
done:
    if (arena != NULL) {
        ast_arena_free(arena);
    }
    obj_decref(fname);
    return code;
}
