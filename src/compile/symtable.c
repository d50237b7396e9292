/* symtable.c: the scope pass. A first walk over the AST records, per scope,
 * how each name is used (assigned, read, declared global or nonlocal, a
 * parameter); a second pass resolves every name to local / global / free /
 * cell the way CPython's symtable.c does, passing the names bound in
 * enclosing functions down and the free names of inner scopes up. */
#include "symtable.h"

#include <string.h>

#include "../memory/mem.h"
#include "../objects/exc.h"
#include "compile_err.h"
#include "future.h"

// Nesting limit of the walk, CPython's for the compiler (recursion limit
// 1000 times its stack-frame scale of 3).
#define SYM_MAX_DEPTH 3000

typedef struct PoolStr {
    struct PoolStr *next;
    char text[];
} PoolStr;

struct SymTable {
    Vm *vm;
    Obj *filename;
    Scope *top;
    Scope *cur;
    PoolStr *strings; // every name the table owns
    int depth;
    bool future_annotations; // PEP 563: annotations are text, not references
};

// A growable set of names, compared by text (linear: scopes are small).
typedef struct NameSet {
    const char **items;
    size_t len, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name) {
    for (size_t i = 0; i < s->len; i++) {
        if (strcmp(s->items[i], name) == 0) {
            return true;
        }
    }
    return false;
}

static int set_add(Vm *vm, NameSet *s, const char *name) {
    if (set_has(s, name)) {
        return 0;
    }
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        const char **items = mem_realloc(s->items, cap * sizeof *items);
        if (items == NULL) {
            err_nomemory(vm);
            return -1;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = name;
    return 0;
}

static void set_remove(NameSet *s, const char *name) {
    for (size_t i = 0; i < s->len; i++) {
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->len];
            return;
        }
    }
}

