/* compile_match.c: `match` statements (PEP 634) to bytecode. Each case
 * matches a copy of the subject; a pattern consumes the value on top of the
 * stack and, when it fails, jumps into a chain of POP_TOPs that removes
 * whatever the pattern had pushed (sequence items, mapping values) before
 * going on to the next case, as CPython's compiler does with its "fail_pop"
 * labels. Captured names are bound only when the whole pattern matched:
 * until then their values wait in a dict under the pattern's items (CPython
 * keeps them on the stack), which also lets the alternatives of an or-
 * pattern capture in any order. */
#include "compile_int.h"

#include <string.h>

#include "../memory/mem.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

enum { PAT_MAX_POPS = 256 };

// One pattern being compiled: fail[k] pops k items, then falls through to
// fail[k - 1]; fail[0] is where a failed match continues.
typedef struct PatCtx {
    int fail[PAT_MAX_POPS];
    int nfail;
    int on_top;   // items below the current value that a failure must pop
    int captures; // items between the captures dict and this pattern's items
                  // (the values an enclosing or-pattern keeps), or -1 when
                  // the case has no dict and names are stored at once
} PatCtx;

static int pattern(Compiler *c, PatCtx *pc, const AstNode *p);

// The label that pops `pops` items and fails; -1 with an exception.
static int fail_label(Compiler *c, PatCtx *pc, int pops) {
    if (pops >= PAT_MAX_POPS) {
        err_raise(c->vm, &exc_SystemError, "compiler: pattern too deeply nested");
        return -1;
    }
    while (pc->nfail <= pops) {
        int label = comp_new_label(c);
        if (label < 0) {
            return -1;
        }
        pc->fail[pc->nfail++] = label;
    }
    return pc->fail[pops];
}

// Emits `op` (a conditional jump) to the label that pops `pops` items.
static int jump_to_fail(Compiler *c, PatCtx *pc, Opcode op, int pops) {
    int label = fail_label(c, pc, pops);
    return label < 0 ? -1 : comp_emit(c, op, (uint32_t)label);
}

// Binds the chain of failure labels: fail[n-1] POP_TOP ... fail[0].
static int emit_fail_chain(Compiler *c, PatCtx *pc) {
    for (int k = pc->nfail - 1; k > 0; k--) {
        comp_bind(c, pc->fail[k]);
        if (comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    if (pc->nfail > 0) {
        comp_bind(c, pc->fail[0]);
    } else {
        int none = comp_new_label(c); // nothing could fail: keep the layout simple
        if (none < 0) {
            return -1;
        }
        comp_bind(c, none);
    }
    return 0;
}

// [D .. v] -> [D ..]: D[name] = v, D being the captures dict under
// `below` items (or name = v at once when the case has no dict); drops v
// for `_`.
static int capture_at(Compiler *c, PatCtx *pc, const char *name, int below) {
    if (name == NULL) {
        return comp_emit(c, OP_POP_TOP, 0);
    }
    if (pc->captures < 0) {
        return comp_name_op(c, name, CTX_STORE);
    }
    Obj *key = comp_str(c, name, strlen(name));
    if (comp_load_const_steal(c, key) < 0 || comp_emit(c, OP_ROT_TWO, 0) < 0) {
        return -1;
    }
    return comp_emit(c, OP_MAP_ADD, (uint32_t)(pc->captures + below + 1));
}

// [.. v] -> [..] with pc->on_top items above the captures dict.
static int capture(Compiler *c, PatCtx *pc, const char *name) {
    return capture_at(c, pc, name, pc->on_top);
}

// [.. n items] with the first on top: each sub-pattern consumes its item;
// `below` items under them stay for the caller.
static int sub_patterns(Compiler *c, PatCtx *pc, const AstSeq *pats, int below) {
    int n = (int)pats->len;
    for (int i = 0; i < n; i++) {
        const AstNode *p = pats->items[i];
        pc->on_top = below + n - 1 - i;
        int rc = p->kind == AST_MATCH_STAR ? capture(c, pc, p->name) : pattern(c, pc, p);
        if (rc < 0) {
            return -1;
        }
    }
    pc->on_top = below;
    return 0;
}

// [v] -> [v] or fail: len(v) == n (>= n with a star).
static int check_len(Compiler *c, PatCtx *pc, size_t n, bool at_least) {
    Obj *len = int_from_i64(c->vm, (int64_t)n);
    if (comp_emit(c, OP_GET_LEN, 0) < 0 || comp_load_const_steal(c, len) < 0 ||
        comp_emit(c, OP_COMPARE_OP, at_least ? CMP_GE : CMP_EQ) < 0) {
        return -1;
    }
    return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top + 1);
}

static int pattern_sequence(Compiler *c, PatCtx *pc, const AstNode *p) {
    const AstSeq *pats = &p->list;
    size_t star = pats->len;
    for (size_t i = 0; i < pats->len; i++) {
        if (pats->items[i]->kind == AST_MATCH_STAR) {
            if (star != pats->len) {
                return comp_error(c, pats->items[i], "multiple starred names in sequence pattern");
            }
            star = i;
        }
    }
    bool has_star = star != pats->len;
    size_t fixed = pats->len - (has_star ? 1 : 0);
    if (comp_emit(c, OP_MATCH_SEQUENCE, 0) < 0 ||
        jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top + 1) < 0 ||
        check_len(c, pc, fixed, has_star) < 0) {
        return -1;
    }
    if (has_star) {
        size_t after = pats->len - star - 1;
        if (star >= 256 || after >= (1u << 16)) {
            return comp_error(c, p, "too many expressions in star-unpacking assignment");
        }
        if (comp_emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))) < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)pats->len) < 0) {
        return -1;
    }
    return sub_patterns(c, pc, pats, pc->on_top);
}

