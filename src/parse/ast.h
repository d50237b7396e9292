/* ast.h: the abstract syntax tree the parser builds and the compiler reads.
 * One generic node shape with per-kind field meanings (listed below), all
 * allocated in an arena that is freed in one go after compilation. The AST
 * knows nothing of objects: literals are kept as text or decoded bytes. */
#ifndef OURO_AST_H
#define OURO_AST_H

#include "../common.h"

typedef struct AstNode AstNode;

// A growable array of child nodes (arena-allocated).
typedef struct AstSeq {
    AstNode **items;
    size_t len;
    size_t cap;
} AstSeq;

typedef enum AstKind {
    // Modules. MODULE: body=stmts. INTERACTIVE: body=stmts (REPL line).
    // EXPRESSION: a=expr (eval mode).
    AST_MODULE,
    AST_INTERACTIVE,
    AST_EXPRESSION,

    // Statements.
    AST_FUNCDEF,   // name, a=ARGUMENTS, body, list=decorators, b=returns?, flag=is_async
    AST_CLASSDEF,  // name, list=bases, list2=keywords (KEYWORD), body, list3=decorators
    AST_RETURN,    // a=value?
    AST_DELETE,    // list=targets (CTX_DEL)
    AST_ASSIGN,    // list=targets (CTX_STORE, one per `=`), a=value
    AST_AUGASSIGN, // a=target (CTX_STORE), op=BinOp, b=value
    AST_ANNASSIGN, // a=target, b=annotation, c=value?, flag=simple (a plain name)
    AST_FOR,       // a=target (CTX_STORE), b=iter, body, orelse, flag=is_async
    AST_WHILE,     // a=test, body, orelse
    AST_IF,        // a=test, body, orelse (an `elif` is a nested IF in orelse)
    AST_WITH,      // list=items (WITHITEM), body, flag=is_async
    AST_MATCH,     // a=subject, list=cases (MATCH_CASE)
    AST_RAISE,     // a=exc?, b=cause?
    AST_TRY,       // body, list=handlers (EXCEPTHANDLER), orelse, list2=finalbody
    AST_ASSERT,    // a=test, b=msg?
    AST_IMPORT,    // list=names (ALIAS)
    AST_IMPORTFROM,// name=module? (NULL for `from . import x`), list=names (ALIAS), op=level
    AST_GLOBAL,    // list=names (NAME nodes, ctx ignored)
    AST_NONLOCAL,  // list=names (NAME nodes)
    AST_EXPR,      // a=value (expression statement)
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE,

    // Expressions.
    AST_BOOLOP,    // op=BOOL_AND/BOOL_OR, list=values (two or more)
    AST_NAMEDEXPR, // a=target (NAME), b=value
    AST_BINOP,     // a=left, op=BinOp (objects/object.h), b=right
    AST_UNARYOP,   // op=UNARY_*, a=operand
    AST_LAMBDA,    // a=ARGUMENTS, b=body expression
    AST_IFEXP,     // a=test, b=body, c=orelse
    AST_DICT,      // list=keys (NULL item for `**mapping`), list2=values
    AST_SET,       // list=elts
    AST_LISTCOMP,  // a=elt, list=generators (COMPREHENSION)
    AST_SETCOMP,   // a=elt, list=generators
    AST_DICTCOMP,  // a=key, b=value, list=generators
    AST_GENEXP,    // a=elt, list=generators
    AST_AWAIT,     // a=value
    AST_YIELD,     // a=value?
    AST_YIELDFROM, // a=value
    AST_COMPARE,   // a=left, list=comparators, ops=CMPX_* per comparator (nops = list.len)
    AST_CALL,      // a=func, list=args (STARRED for *x), list2=keywords (KEYWORD)
    AST_FORMATTEDVALUE, // a=value, op=conversion (-1 none, 's', 'r', 'a'), b=format_spec? (JOINEDSTR)
    AST_JOINEDSTR, // list=values (CONSTANT str and FORMATTEDVALUE)
    AST_CONSTANT,  // op=CONST_*, str/str_len: see ConstKind
    AST_ATTRIBUTE, // a=value, name=attr, ctx
    AST_SUBSCRIPT, // a=value, b=slice (an expression, SLICE, or TUPLE of them), ctx
    AST_STARRED,   // a=value, ctx
    AST_NAME,      // name=id, ctx
    AST_LIST,      // list=elts, ctx
    AST_TUPLE,     // list=elts, ctx
    AST_SLICE,     // a=lower?, b=upper?, c=step?

    // Helper nodes.
    AST_COMPREHENSION, // a=target (CTX_STORE), b=iter, list=ifs, flag=is_async
    AST_EXCEPTHANDLER, // a=type?, name=as-name?, body
    AST_ARGUMENTS,     // list=posonlyargs (ARG), list2=args (ARG), b=vararg? (ARG),
                       // list3=kwonlyargs (ARG), list4=kw_defaults (NULL = none),
                       // c=kwarg? (ARG), list5=defaults (for the last positional args)
    AST_ARG,           // name, a=annotation?
    AST_KEYWORD,       // name=arg (NULL for `**x`), a=value
    AST_ALIAS,         // name=dotted name, str=asname? (NUL-terminated, NULL if none)
    AST_WITHITEM,      // a=context_expr, b=optional_vars? (CTX_STORE)
    AST_MATCH_CASE,    // a=pattern, b=guard?, body
    // Patterns (PEP 634): MATCH_VALUE a=value; MATCH_SINGLETON op=CONST_*;
    // MATCH_SEQUENCE list=patterns; MATCH_MAPPING list=keys, list2=patterns,
    // name=rest?; MATCH_CLASS a=cls, list=patterns, list2=kwd_patterns with
    // kwd names in list3 (NAME nodes); MATCH_STAR name?; MATCH_AS a=pattern?,
    // name?; MATCH_OR list=patterns.
    AST_MATCH_VALUE,
    AST_MATCH_SINGLETON,
    AST_MATCH_SEQUENCE,
    AST_MATCH_MAPPING,
    AST_MATCH_CLASS,
    AST_MATCH_STAR,
    AST_MATCH_AS,
    AST_MATCH_OR,
    AST_KIND_COUNT
} AstKind;

