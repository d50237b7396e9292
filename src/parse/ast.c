/* ast.c: the AST arena, node constructors, assignment-target checks with
 * CPython 3.11's messages, and a compact dump for tests. Everything a parse
 * builds lives in one arena and is freed in one go after compilation. */
#include "ast.h"

#include <stdio.h>
#include <string.h>

#include "memory/mem.h"

#define ARENA_CHUNK   16384
#define AST_MAX_DEPTH 200 // dump and target checks never recurse deeper

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} Chunk;

struct AstArena {
    Chunk *head;
};

AstArena *ast_arena_new(void) {
    return mem_calloc(1, sizeof(AstArena));
}

void ast_arena_free(AstArena *arena) {
    if (arena == NULL) {
        return;
    }
    for (Chunk *c = arena->head, *next; c; c = next) {
        next = c->next;
        mem_free(c);
    }
    mem_free(arena);
}

// Bump allocation, 16-byte aligned; big requests get a chunk of their own.
// Nothing is freed before the whole arena goes: the parser never needs to
// drop a node (lemon's destructors are empty for this reason), and one
// free per chunk keeps a failed or finished parse cheap to clean up.
static void *arena_alloc(AstArena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    Chunk *c = arena->head;
    if (c == NULL || c->size - c->used < size) {
        size_t want = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        size_t total;
        if (!mem_add_ok(sizeof(Chunk), want, &total)) {
            return NULL;
        }
        c = mem_alloc(total);
        if (c == NULL) {
            return NULL;
        }
        c->size = want;
        c->used = 0;
        c->next = arena->head;
        arena->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    return p;
}

AstNode *ast_new(AstArena *arena, AstKind kind, int line, int col) {
    AstNode *n = arena_alloc(arena, sizeof(AstNode));
    if (n == NULL) {
        return NULL;
    }
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->line = n->end_line = line;
    n->col = n->end_col = col;
    return n;
}

int ast_seq_push(AstArena *arena, AstSeq *seq, AstNode *node) {
    if (seq->len == seq->cap) {
        size_t cap = seq->cap ? seq->cap * 2 : 4;
        AstNode **items = arena_alloc(arena, cap * sizeof(AstNode *));
        if (items == NULL) {
            return -1;
        }
        if (seq->len) {
            memcpy(items, seq->items, seq->len * sizeof(AstNode *));
        }
        seq->items = items;
        seq->cap = cap;
    }
    seq->items[seq->len++] = node;
    return 0;
}

// `s` may be NULL: then the copy is `len` zero bytes (raw arena space).
char *ast_strdup(AstArena *arena, const char *s, size_t len) {
    char *d = arena_alloc(arena, len + 1);
    if (d == NULL) {
        return NULL;
    }
    if (s) {
        memcpy(d, s, len);
    } else {
        memset(d, 0, len);
    }
    d[len] = '\0';
    return d;
}

const char *ast_expr_description(const AstNode *n) {
    switch (n->kind) {
        case AST_CALL:
            return "function call";
        case AST_BINOP:
        case AST_UNARYOP:
        case AST_BOOLOP:
            return "expression";
        case AST_COMPARE:
            return "comparison";
        case AST_LAMBDA:
            return "lambda";
        case AST_IFEXP:
            return "conditional expression";
        case AST_DICT:
            return "dict literal";
        case AST_SET:
            return "set display";
        case AST_LISTCOMP:
            return "list comprehension";
        case AST_SETCOMP:
            return "set comprehension";
        case AST_DICTCOMP:
            return "dict comprehension";
        case AST_GENEXP:
            return "generator expression";
        case AST_AWAIT:
            return "await expression";
        case AST_YIELD:
        case AST_YIELDFROM:
            return "yield expression";
        case AST_JOINEDSTR:
        case AST_FORMATTEDVALUE:
            return "f-string expression";
        case AST_NAMEDEXPR:
            return "named expression";
        case AST_TUPLE:
            return "tuple";
        case AST_LIST:
            return "list";
        case AST_ATTRIBUTE:
            return "attribute";
        case AST_SUBSCRIPT:
            return "subscript";
        case AST_STARRED:
            return "starred";
        case AST_NAME:
            return "name";
        case AST_CONSTANT:
            switch (n->op) {
                case CONST_NONE:
                    return "None";
                case CONST_TRUE:
                    return "True";
                case CONST_FALSE:
                    return "False";
                case CONST_ELLIPSIS:
                    return "ellipsis";
                default:
                    return "literal";
            }
        default:
            return "expression";
    }
}

// Targets are parsed as expressions (the grammar cannot know yet that
// `a, b` will be assigned to), so this walk decides afterwards what may be
// stored or deleted. Only tuples, lists and starred items nest, and the
// bracket limit bounds them; `depth` makes the bound explicit anyway.
// The message lives in a static buffer: it is copied into the ParseError
// before the next call.
static const char *set_context(AstNode *n, AstCtx ctx, AstNode **bad, int depth) {
    static char msg[120];
    if (depth > AST_MAX_DEPTH) {
        *bad = n;
        return "too many nested parentheses";
    }
    switch (n->kind) {
        case AST_NAME:
            if (strcmp(n->name, "__debug__") == 0) {
                *bad = n;
                return ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__";
            }
            n->ctx = ctx;
            return NULL;
        case AST_ATTRIBUTE:
        case AST_SUBSCRIPT:
            n->ctx = ctx;
            return NULL;
        case AST_STARRED:
            if (ctx == CTX_DEL) {
                *bad = n;
                return "cannot delete starred";
            }
            n->ctx = ctx;
            return set_context(n->a, ctx, bad, depth + 1);
        case AST_TUPLE:
        case AST_LIST:
            n->ctx = ctx;
            for (size_t i = 0, stars = 0; i < n->list.len; i++) {
                if (n->list.items[i]->kind == AST_STARRED && ctx == CTX_STORE && ++stars > 1) {
                    *bad = n;
                    return "multiple starred expressions in assignment";
                }
                const char *m = set_context(n->list.items[i], ctx, bad, depth + 1);
                if (m) {
                    return m;
                }
            }
            return NULL;
        default:
            *bad = n;
            snprintf(msg, sizeof msg, "cannot %s %s", ctx == CTX_DEL ? "delete" : "assign to",
                     ast_expr_description(n));
            return msg;
    }
}

const char *ast_set_context(AstNode *node, AstCtx ctx, AstNode **bad) {
    *bad = NULL;
    return set_context(node, ctx, bad, 0);
}

static const char *const kind_names[AST_KIND_COUNT] = {
    "Module",
    "Interactive",
    "Expression",
    "FunctionDef",
    "ClassDef",
    "Return",
    "Delete",
    "Assign",
    "AugAssign",
    "AnnAssign",
    "For",
    "While",
    "If",
    "With",
    "Match",
    "Raise",
    "Try",
    "Assert",
    "Import",
    "ImportFrom",
    "Global",
    "Nonlocal",
    "Expr",
    "Pass",
    "Break",
    "Continue",
    "BoolOp",
    "NamedExpr",
    "BinOp",
    "UnaryOp",
    "Lambda",
    "IfExp",
    "Dict",
    "Set",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Await",
    "Yield",
    "YieldFrom",
    "Compare",
    "Call",
    "FormattedValue",
    "JoinedStr",
    "Constant",
    "Attribute",
    "Subscript",
    "Starred",
    "Name",
    "List",
    "Tuple",
    "Slice",
    "comprehension",
    "ExceptHandler",
    "arguments",
    "arg",
    "keyword",
    "alias",
    "withitem",
    "match_case",
    "MatchValue",
    "MatchSingleton",
    "MatchSequence",
    "MatchMapping",
    "MatchClass",
    "MatchStar",
    "MatchAs",
    "MatchOr",
};

const char *ast_kind_name(AstKind kind) {
    if ((int)kind < 0 || kind >= AST_KIND_COUNT) {
        return "?";
    }
    return kind_names[kind];
}

// ---------------------------------------------------------------- dump

typedef struct Out {
    char *buf;
    size_t len, cap;
    bool failed;
} Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->failed) {
        return;
    }
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->len + n + 1) {
            cap *= 2;
        }
        char *b = mem_realloc(o->buf, cap);
        if (b == NULL) {
            o->failed = true;
            return;
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void puts_(Out *o, const char *s) {
    put(o, s, strlen(s));
}

// Bytes (`is_bytes`) show their non-ASCII bytes as \xNN; strings keep UTF-8.
static void put_quoted(Out *o, const char *s, size_t n, bool is_bytes) {
    puts_(o, "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char e[8];
        if (c == '\\' || c == '\'') {
            e[0] = '\\', e[1] = (char)c, e[2] = 0;
        } else if (c == '\n') {
            strcpy(e, "\\n");
        } else if (c == '\t') {
            strcpy(e, "\\t");
        } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
            snprintf(e, sizeof e, "\\x%02x", c);
        } else {
            e[0] = (char)c, e[1] = 0;
        }
        puts_(o, e);
    }
    puts_(o, "'");
}