// CPython rejects a literal key written twice at compile time. Literals are
// compared as written (strs and ints cover the cases programs use).
static int check_duplicate_keys(Compiler *c, const AstNode *p) {
    for (size_t i = 0; i < p->list.len; i++) {
        const AstNode *k = p->list.items[i];
        if (k->kind != AST_CONSTANT || (k->op != CONST_STR && k->op != CONST_INT)) {
            continue;
        }
        for (size_t j = 0; j < i; j++) {
            const AstNode *o = p->list.items[j];
            if (o->kind == AST_CONSTANT && o->op == k->op && o->str_len == k->str_len &&
                (k->str_len == 0 || memcmp(o->str, k->str, k->str_len) == 0)) {
                return comp_error(c, p, "mapping pattern checks duplicate key (%s%.*s%s)",
                                  k->op == CONST_STR ? "'" : "", (int)k->str_len,
                                  k->str != NULL ? k->str : "", k->op == CONST_STR ? "'" : "");
            }
        }
    }
    return 0;
}

static int pattern_mapping(Compiler *c, PatCtx *pc, const AstNode *p) {
    size_t n = p->list.len;
    if (check_duplicate_keys(c, p) < 0) {
        return -1;
    }
    int base = pc->on_top;
    if (comp_emit(c, OP_MATCH_MAPPING, 0) < 0 ||
        jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE, base + 1) < 0 ||
        (n > 0 && check_len(c, pc, n, true) < 0)) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (comp_expr(c, p->list.items[i]) < 0) {
            return -1;
        }
    }
    // [v keys] -> [v keys values]; None when a key is missing.
    if (comp_emit(c, OP_BUILD_TUPLE, (uint32_t)n) < 0 || comp_emit(c, OP_MATCH_KEYS, 0) < 0 ||
        comp_emit(c, OP_DUP_TOP, 0) < 0 || comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0 ||
        comp_emit(c, OP_IS_OP, 0) < 0 || jump_to_fail(c, pc, OP_POP_JUMP_IF_TRUE, base + 3) < 0 ||
        comp_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n) < 0 ||
        sub_patterns(c, pc, &p->list2, base + 2) < 0) {
        return -1;
    }
    if (p->name != NULL) {
        // [v keys] -> [v rest] -> [v] -> []
        return comp_emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0) < 0 ||
                       capture_at(c, pc, p->name, base + 1) < 0
                   ? -1
                   : comp_emit(c, OP_POP_TOP, 0);
    }
    return comp_emit(c, OP_POP_TOP, 0) < 0 ? -1 : comp_emit(c, OP_POP_TOP, 0);
}