static int set_copy(Vm *vm, NameSet *dst, const NameSet *src) {
    for (size_t i = 0; i < src->len; i++) {
        if (set_add(vm, dst, src->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

const char *sym_mangle(const char *private_name, const char *name, char *buf, size_t size) {
    size_t n = strlen(name);
    if (private_name == NULL || n < 3 || name[0] != '_' || name[1] != '_' ||
        (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (*private_name == '\0') {
        return name;
    }
    size_t p = strlen(private_name);
    if (p + n + 2 > size) {
        return name;
    }
    buf[0] = '_';
    memcpy(buf + 1, private_name, p);
    memcpy(buf + 1 + p, name, n + 1);
    return buf;
}

static const char *pool_dup(SymTable *st, const char *s) {
    size_t n = strlen(s);
    PoolStr *p = mem_alloc(sizeof(PoolStr) + n + 1);
    if (p == NULL) {
        err_nomemory(st->vm);
        return NULL;
    }
    memcpy(p->text, s, n + 1);
    p->next = st->strings;
    st->strings = p;
    return p->text;
}

static uint64_t name_hash(const char *name) {
    uint64_t h = 1469598103934665603u; // FNV-1a
    for (; *name != '\0'; name++) {
        h = (h ^ (unsigned char)*name) * 1099511628211u;
    }
    return h;
}

// The slot of `name` in the scope's index: its entry, or the empty slot
// where it would go. The table is never full (load factor <= 1/2).
static size_t index_slot(const Scope *s, const char *name) {
    size_t mask = s->index_cap - 1;
    size_t i = (size_t)name_hash(name) & mask;
    while (s->index[i] >= 0 && strcmp(s->syms[s->index[i]].name, name) != 0) {
        i = (i + 1) & mask;
    }
    return i;
}

static Symbol *find_sym(const Scope *s, const char *name) {
    if (s->index_cap == 0) {
        return NULL;
    }
    int32_t at = s->index[index_slot(s, name)];
    return at >= 0 ? &s->syms[at] : NULL;
}

// Rebuilds the index with room for twice the symbols.
static int grow_index(SymTable *st, Scope *s) {
    size_t cap = s->index_cap ? s->index_cap * 2 : 16;
    int32_t *index = mem_alloc(cap * sizeof *index);
    if (index == NULL) {
        err_nomemory(st->vm);
        return -1;
    }
    mem_free(s->index);
    s->index = index;
    s->index_cap = cap;
    for (size_t i = 0; i < cap; i++) {
        index[i] = -1;
    }
    for (size_t i = 0; i < s->nsyms; i++) {
        index[index_slot(s, s->syms[i].name)] = (int32_t)i;
    }
    return 0;
}

// The symbol for `name` (unmangled) in `s`, created when absent.
static Symbol *get_sym(SymTable *st, Scope *s, const char *name) {
    char buf[256];
    name = sym_mangle(s->private_name, name, buf, sizeof buf);
    Symbol *sym = find_sym(s, name);
    if (sym != NULL) {
        return sym;
    }
    if ((s->nsyms + 1) * 2 > s->index_cap && grow_index(st, s) < 0) {
        return NULL;
    }
    if (s->nsyms == s->capsyms) {
        size_t cap = s->capsyms ? s->capsyms * 2 : 8;
        Symbol *syms = mem_realloc(s->syms, cap * sizeof *syms);
        if (syms == NULL) {
            err_nomemory(st->vm);
            return NULL;
        }
        s->syms = syms;
        s->capsyms = cap;
    }
    const char *copy = pool_dup(st, name);
    if (copy == NULL) {
        return NULL;
    }
    s->index[index_slot(s, copy)] = (int32_t)s->nsyms;
    sym = &s->syms[s->nsyms++];
    sym->name = copy;
    sym->flags = 0;
    sym->kind = SYM_UNKNOWN;
    sym->decl = NULL;
    return sym;
}

static int add_def(SymTable *st, const char *name, int flags) {
    Symbol *sym = get_sym(st, st->cur, name);
    if (sym == NULL) {
        return -1;
    }
    sym->flags |= flags;
    return 0;
}

static bool is_function_like(const Scope *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION;
}

// Opens a new scope for `node` below the current one and makes it current.
static Scope *enter_scope(SymTable *st, ScopeKind kind, const char *name, const AstNode *node) {
    Scope *s = mem_calloc(1, sizeof(Scope));
    if (s == NULL) {
        err_nomemory(st->vm);
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = st->cur;
    if (st->cur != NULL) {
        Scope *p = st->cur;
        s->private_name = p->private_name;
        if (p->nchildren == p->capchildren) {
            size_t cap = p->capchildren ? p->capchildren * 2 : 4;
            Scope **ch = mem_realloc(p->children, cap * sizeof *ch);
            if (ch == NULL) {
                mem_free(s);
                err_nomemory(st->vm);
                return NULL;
            }
            p->children = ch;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
    }
    st->cur = s;
    return s;
}

static void free_scope(Scope *s) {
    for (size_t i = 0; i < s->nchildren; i++) {
        free_scope(s->children[i]);
    }
    mem_free(s->children);
    mem_free(s->syms);
    mem_free(s->index);
    mem_free(s->cellvars);
    mem_free(s->freevars);
    mem_free(s);
}

// ---------------------------------------------------------------------------
// First pass: collect definitions and uses.
// ---------------------------------------------------------------------------

static int visit_expr(SymTable *st, const AstNode *e);
static int visit_stmt(SymTable *st, const AstNode *s);

static int visit_exprs(SymTable *st, const AstSeq *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        if (seq->items[i] != NULL && visit_expr(st, seq->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_stmts(SymTable *st, const AstSeq *seq) {
    for (size_t i = 0; i < seq->len; i++) {
        if (visit_stmt(st, seq->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_opt(SymTable *st, const AstNode *e) {
    return e != NULL ? visit_expr(st, e) : 0;
}

// Adds one parameter, rejecting duplicates with CPython's message.
static int add_param(SymTable *st, const AstNode *arg) {
    char buf[256];
    const char *name = sym_mangle(st->cur->private_name, arg->name, buf, sizeof buf);
    Symbol *old = find_sym(st->cur, name);
    if (old != NULL && (old->flags & SYMF_PARAM)) {
        comp_error_at(st->vm, st->filename, arg, "duplicate argument '%s' in function definition",
                      arg->name);
        return -1;
    }
    if (add_def(st, arg->name, SYMF_PARAM) < 0) {
        return -1;
    }
    st->cur->nparams++;
    return 0;
}

// Parameters in varnames order: positional (posonly first), keyword-only,
// *args, **kwargs.
static int add_params(SymTable *st, const AstNode *args) {
    const AstSeq *seqs[3] = {&args->list, &args->list2, &args->list3};
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < seqs[k]->len; i++) {
            if (add_param(st, seqs[k]->items[i]) < 0) {
                return -1;
            }
        }
    }
    if (args->b != NULL && add_param(st, args->b) < 0) {
        return -1;
    }
    if (args->c != NULL && add_param(st, args->c) < 0) {
        return -1;
    }
    return 0;
}

// Defaults are evaluated in the enclosing scope.
static int visit_defaults(SymTable *st, const AstNode *args) {
    if (visit_exprs(st, &args->list5) < 0) {
        return -1;
    }
    return visit_exprs(st, &args->list4);
}

// The annotations of a def's parameters and its return annotation: they
// are evaluated where the def runs, so they belong to the enclosing scope
// (nothing to visit under PEP 563, where they are kept as text).
static int visit_annotations(SymTable *st, const AstNode *s) {
    if (st->future_annotations) {
        return 0;
    }
    const AstNode *args = s->a;
    const AstSeq *lists[] = {&args->list, &args->list2, &args->list3};
    for (size_t l = 0; l < 3; l++) {
        for (size_t i = 0; i < lists[l]->len; i++) {
            if (visit_opt(st, lists[l]->items[i]->a) < 0) {
                return -1;
            }
        }
    }
    if ((args->b != NULL && visit_opt(st, args->b->a) < 0) ||
        (args->c != NULL && visit_opt(st, args->c->a) < 0)) {
        return -1;
    }
    return visit_opt(st, s->b);
}

static int visit_function(SymTable *st, const AstNode *s) {
    if (add_def(st, s->name, SYMF_LOCAL) < 0 || visit_exprs(st, &s->list) < 0 ||
        visit_defaults(st, s->a) < 0 || visit_annotations(st, s) < 0) {
        return -1;
    }
    Scope *fs = enter_scope(st, SCOPE_FUNCTION, s->name, s);
    if (fs == NULL) {
        return -1;
    }
    fs->is_coroutine = s->flag;
    if (add_params(st, s->a) < 0 || visit_stmts(st, &s->body) < 0) {
        return -1;
    }
    st->cur = fs->parent;
    return 0;
}

static int visit_class(SymTable *st, const AstNode *s) {
    if (add_def(st, s->name, SYMF_LOCAL) < 0 || visit_exprs(st, &s->list) < 0 ||
        visit_exprs(st, &s->list2) < 0 || visit_exprs(st, &s->list3) < 0) {
        return -1;
    }
    Scope *cs = enter_scope(st, SCOPE_CLASS, s->name, s);
    if (cs == NULL) {
        return -1;
    }
    cs->private_name = s->name;
    if (visit_stmts(st, &s->body) < 0) {
        return -1;
    }
    st->cur = cs->parent;
    return 0;
}

// `global` / `nonlocal` statements, with CPython's checks and messages.
static int visit_declaration(SymTable *st, const AstNode *s) {
    bool is_global = s->kind == AST_GLOBAL;
    if (!is_global && st->cur->kind == SCOPE_MODULE) {
        comp_error_at(st->vm, st->filename, s, "nonlocal declaration not allowed at module level");
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        const char *name = s->list.items[i]->name;
        Symbol *sym = get_sym(st, st->cur, name);
        if (sym == NULL) {
            return -1;
        }
        const char *msg = NULL;
        if (sym->flags & SYMF_PARAM) {
            msg = is_global ? "name '%s' is parameter and global"
                            : "name '%s' is parameter and nonlocal";
        } else if (sym->flags & (is_global ? SYMF_NONLOCAL : SYMF_GLOBAL)) {
            msg = "name '%s' is nonlocal and global";
        } else if (sym->flags & SYMF_USE) {
            // CPython's order: a use wins over an assignment.
            msg = is_global ? "name '%s' is used prior to global declaration"
                            : "name '%s' is used prior to nonlocal declaration";
        } else if (sym->flags & SYMF_ANNOT) {
            msg = is_global ? "annotated name '%s' can't be global"
                            : "annotated name '%s' can't be nonlocal";
        } else if (sym->flags & SYMF_LOCAL) {
            msg = is_global ? "name '%s' is assigned to before global declaration"
                            : "name '%s' is assigned to before nonlocal declaration";
        }
        if (msg != NULL) {
            // CPython reports a global/nonlocal conflict at the first of
            // the two declarations.
            const AstNode *at =
                (sym->flags & (SYMF_GLOBAL | SYMF_NONLOCAL)) && sym->decl != NULL ? sym->decl : s;
            comp_error_at(st->vm, st->filename, at, msg, name);
            return -1;
        }
        sym->flags |= is_global ? SYMF_GLOBAL : SYMF_NONLOCAL;
        if (sym->decl == NULL) {
            sym->decl = s;
        }
    }
    return 0;
}

static int visit_import(SymTable *st, const AstNode *s) {
    for (size_t i = 0; i < s->list.len; i++) {
        const AstNode *alias = s->list.items[i];
        if (alias->str != NULL) {
            if (add_def(st, alias->str, SYMF_LOCAL) < 0) {
                return -1;
            }
            continue;
        }
        if (strcmp(alias->name, "*") == 0) {
            if (st->cur->kind != SCOPE_MODULE) {
                comp_error_at(st->vm, st->filename, alias, "import * only allowed at module level");
                return -1;
            }
            continue;
        }
        // `import a.b.c` binds `a`.
        const char *dot = strchr(alias->name, '.');
        if (dot == NULL || s->kind == AST_IMPORTFROM) {
            if (add_def(st, alias->name, SYMF_LOCAL) < 0) {
                return -1;
            }
        } else {
            char buf[256];
            size_t n = (size_t)(dot - alias->name);
            if (n >= sizeof buf) {
                n = sizeof buf - 1;
            }
            memcpy(buf, alias->name, n);
            buf[n] = '\0';
            if (add_def(st, buf, SYMF_LOCAL) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int visit_try(SymTable *st, const AstNode *s) {
    if (visit_stmts(st, &s->body) < 0) {
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        const AstNode *h = s->list.items[i];
        if (visit_opt(st, h->a) < 0 || (h->name != NULL && add_def(st, h->name, SYMF_LOCAL) < 0) ||
            visit_stmts(st, &h->body) < 0) {
            return -1;
        }
    }
    if (visit_stmts(st, &s->orelse) < 0) {
        return -1;
    }
    return visit_stmts(st, &s->list2);
}

// Names bound by a match pattern.
static int visit_pattern(SymTable *st, const AstNode *p) {
    if (p == NULL) {
        return 0;
    }
    switch (p->kind) {
        case AST_MATCH_VALUE:
            return visit_expr(st, p->a);
        case AST_MATCH_SINGLETON:
            return 0;
        case AST_MATCH_STAR:
        case AST_MATCH_AS:
            if (p->name != NULL && add_def(st, p->name, SYMF_LOCAL) < 0) {
                return -1;
            }
            return visit_pattern(st, p->a);
        case AST_MATCH_MAPPING:
            if (visit_exprs(st, &p->list) < 0) {
                return -1;
            }
            if (p->name != NULL && add_def(st, p->name, SYMF_LOCAL) < 0) {
                return -1;
            }
            for (size_t i = 0; i < p->list2.len; i++) {
                if (visit_pattern(st, p->list2.items[i]) < 0) {
                    return -1;
                }
            }
            return 0;
        case AST_MATCH_CLASS:
            if (visit_expr(st, p->a) < 0) {
                return -1;
            }
            for (size_t i = 0; i < p->list2.len; i++) {
                if (visit_pattern(st, p->list2.items[i]) < 0) {
                    return -1;
                }
            }
            __attribute__((fallthrough)); // positional patterns are in `list`
        default:
            for (size_t i = 0; i < p->list.len; i++) {
                if (visit_pattern(st, p->list.items[i]) < 0) {
                    return -1;
                }
            }
            return 0;
    }
}

static int visit_stmt_inner(SymTable *st, const AstNode *s) {
    switch (s->kind) {
        case AST_FUNCDEF:
            return visit_function(st, s);
        case AST_CLASSDEF:
            return visit_class(st, s);
        case AST_GLOBAL:
        case AST_NONLOCAL:
            return visit_declaration(st, s);
        case AST_IMPORT:
        case AST_IMPORTFROM:
            return visit_import(st, s);
        case AST_TRY:
            return visit_try(st, s);
        case AST_ANNASSIGN:
            // Annotations are evaluated at module and class level only, and
            // not at all under PEP 563.
            if ((st->cur->kind == SCOPE_MODULE || st->cur->kind == SCOPE_CLASS) &&
                !st->future_annotations && visit_expr(st, s->b) < 0) {
                return -1;
            }
            if (s->flag && s->a->kind == AST_NAME) {
                Symbol *sym = get_sym(st, st->cur, s->a->name);
                if (sym == NULL) {
                    return -1;
                }
                if ((sym->flags & (SYMF_GLOBAL | SYMF_NONLOCAL)) && st->cur->kind != SCOPE_MODULE) {
                    comp_error_at(st->vm, st->filename, s, "annotated name '%s' can't be %s",
                                  s->a->name, (sym->flags & SYMF_GLOBAL) ? "global" : "nonlocal");
                    return -1;
                }
                sym->flags |= SYMF_LOCAL | SYMF_ANNOT;
            } else if (visit_expr(st, s->a) < 0) {
                return -1;
            }
            return visit_opt(st, s->c);
        case AST_MATCH:
            if (visit_expr(st, s->a) < 0) {
                return -1;
            }
            for (size_t i = 0; i < s->list.len; i++) {
                const AstNode *c = s->list.items[i];
                if (visit_pattern(st, c->a) < 0 || visit_opt(st, c->b) < 0 ||
                    visit_stmts(st, &c->body) < 0) {
                    return -1;
                }
            }
            return 0;
        case AST_WITH:
            for (size_t i = 0; i < s->list.len; i++) {
                const AstNode *item = s->list.items[i];
                if (visit_expr(st, item->a) < 0 || visit_opt(st, item->b) < 0) {
                    return -1;
                }
            }
            return visit_stmts(st, &s->body);
        default:
            // Every other statement: its expression fields, then its bodies.
            if (visit_opt(st, s->a) < 0 || visit_opt(st, s->b) < 0 || visit_opt(st, s->c) < 0 ||
                visit_exprs(st, &s->list) < 0 || visit_stmts(st, &s->body) < 0 ||
                visit_stmts(st, &s->orelse) < 0) {
                return -1;
            }
            return 0;
    }
}

static int enter_depth(SymTable *st) {
    if (++st->depth > SYM_MAX_DEPTH) {
        err_raise(st->vm, &exc_RecursionError,
                  "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

static int visit_stmt(SymTable *st, const AstNode *s) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int rc = visit_stmt_inner(st, s);
    st->depth--;
    return rc;
}

static const char *comp_scope_name(AstKind kind) {
    switch (kind) {
        case AST_LISTCOMP:
            return "<listcomp>";
        case AST_SETCOMP:
            return "<setcomp>";
        case AST_DICTCOMP:
            return "<dictcomp>";
        default:
            return "<genexp>";
    }
}

static const char *comp_kind_text(AstKind kind) {
    switch (kind) {
        case AST_LISTCOMP:
            return "list comprehension";
        case AST_SETCOMP:
            return "set comprehension";
        case AST_DICTCOMP:
            return "dict comprehension";
        default:
            return "generator expression";
    }
}

// A comprehension: the first iterable belongs to the enclosing scope, the
// rest to a new function scope whose parameter ".0" is that iterator.
static int visit_comprehension(SymTable *st, const AstNode *e) {
    const AstNode *first = e->list.items[0];
    if (visit_expr(st, first->b) < 0) {
        return -1;
    }
    Scope *cs = enter_scope(st, SCOPE_COMPREHENSION, comp_scope_name(e->kind), e);
    if (cs == NULL) {
        return -1;
    }
    cs->is_generator = e->kind == AST_GENEXP;
    if (add_def(st, ".0", SYMF_PARAM) < 0) {
        return -1;
    }
    cs->nparams = 1;
    for (size_t i = 0; i < e->list.len; i++) {
        const AstNode *gen = e->list.items[i];
        cs->has_comp_loop_target = true;
        if (visit_expr(st, gen->a) < 0) {
            return -1;
        }
        cs->has_comp_loop_target = false;
        if ((i > 0 && visit_expr(st, gen->b) < 0) || visit_exprs(st, &gen->list) < 0) {
            return -1;
        }
    }
    if (visit_opt(st, e->a) < 0 || visit_opt(st, e->b) < 0) {
        return -1;
    }
    for (size_t i = 0; i < e->list.len; i++) {
        cs->is_coroutine |= e->list.items[i]->flag; // `async for`
    }
    if (cs->is_coroutine && cs->parent->kind == SCOPE_COMPREHENSION) {
        cs->parent->is_coroutine = true; // it awaits this one
    }
    st->cur = cs->parent;
    return 0;
}

// `target := value` inside a comprehension binds in the nearest enclosing
// function (or the module), as PEP 572 specifies.
static int visit_namedexpr_target(SymTable *st, const AstNode *e) {
    const char *name = e->a->name;
    Scope *s = st->cur;
    if (s->kind != SCOPE_COMPREHENSION) {
        return add_def(st, name, SYMF_LOCAL);
    }
    for (Scope *c = s; c != NULL && c->kind == SCOPE_COMPREHENSION; c = c->parent) {
        Symbol *sym = find_sym(c, name);
        if (sym != NULL && (sym->flags & SYMF_COMP_ITER)) {
            comp_error_at(
                st->vm, st->filename, e->a,
                "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return -1;
        }
    }
    Scope *target = s;
    while (target->kind == SCOPE_COMPREHENSION) {
        target = target->parent;
    }
    if (target->kind == SCOPE_CLASS) {
        comp_error_at(
            st->vm, st->filename, e->a,
            "assignment expression within a comprehension cannot be used in a class body");
        return -1;
    }
    Symbol *outer = get_sym(st, target, name);
    if (outer == NULL) {
        return -1;
    }
    outer->flags |= SYMF_LOCAL;
    // Every comprehension on the way sees the name as declared in the
    // enclosing function (or global at module level).
    for (Scope *c = s; c != target; c = c->parent) {
        Symbol *sym = get_sym(st, c, name);
        if (sym == NULL) {
            return -1;
        }
        sym->flags |= target->kind == SCOPE_MODULE ? SYMF_GLOBAL : SYMF_NONLOCAL;
        sym->decl = e;
    }
    return 0;
}

static int visit_expr_inner(SymTable *st, const AstNode *e) {
    Scope *cur = st->cur;
    switch (e->kind) {
        case AST_NAME: {
            int flags = e->ctx == CTX_LOAD ? SYMF_USE : SYMF_LOCAL;
            if (cur->has_comp_loop_target && e->ctx == CTX_STORE) {
                flags |= SYMF_COMP_ITER;
            }
            if (add_def(st, e->name, flags) < 0) {
                return -1;
            }
            // super() needs the implicit __class__ cell of the enclosing class.
            if (e->ctx == CTX_LOAD && is_function_like(cur) && strcmp(e->name, "super") == 0) {
                return add_def(st, "__class__", SYMF_USE);
            }
            return 0;
        }
        case AST_NAMEDEXPR:
            if (visit_expr(st, e->b) < 0) {
                return -1;
            }
            return visit_namedexpr_target(st, e);
        case AST_LAMBDA: {
            if (visit_defaults(st, e->a) < 0) {
                return -1;
            }
            Scope *ls = enter_scope(st, SCOPE_LAMBDA, "<lambda>", e);
            if (ls == NULL || add_params(st, e->a) < 0 || visit_expr(st, e->b) < 0) {
                return -1;
            }
            st->cur = ls->parent;
            return 0;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_DICTCOMP:
        case AST_GENEXP:
            return visit_comprehension(st, e);
        case AST_YIELD:
        case AST_YIELDFROM:
            if (cur->kind == SCOPE_MODULE || cur->kind == SCOPE_CLASS) {
                comp_error_at(st->vm, st->filename, e, "'yield' outside function");
                return -1;
            }
            if (cur->kind == SCOPE_COMPREHENSION) {
                comp_error_at(st->vm, st->filename, e, "'yield' inside %s",
                              comp_kind_text(cur->node->kind));
                return -1;
            }
            cur->is_generator = true;
            return visit_opt(st, e->a);
        case AST_AWAIT:
            if (cur->kind == SCOPE_MODULE || cur->kind == SCOPE_CLASS) {
                comp_error_at(st->vm, st->filename, e, "'await' outside function");
                return -1;
            }
            if (cur->kind == SCOPE_COMPREHENSION) {
                cur->is_coroutine = true; // an asynchronous comprehension
            }
            return visit_expr(st, e->a);
        default:
            if (visit_opt(st, e->a) < 0 || visit_opt(st, e->b) < 0 || visit_opt(st, e->c) < 0 ||
                visit_exprs(st, &e->list) < 0 || visit_exprs(st, &e->list2) < 0) {
                return -1;
            }
            return 0;
    }
}

static int visit_expr(SymTable *st, const AstNode *e) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int rc = visit_expr_inner(st, e);
    st->depth--;
    return rc;
}

// ---------------------------------------------------------------------------
// Second pass: resolve each name. `bound` holds the names bound in the
// enclosing function scopes (visible as free variables); the free names of
// `s` (what it needs from outside) are added to `free_out`.
// ---------------------------------------------------------------------------

static int list_push(Vm *vm, const char ***arr, size_t *n, const char *name) {
    const char **items = mem_realloc(*arr, (*n + 1) * sizeof **arr);
    if (items == NULL) {
        err_nomemory(vm);
        return -1;
    }
    items[(*n)++] = name;
    *arr = items;
    return 0;
}

static int resolve_names(SymTable *st, Scope *s, const NameSet *bound, NameSet *free) {
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYMF_GLOBAL) {
            sym->kind = SYM_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYMF_NONLOCAL) {
            if (!set_has(bound, sym->name)) {
                comp_error_at(st->vm, st->filename, sym->decl, "no binding for nonlocal '%s' found",
                              sym->name);
                return -1;
            }
            sym->kind = SYM_FREE;
            if (set_add(st->vm, free, sym->name) < 0) {
                return -1;
            }
        } else if (sym->flags & (SYMF_LOCAL | SYMF_PARAM)) {
            sym->kind = SYM_LOCAL;
        } else if (s->kind != SCOPE_MODULE && set_has(bound, sym->name)) {
            sym->kind = SYM_FREE;
            if (set_add(st->vm, free, sym->name) < 0) {
                return -1;
            }
        } else {
            sym->kind = SYM_GLOBAL_IMPLICIT;
        }
    }
    return 0;
}

// Names free in the children of `s` become cells of `s` (when it binds them
// as a function), pass through as free variables, or (for a class) are
// both class names and free variables.
static int absorb_child_free(SymTable *st, Scope *s, const NameSet *child_free, NameSet *free) {
    for (size_t i = 0; i < child_free->len; i++) {
        const char *name = child_free->items[i];
        if (s->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            s->needs_class_cell = true;
            continue;
        }
        Symbol *sym = find_sym(s, name);
        if (sym != NULL && is_function_like(s) && sym->kind == SYM_LOCAL) {
            sym->kind = SYM_CELL;
            continue;
        }
        if (sym != NULL && sym->kind == SYM_GLOBAL_EXPLICIT) {
            continue;
        }
        if (sym == NULL) {
            // Pure pass-through: `s` never mentions the name itself.
            Symbol *created = get_sym(st, s, name);
            if (created == NULL) {
                return -1;
            }
            created->kind = SYM_FREE;
        } else if (s->kind == SCOPE_CLASS) {
            sym->flags |= SYMF_FREE_CLASS;
        } else {
            sym->kind = SYM_FREE;
        }
        if (set_add(st->vm, free, name) < 0) {
            return -1;
        }
    }
    return 0;
}

static int collect_cells(SymTable *st, Scope *s, const NameSet *free) {
    if (s->needs_class_cell && list_push(st->vm, &s->cellvars, &s->ncellvars, "__class__") < 0) {
        return -1;
    }
    for (size_t i = 0; i < s->nsyms; i++) {
        if (s->syms[i].kind == SYM_CELL &&
            list_push(st->vm, &s->cellvars, &s->ncellvars, s->syms[i].name) < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < free->len; i++) {
        Symbol *sym = find_sym(s, free->items[i]);
        if (list_push(st->vm, &s->freevars, &s->nfreevars,
                      sym != NULL ? sym->name : free->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int analyze(SymTable *st, Scope *s, const NameSet *bound, NameSet *free_out) {
    NameSet free = {0}, newbound = {0}, child_free = {0};
    int rc = -1;
    if (enter_depth(st) < 0) {
        return -1;
    }
    if (resolve_names(st, s, bound, &free) < 0) {
        goto done;
    }
    // What the children can see as free variables.
    if (s->kind != SCOPE_MODULE && set_copy(st->vm, &newbound, bound) < 0) {
        goto done;
    }
    for (size_t i = 0; i < s->nsyms; i++) {
        const Symbol *sym = &s->syms[i];
        if (sym->kind == SYM_GLOBAL_EXPLICIT) {
            set_remove(&newbound, sym->name);
        } else if (sym->kind == SYM_LOCAL && is_function_like(s)) {
            if (set_add(st->vm, &newbound, sym->name) < 0) {
                goto done;
            }
        }
    }
    if (s->kind == SCOPE_CLASS && set_add(st->vm, &newbound, "__class__") < 0) {
        goto done;
    }
    for (size_t i = 0; i < s->nchildren; i++) {
        if (analyze(st, s->children[i], &newbound, &child_free) < 0) {
            goto done;
        }
    }
    if (absorb_child_free(st, s, &child_free, &free) < 0 || collect_cells(st, s, &free) < 0 ||
        set_copy(st->vm, free_out, &free) < 0) {
        goto done;
    }
    rc = 0;
done:
    st->depth--;
    mem_free(free.items);
    mem_free(newbound.items);
    mem_free(child_free.items);
    return rc;
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

SymTable *sym_build(Vm *vm, AstNode *tree, Obj *filename) {
    SymTable *st = mem_calloc(1, sizeof(SymTable));
    NameSet none = {0}, free = {0};
    if (st == NULL) {
        err_nomemory(vm);
        return NULL;
    }
    st->vm = vm;
    st->filename = filename;
    st->future_annotations = comp_future_annotations(tree);
    st->top = enter_scope(st, SCOPE_MODULE, "top", NULL);
    if (st->top == NULL) {
        goto fail;
    }
    if (tree->kind == AST_EXPRESSION) {
        if (visit_expr(st, tree->a) < 0) {
            goto fail;
        }
    } else if (visit_stmts(st, &tree->body) < 0) {
        goto fail;
    }
    st->depth = 0;
    if (analyze(st, st->top, &none, &free) < 0) {
        goto fail;
    }
    mem_free(free.items);
    return st;
fail:
    mem_free(free.items);
    sym_free(st);
    return NULL;
}

void sym_free(SymTable *st) {
    if (st == NULL) {
        return;
    }
    if (st->top != NULL) {
        free_scope(st->top);
    }
    while (st->strings != NULL) {
        PoolStr *next = st->strings->next;
        mem_free(st->strings);
        st->strings = next;
    }
    mem_free(st);
}

Scope *sym_top(SymTable *st) {
    return st->top;
}

Scope *sym_child(Scope *parent, const AstNode *node) {
    for (size_t i = 0; i < parent->nchildren; i++) {
        if (parent->children[i]->node == node) {
            return parent->children[i];
        }
    }
    return NULL;
}

SymKind sym_lookup(const Scope *scope, const char *name) {
    const Symbol *sym = find_sym(scope, name);
    return sym != NULL ? sym->kind : SYM_UNKNOWN;
}

int sym_cell_index(const Scope *scope, const char *name) {
    for (size_t i = 0; i < scope->ncellvars; i++) {
        if (strcmp(scope->cellvars[i], name) == 0) {
            return (int)i;
        }
    }
    for (size_t i = 0; i < scope->nfreevars; i++) {
        if (strcmp(scope->freevars[i], name) == 0) {
            return (int)(scope->ncellvars + i);
        }
    }
    return -1;
}