typedef enum { CTX_LOAD = 0, CTX_STORE = 1, CTX_DEL = 2 } AstCtx;

typedef enum { BOOL_AND, BOOL_OR } AstBoolOp;
typedef enum { UNARY_NOT, UNARY_NEG, UNARY_POS, UNARY_INVERT } AstUnaryOp;

// Comparison operators of AST_COMPARE: the six of CmpOp (same values), then
// these.
typedef enum {
    CMPX_LT, CMPX_LE, CMPX_EQ, CMPX_NE, CMPX_GT, CMPX_GE,
    CMPX_IS, CMPX_IS_NOT, CMPX_IN, CMPX_NOT_IN
} AstCmpOp;

// Literal kinds of AST_CONSTANT and what `str`/`str_len` hold:
// CONST_INT: the literal text as written ("0x_ff", "1_000"); CONST_FLOAT:
// the text ("1e-5", "1_0.5"); CONST_IMAG: the text without the j;
// CONST_STR: the decoded UTF-8 value (escapes processed, adjacent literals
// joined); CONST_BYTES: the decoded bytes; the others hold nothing.
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_IMAG, CONST_STR, CONST_BYTES
} ConstKind;

struct AstNode {
    AstKind kind;
    int op;          // operator, ConstKind, level, conversion: see the kind
    AstCtx ctx;      // for NAME, ATTRIBUTE, SUBSCRIPT, STARRED, LIST, TUPLE
    bool flag;       // is_async / simple: see the kind
    int line, col;   // 1-based line, 0-based UTF-8 byte column of the start
    int end_line, end_col;
    AstNode *a, *b, *c;
    AstSeq body, orelse;
    AstSeq list, list2, list3, list4, list5;
    int *ops;        // AST_COMPARE: one AstCmpOp per comparator
    const char *name; // NUL-terminated identifier (arena), or NULL
    const char *str;  // literal bytes (arena, NUL-terminated), or NULL
    size_t str_len;
};

// All nodes and strings of one parse live in an arena, freed at once.
typedef struct AstArena AstArena;

// A new arena, or NULL with MemoryError pending.
AstArena *ast_arena_new(void);

// Frees the arena and every node and string in it.
void ast_arena_free(AstArena *arena);

// A zeroed node of `kind` at (`line`, `col`), or NULL on memory exhaustion.
AstNode *ast_new(AstArena *arena, AstKind kind, int line, int col);

// Appends `node` (NULL allowed where the kind documents it) to `seq`.
// Returns 0, or -1 on memory exhaustion.
int ast_seq_push(AstArena *arena, AstSeq *seq, AstNode *node);

// Copies `len` bytes into the arena, NUL-terminated. NULL on exhaustion.
char *ast_strdup(AstArena *arena, const char *s, size_t len);

// Checks that `node` can be an assignment (`ctx` = CTX_STORE) or `del`
// (CTX_DEL) target and sets the context on it and its sub-targets.
// Returns NULL on success or CPython's SyntaxError message ("cannot assign
// to function call here. Maybe you meant '==' instead of '='?" style) and
// stores the offending node in `*bad`.
const char *ast_set_context(AstNode *node, AstCtx ctx, AstNode **bad);

// What CPython calls expression `node` in target errors ("function call",
// "literal", "tuple", "expression"...). Never NULL.
const char *ast_expr_description(const AstNode *node);

// Name of a kind for debugging and tests ("Name", "BinOp").
const char *ast_kind_name(AstKind kind);

// Writes a compact one-line dump of `node` (kinds, names, constants) into a
// newly allocated NUL-terminated string (mem_alloc; caller mem_frees).
// Used by parser tests. NULL on exhaustion.
// Format: `Kind(fields)`, the fields in this order and only when present:
// the name quoted ('x'), the operator or flag (Add, Store, async, level=1,
// !r, as='n'), the children a, b, c, then the sequences list, list2 ...
// list5, body, orelse each as `[x, y]` (an absent item prints `None`).
// Constants print as Python literals: Constant(1), Constant('s'),
// Constant(b'x'), Constant(None), Constant(1.5j). A Load context is not
// printed. Example: `x = 1 + 2` gives `Module([Assign(BinOp(Add,
// Constant(1), Constant(2)), [Name('x', Store)])])`. Absent children are
// skipped, so `a[::3]` shows `Slice(Constant(3))`. Nesting beyond 200
// levels prints `...`.
char *ast_dump(const AstNode *node);

#endif