static int pattern_class(Compiler *c, PatCtx *pc, const AstNode *p) {
    size_t npos = p->list.len, nkw = p->list2.len;
    Obj *names = tuple_new(c->vm, nkw);
    if (names == NULL) {
        return -1;
    }
    for (size_t i = 0; i < nkw; i++) {
        const char *kw = p->list3.items[i]->name;
        Obj *s = comp_str(c, kw, strlen(kw));
        if (s == NULL) {
            obj_decref(names);
            return -1;
        }
        tuple_set_steal(names, i, s);
    }
    // [v cls names] -> [attrs or None]
    if (comp_expr(c, p->a) < 0) {
        obj_decref(names);
        return -1;
    }
    if (comp_load_const_steal(c, names) < 0 || comp_emit(c, OP_MATCH_CLASS, (uint32_t)npos) < 0 ||
        comp_emit(c, OP_DUP_TOP, 0) < 0 || comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0 ||
        comp_emit(c, OP_IS_OP, 0) < 0 ||
        jump_to_fail(c, pc, OP_POP_JUMP_IF_TRUE, pc->on_top + 1) < 0 ||
        comp_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(npos + nkw)) < 0) {
        return -1;
    }
    int base = pc->on_top;
    for (size_t i = 0; i < npos + nkw; i++) {
        const AstNode *sub = i < npos ? p->list.items[i] : p->list2.items[i - npos];
        pc->on_top = base + (int)(npos + nkw - 1 - i);
        if (pattern(c, pc, sub) < 0) {
            return -1;
        }
    }
    pc->on_top = base;
    return 0;
}