static const char *const binop_names[] = {"Add",   "Sub",    "Mult",   "Div",    "FloorDiv",
                                          "Mod",   "Pow",    "LShift", "RShift", "BitAnd",
                                          "BitOr", "BitXor", "MatMult"};
static const char *const unary_names[] = {"Not", "USub", "UAdd", "Invert"};
static const char *const cmp_names[] = {"Lt",  "LtE", "Eq",    "NotEq", "Gt",
                                        "GtE", "Is",  "IsNot", "In",    "NotIn"};

static void dump(Out *o, const AstNode *n, int depth);

static void sep(Out *o, bool *first) {
    if (!*first) {
        puts_(o, ", ");
    }
    *first = false;
}

static void dump_seq(Out *o, const AstSeq *s, int depth, bool *first) {
    if (s->len == 0) {
        return;
    }
    sep(o, first);
    puts_(o, "[");
    for (size_t i = 0; i < s->len; i++) {
        if (i) {
            puts_(o, ", ");
        }
        dump(o, s->items[i], depth + 1);
    }
    puts_(o, "]");
}

static void dump_constant(Out *o, const AstNode *n) {
    static const char *const fixed[] = {"None", "True", "False", "Ellipsis"};
    puts_(o, "Constant(");
    if (n->op <= CONST_ELLIPSIS) {
        puts_(o, fixed[n->op]);
    } else if (n->op == CONST_STR) {
        put_quoted(o, n->str, n->str_len, false);
    } else if (n->op == CONST_BYTES) {
        puts_(o, "b");
        put_quoted(o, n->str, n->str_len, true);
    } else {
        put(o, n->str, n->str_len);
        if (n->op == CONST_IMAG) {
            puts_(o, "j");
        }
    }
    puts_(o, ")");
}

// The operator or flag of `n`, printed after its name.
static void dump_op(Out *o, const AstNode *n, bool *first) {
    char tmp[40];
    const char *s = NULL;
    switch (n->kind) {
        case AST_BINOP:
        case AST_AUGASSIGN:
            s = binop_names[n->op % 13];
            break;
        case AST_UNARYOP:
            s = unary_names[n->op & 3];
            break;
        case AST_BOOLOP:
            s = n->op == BOOL_AND ? "And" : "Or";
            break;
        case AST_IMPORTFROM:
            snprintf(tmp, sizeof tmp, "level=%d", n->op);
            s = tmp;
            break;
        case AST_FORMATTEDVALUE:
            if (n->op > 0) {
                snprintf(tmp, sizeof tmp, "!%c", n->op);
                s = tmp;
            }
            break;
        case AST_NAME:
        case AST_ATTRIBUTE:
        case AST_SUBSCRIPT:
        case AST_STARRED:
        case AST_LIST:
        case AST_TUPLE:
            s = n->ctx == CTX_STORE ? "Store" : n->ctx == CTX_DEL ? "Del" : NULL;
            break;
        case AST_FUNCDEF:
        case AST_FOR:
        case AST_WITH:
        case AST_COMPREHENSION:
            s = n->flag ? "async" : NULL;
            break;
        case AST_MATCH_SINGLETON:
            s = n->op == CONST_NONE ? "None" : n->op == CONST_TRUE ? "True" : "False";
            break;
        case AST_COMPARE:
            for (size_t i = 0; i < n->list.len; i++) {
                sep(o, first);
                puts_(o, cmp_names[n->ops[i] % 10]);
            }
            break;
        default:
            break;
    }
    if (s) {
        sep(o, first);
        puts_(o, s);
    }
}

static void dump(Out *o, const AstNode *n, int depth) {
    if (n == NULL) {
        puts_(o, "None");
        return;
    }
    if (depth > AST_MAX_DEPTH) {
        puts_(o, "...");
        return;
    }
    if (n->kind == AST_CONSTANT) {
        dump_constant(o, n);
        return;
    }
    puts_(o, ast_kind_name(n->kind));
    puts_(o, "(");
    bool first = true;
    if (n->name) {
        sep(o, &first);
        put_quoted(o, n->name, strlen(n->name), false);
    }
    if (n->kind == AST_ALIAS && n->str) {
        sep(o, &first);
        puts_(o, "as=");
        put_quoted(o, n->str, strlen(n->str), false);
    }
    dump_op(o, n, &first);
    const AstNode *kids[3] = {n->a, n->b, n->c};
    for (int i = 0; i < 3; i++) {
        if (kids[i]) {
            sep(o, &first);
            dump(o, kids[i], depth + 1);
        }
    }
    const AstSeq *seqs[] = {&n->list,  &n->list2, &n->list3, &n->list4,
                            &n->list5, &n->body,  &n->orelse};
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        dump_seq(o, seqs[i], depth, &first);
    }
    puts_(o, ")");
}

char *ast_dump(const AstNode *node) {
    Out o = {0};
    put(&o, "", 0);
    dump(&o, node, 0);
    if (o.failed) {
        mem_free(o.buf);
        return NULL;
    }
    return o.buf;
}