// a | b | c: each alternative but the last matches a copy, with its own
// failure chain that leads to the next alternative.
static int pattern_or(Compiler *c, PatCtx *pc, const AstNode *p) {
    int end = comp_new_label(c);
    if (end < 0) {
        return -1;
    }
    for (size_t i = 0; i + 1 < p->list.len; i++) {
        // The alternative sees the value kept for the next one under it.
        PatCtx alt = {.nfail = 0,
                      .on_top = 0,
                      .captures = pc->captures < 0 ? -1 : pc->captures + pc->on_top + 1};
        if (comp_emit(c, OP_DUP_TOP, 0) < 0 || pattern(c, &alt, p->list.items[i]) < 0 ||
            comp_emit(c, OP_POP_TOP, 0) < 0 || comp_emit(c, OP_JUMP, (uint32_t)end) < 0 ||
            emit_fail_chain(c, &alt) < 0) {
            return -1;
        }
    }
    if (pattern(c, pc, p->list.items[p->list.len - 1]) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

static int pattern_inner(Compiler *c, PatCtx *pc, const AstNode *p) {
    switch (p->kind) {
        case AST_MATCH_VALUE:
            if (comp_expr(c, p->a) < 0 || comp_emit(c, OP_COMPARE_OP, CMP_EQ) < 0) {
                return -1;
            }
            return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
        case AST_MATCH_SINGLETON: {
            Obj *v = p->op == CONST_NONE ? OBJ_NONE : p->op == CONST_TRUE ? OBJ_TRUE : OBJ_FALSE;
            if (comp_load_const_steal(c, obj_newref(v)) < 0 || comp_emit(c, OP_IS_OP, 0) < 0) {
                return -1;
            }
            return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
        }
        case AST_MATCH_AS:
            if (p->a == NULL) {
                return capture(c, pc, p->name);
            }
            // [v] -> [v v]: the sub-pattern takes one, the name the other.
            if (comp_emit(c, OP_DUP_TOP, 0) < 0) {
                return -1;
            }
            pc->on_top++;
            if (pattern(c, pc, p->a) < 0) {
                return -1;
            }
            pc->on_top--;
            return capture(c, pc, p->name);
        case AST_MATCH_OR:
            return pattern_or(c, pc, p);
        case AST_MATCH_SEQUENCE:
            return pattern_sequence(c, pc, p);
        case AST_MATCH_MAPPING:
            return pattern_mapping(c, pc, p);
        case AST_MATCH_CLASS:
            return pattern_class(c, pc, p);
        case AST_MATCH_STAR:
            return comp_error(c, p, "can't use starred name here");
        default:
            err_raise(c->vm, &exc_SystemError, "compiler: unexpected %s in a pattern",
                      ast_kind_name(p->kind));
            return -1;
    }
}

static int pattern(Compiler *c, PatCtx *pc, const AstNode *p) {
    if (comp_enter(c) < 0) {
        return -1;
    }
    SpanSave saved = comp_set_span(c, p);
    int rc = pattern_inner(c, pc, p);
    comp_restore_span(c, saved);
    comp_leave(c);
    return rc;
}

// The names a pattern captures, in the order they first appear.
typedef struct NameSet {
    const char *names[PAT_MAX_POPS];
    size_t len;
} NameSet;

static bool has_name(const NameSet *set, const char *name) {
    for (size_t i = 0; i < set->len; i++) {
        if (strcmp(set->names[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// Adds the name `p` captures (none for `_`), with CPython's check that a
// pattern binds each name once. 0 or -1.
static int add_name(Compiler *c, NameSet *set, const AstNode *p, const char *name) {
    if (name == NULL) {
        return 0;
    }
    if (has_name(set, name)) {
        return comp_error(c, p, "multiple assignments to name '%s' in pattern", name);
    }
    if (set->len == PAT_MAX_POPS) {
        err_raise(c->vm, &exc_SystemError, "compiler: too many names captured in a pattern");
        return -1;
    }
    set->names[set->len++] = name;
    return 0;
}

static int collect_names(Compiler *c, NameSet *set, const AstNode *p);

static int collect_seq(Compiler *c, NameSet *set, const AstSeq *pats) {
    for (size_t i = 0; i < pats->len; i++) {
        if (collect_names(c, set, pats->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// a | b: every alternative must bind the same names (in any order); they
// join `set` once.
static int collect_or(Compiler *c, NameSet *set, const AstNode *p) {
    NameSet *first = mem_alloc(sizeof(NameSet)), *alt = mem_alloc(sizeof(NameSet));
    int rc = first != NULL && alt != NULL ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < p->list.len; i++) {
        NameSet *cur = i == 0 ? first : alt;
        cur->len = 0;
        rc = collect_names(c, cur, p->list.items[i]);
        bool same = rc < 0 || cur->len == first->len;
        for (size_t k = 0; same && rc == 0 && k < cur->len; k++) {
            same = has_name(first, cur->names[k]);
        }
        if (!same) {
            rc = comp_error(c, p->list.items[i], "alternative patterns bind different names");
        }
    }
    for (size_t k = 0; rc == 0 && k < first->len; k++) {
        rc = add_name(c, set, p, first->names[k]);
    }
    mem_free(first);
    mem_free(alt);
    return rc;
}

static int collect_names(Compiler *c, NameSet *set, const AstNode *p) {
    if (p == NULL) {
        return 0;
    }
    switch (p->kind) {
        case AST_MATCH_AS:
            return collect_names(c, set, p->a) < 0 ? -1 : add_name(c, set, p, p->name);
        case AST_MATCH_STAR:
            return add_name(c, set, p, p->name);
        case AST_MATCH_MAPPING:
            return collect_seq(c, set, &p->list2) < 0 ? -1 : add_name(c, set, p, p->name);
        case AST_MATCH_CLASS:
            return collect_seq(c, set, &p->list) < 0 ? -1 : collect_seq(c, set, &p->list2);
        case AST_MATCH_SEQUENCE:
            return collect_seq(c, set, &p->list);
        case AST_MATCH_OR:
            return collect_or(c, set, p);
        default:
            return 0;
    }
}

// Whether `p`, compiled in order, can fail after a capture (`*seen` says
// whether one came before): only then must its names wait in a dict. Every
// refutable check is a possible failure; an or-pattern that captures is
// counted as failing after its captures.
static bool may_fail_after_capture(const AstNode *p, bool *seen) {
    if (p == NULL) {
        return false;
    }
    switch (p->kind) {
        case AST_MATCH_AS:
            if (may_fail_after_capture(p->a, seen)) {
                return true;
            }
            *seen = *seen || p->name != NULL;
            return false;
        case AST_MATCH_STAR:
            *seen = *seen || p->name != NULL;
            return false;
        case AST_MATCH_SEQUENCE:
        case AST_MATCH_MAPPING:
        case AST_MATCH_CLASS:
            if (*seen) {
                return true; // the type, length or key check
            }
            for (size_t i = 0; i < p->list.len; i++) {
                if (p->kind != AST_MATCH_MAPPING &&
                    may_fail_after_capture(p->list.items[i], seen)) {
                    return true;
                }
            }
            for (size_t i = 0; i < p->list2.len; i++) {
                if (may_fail_after_capture(p->list2.items[i], seen)) {
                    return true;
                }
            }
            *seen = *seen || (p->kind == AST_MATCH_MAPPING && p->name != NULL);
            return false;
        case AST_MATCH_OR:
            for (size_t i = 0; i < p->list.len; i++) {
                bool alt_seen = false;
                if (may_fail_after_capture(p->list.items[i], &alt_seen) || alt_seen) {
                    return true;
                }
            }
            return *seen; // refutable as a whole
        default:
            return *seen; // a value or singleton check
    }
}

// [D] -> []: binds each captured name to its value in the dict D.
static int bind_captures(Compiler *c, const NameSet *set) {
    for (size_t i = 0; i < set->len; i++) {
        const char *name = set->names[i];
        if (comp_emit(c, OP_DUP_TOP, 0) < 0 ||
            comp_load_const_steal(c, comp_str(c, name, strlen(name))) < 0 ||
            comp_emit(c, OP_BINARY_SUBSCR, 0) < 0 || comp_name_op(c, name, CTX_STORE) < 0) {
            return -1;
        }
    }
    return comp_emit(c, OP_POP_TOP, 0);
}

// One case: [s] -> [s] when it fails (to the next case), else its body
// runs and jumps to `end`. A pattern that captures and can fail matches
// with the captures dict under the subject's copy:
//     DUP_TOP; BUILD_MAP 0; ROT_TWO         [s D s]      ([D s] for the last case)
//     <pattern>                             [s D]
//     bind names from D; POP_TOP            [s]
//     <guard>; POP_TOP; body; JUMP end
//   fail chain of the pattern, then POP_TOP (D)
//   next:                                   [s]
static int match_case(Compiler *c, const AstNode *k, bool last, int end) {
    NameSet *set = mem_alloc(sizeof(NameSet));
    if (set == NULL) {
        return -1;
    }
    set->len = 0;
    int rc = -1;
    if (collect_names(c, set, k->a) < 0) {
        goto done;
    }
    // A pattern that cannot fail once it has bound a name (`case x:`,
    // `case [x, y]:`, `case P(x=0, y=y):`) stores its names at once.
    bool seen = false;
    bool use_dict = set->len > 0 && may_fail_after_capture(k->a, &seen);
    PatCtx pc = {.nfail = 0, .on_top = 0, .captures = use_dict ? 0 : -1};
    int next = comp_new_label(c);
    c->u->line = k->a->line;
    if (next < 0 || (!last && comp_emit(c, OP_DUP_TOP, 0) < 0) ||
        (use_dict && (comp_emit(c, OP_BUILD_MAP, 0) < 0 || comp_emit(c, OP_ROT_TWO, 0) < 0)) ||
        pattern(c, &pc, k->a) < 0 || (use_dict && bind_captures(c, set) < 0)) {
        goto done;
    }
    if (k->b != NULL) {
        int guard_fail = use_dict ? next : fail_label(c, &pc, 0);
        if (guard_fail < 0 || comp_jump_if(c, k->b, guard_fail, false) < 0) {
            goto done;
        }
    }
    if ((!last && comp_emit(c, OP_POP_TOP, 0) < 0) || comp_stmts(c, &k->body) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)end) < 0 || emit_fail_chain(c, &pc) < 0 ||
        (use_dict && comp_emit(c, OP_POP_TOP, 0) < 0)) {
        goto done;
    }
    comp_bind(c, next);
    rc = 0;
done:
    mem_free(set);
    return rc;
}

int comp_match(Compiler *c, const AstNode *s) {
    const AstSeq *cases = &s->list;
    for (size_t i = 0; i + 1 < cases->len; i++) {
        const AstNode *p = cases->items[i]->a;
        if (cases->items[i]->b == NULL && p->kind == AST_MATCH_AS && p->a == NULL) {
            if (p->name != NULL) {
                return comp_error(c, p, "name capture '%s' makes remaining patterns unreachable",
                                  p->name);
            }
            return comp_error(c, p, "wildcard makes remaining patterns unreachable");
        }
    }
    int end = comp_new_label(c);
    if (end < 0 || comp_expr(c, s->a) < 0) {
        return -1;
    }
    for (size_t i = 0; i < cases->len; i++) {
        if (match_case(c, cases->items[i], i + 1 == cases->len, end) < 0) {
            return -1;
        }
    }
    comp_bind(c, end);
    return 0;
}
