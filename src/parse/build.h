/* build.h: the helpers that grammar/parser.y's actions call to build AST
 * nodes (build.c expressions, build_stmt.c statements, params.c parameter
 * lists, match.c patterns, strlit.c literals; parser.c the error
 * diagnostics and f-string sub-parses), and the parse context shared by the
 * parser glue and the actions (lemon's %extra_context).
 *
 * Error convention: the first error (syntax or memory) is recorded in the
 * context and sets `failed`; from then on every helper returns NULL or does
 * nothing, and parser.c stops feeding tokens. Helpers therefore check
 * `failed` first, and a NULL node argument otherwise means "absent". */
#ifndef OURO_BUILD_H
#define OURO_BUILD_H

#include "ast.h"
#include "lexer.h"
#include "parser.h"

typedef struct ParseCtx {
    AstArena *arena;
    ParseError *err;
    ParseMode mode;
    bool failed;       // an error is recorded in `err`
    AstNode *result;   // the root, set by the start rule
    int top_stmts;     // PARSE_SINGLE: top-level statement lines seen
    int fstring_depth; // nesting of f-string format specs (bounded)
    int nest;          // nesting of f-string expression sub-parses (bounded)
    int line_base;     // added to token lines (f-string sub-parses)
    int col_base;      // added to columns on the first line (f-string sub-parses)
    Token prev_tok;    // token before the one being parsed (error heuristics)
    Token cur_tok;     // token being parsed
    int prev_code, cur_code;
    bool prev_is_line_first, cur_is_line_first; // the token began its logical line
    int depth;                                  // bracket depth when `cur_tok` was read
    int line_first_code;                        // first token of the current logical line
    int pending_withitems; // `x as y` items in parentheses not yet used by `with`
    Token first_withitem;  // the `as` of the first of them (error position)
} ParseCtx;

// Records a SyntaxError (`kind`) at 1-based `line`/`col` unless an error is
// already recorded. Always returns NULL, for `return build_error(...)`.
void *build_error(ParseCtx *ctx, ParseErrorKind kind, int line, int col, const char *msg);
// Same, at the position of `node` (col converted to 1-based).
void *build_error_at(ParseCtx *ctx, const AstNode *node, const char *msg);
// %syntax_error: records CPython's message for an unexpected `code`/`tok`.
// `expects` tells what the parser could have taken instead (BUILD_EXPECT_*).
#define BUILD_EXPECT_COLON  1 // a ':' would have been shifted
#define BUILD_EXPECT_EXCEPT 2 // an 'except' or 'finally' would have been shifted
void build_syntax_error(ParseCtx *ctx, int code, Token tok, int expects);
// %stack_overflow: nesting too deep for the parser's stack.
void build_stack_overflow(ParseCtx *ctx);
// Records memory exhaustion (PERR_NOMEM). Returns NULL.
void *build_nomem(ParseCtx *ctx);

// A new node of `kind` at token `t` / at node `n`'s position.
AstNode *build_node(ParseCtx *ctx, AstKind kind, Token t);
AstNode *build_node_at(ParseCtx *ctx, AstKind kind, const AstNode *n);
// Sets the end of `node` (NULL allowed) to the end of token `t`; returns it.
AstNode *build_end(ParseCtx *ctx, AstNode *node, Token t);
// `node` appended to `seq` (NULL allowed: an absent item). Returns `seq`.
AstSeq build_seq1(ParseCtx *ctx, AstNode *node);
AstSeq build_push(ParseCtx *ctx, AstSeq seq, AstNode *node);
// Every item of `tail` appended to `seq`.
AstSeq build_concat(ParseCtx *ctx, AstSeq seq, AstSeq tail);

// Atoms.
AstNode *build_name(ParseCtx *ctx, Token t);
AstNode *build_number(ParseCtx *ctx, Token t);
AstNode *build_const(ParseCtx *ctx, ConstKind kind, Token t);
// String literals: `strs` collects adjacent STRING tokens (a JOINEDSTR of
// raw CONSTANT pieces); build_string_finish decodes and joins them.
AstNode *build_string_start(ParseCtx *ctx, Token t);
AstNode *build_string_add(ParseCtx *ctx, AstNode *strs, Token t);
AstNode *build_string_finish(ParseCtx *ctx, AstNode *strs);

// Expressions.
AstNode *build_binop(ParseCtx *ctx, AstNode *a, int op, AstNode *b);
AstNode *build_augop(ParseCtx *ctx, AstNode *target, Token op, AstNode *value);
AstNode *build_unary(ParseCtx *ctx, Token t, int op, AstNode *a);
AstNode *build_boolop(ParseCtx *ctx, int op, AstSeq values);
AstNode *build_compare(ParseCtx *ctx, AstNode *left, int op, AstNode *right);
AstNode *build_ifexp(ParseCtx *ctx, AstNode *body, AstNode *test, AstNode *orelse);
AstNode *build_named(ParseCtx *ctx, AstNode *target, AstNode *value);
AstNode *build_starred(ParseCtx *ctx, Token star, AstNode *value);
AstNode *build_attribute(ParseCtx *ctx, AstNode *value, Token name);
AstNode *build_subscript(ParseCtx *ctx, AstNode *value, AstSeq items, bool trailing_comma);
AstNode *build_slice(ParseCtx *ctx, Token colon, AstNode *lo, AstNode *hi, AstNode *step);
// Call: `args` holds positional expressions, STARRED, KEYWORD (name or
// NULL for **), and bare generator expressions (flag set); checks order.
AstNode *build_call(ParseCtx *ctx, AstNode *func, AstSeq args);
AstNode *build_keyword(ParseCtx *ctx, AstNode *name_expr, AstNode *value);
AstNode *build_kwunpack(ParseCtx *ctx, Token t, AstNode *value);
// A tuple/list of `elts` at token `t` (build_tuple_at: at the first item).
AstNode *build_tuple(ParseCtx *ctx, Token t, AstSeq elts);
AstNode *build_tuple_at(ParseCtx *ctx, AstSeq elts);
AstNode *build_list(ParseCtx *ctx, Token t, AstSeq elts);
// A lone parenthesized item: checks that it may stand alone.
AstNode *build_paren(ParseCtx *ctx, Token lpar, AstNode *item);
AstNode *build_set(ParseCtx *ctx, Token t, AstSeq elts);
// Dict items are pairs pushed as key, value (key NULL for **m).
AstNode *build_dict(ParseCtx *ctx, Token t, AstSeq pairs);
AstNode *build_comp(ParseCtx *ctx, AstKind kind, Token t, AstNode *elt, AstNode *value,
                    AstSeq gens);
AstNode *build_comprehension(ParseCtx *ctx, Token t, AstNode *target, AstNode *iter, bool is_async);
// Adds filter `cond` to the last comprehension of `gens`.
AstSeq build_comp_if(ParseCtx *ctx, AstSeq gens, AstNode *cond);
AstNode *build_yield(ParseCtx *ctx, Token t, AstNode *value, bool is_from);
AstNode *build_await(ParseCtx *ctx, Token t, AstNode *value);
// A lone item (`items` of one, no trailing `comma`), or a TUPLE of items.
AstNode *build_testlist(ParseCtx *ctx, AstSeq items, bool comma);

// Parameters: each item is an ARG whose `op` says what it was (PARAM_*),
// with the default in `b`; build_arguments checks the order, moves the
// defaults into ARGUMENTS and clears `b` (`op` keeps the PARAM_* value; the
// compiler may ignore it). `/` and bare `*` are ARGs without a name.
enum { PARAM_PLAIN, PARAM_DEFAULT, PARAM_SLASH, PARAM_STAR, PARAM_STARARG, PARAM_KWARG };
AstNode *build_param(ParseCtx *ctx, Token t, int what, Token name, AstNode *ann, AstNode *dflt);
AstNode *build_arguments(ParseCtx *ctx, AstSeq params);
AstNode *build_lambda(ParseCtx *ctx, Token t, AstNode *args, AstNode *body);

// Statements.
AstNode *build_expr_stmt(ParseCtx *ctx, AstNode *value);
AstNode *build_assign(ParseCtx *ctx, AstSeq targets, AstNode *value);
AstNode *build_annassign(ParseCtx *ctx, AstNode *target, AstNode *ann, AstNode *value);
AstNode *build_delete(ParseCtx *ctx, Token t, AstSeq targets);
AstNode *build_simple(ParseCtx *ctx, AstKind kind, Token t, AstNode *a, AstNode *b);
AstNode *build_names_stmt(ParseCtx *ctx, AstKind kind, Token t, AstSeq names);
AstNode *build_alias(ParseCtx *ctx, Token t, const char *name, Token *asname);
const char *build_dotted(ParseCtx *ctx, const char *left, Token name);
AstNode *build_import(ParseCtx *ctx, Token t, AstSeq names);
AstNode *build_importfrom(ParseCtx *ctx, Token t, int level, const char *module, AstSeq names);
AstNode *build_if(ParseCtx *ctx, Token t, AstNode *test, AstSeq body, AstSeq orelse);
AstNode *build_while(ParseCtx *ctx, Token t, AstNode *test, AstSeq body, AstSeq orelse);
AstNode *build_for(ParseCtx *ctx, Token t, AstNode *target, AstNode *iter, AstSeq body,
                   AstSeq orelse);
AstNode *build_try(ParseCtx *ctx, Token t, AstSeq body, AstSeq handlers, AstSeq orelse,
                   AstSeq finalbody);
AstNode *build_handler(ParseCtx *ctx, Token t, AstNode *type, Token *name, AstSeq body);
AstNode *build_withitem(ParseCtx *ctx, AstNode *expr, AstNode *target);
// Counts a parenthesized `x as y` at token `as`.
void build_note_withitem(ParseCtx *ctx, Token as);
AstNode *build_with(ParseCtx *ctx, Token t, AstSeq items, AstSeq body);
AstNode *build_funcdef(ParseCtx *ctx, Token t, Token name, AstNode *args, AstNode *returns,
                       AstSeq body);
AstNode *build_classdef(ParseCtx *ctx, Token t, Token name, AstSeq args, AstSeq body);
AstNode *build_decorated(ParseCtx *ctx, AstSeq decorators, AstNode *def);
AstNode *build_async(ParseCtx *ctx, Token t, AstNode *stmt);
// Match statements (match.c). Patterns are built bottom-up; sequences
// get `first` for their position (NULL: the current token's).
AstNode *build_match(ParseCtx *ctx, Token t, AstNode *subject, AstSeq cases);
AstNode *build_case(ParseCtx *ctx, Token t, AstNode *pattern, AstNode *guard, AstSeq body);
AstNode *build_pat_group(ParseCtx *ctx, AstNode *pattern);
AstNode *build_pat_seq(ParseCtx *ctx, AstNode *first, AstSeq patterns);
AstNode *build_pat_star(ParseCtx *ctx, Token star, Token name);
AstNode *build_pat_as(ParseCtx *ctx, AstNode *pattern, Token name);
AstNode *build_pat_or(ParseCtx *ctx, AstSeq patterns);
AstNode *build_pat_literal(ParseCtx *ctx, AstNode *expr);
AstNode *build_pat_capture(ParseCtx *ctx, Token name);
AstNode *build_pat_value(ParseCtx *ctx, AstNode *attr);
// `pairs`: key, pattern, ... with key NULL for `**rest` (pattern MatchAs).
AstNode *build_pat_mapping(ParseCtx *ctx, Token t, AstSeq pairs);
// `args`: patterns, then KEYWORD nodes (name, a=pattern).
AstNode *build_pat_class(ParseCtx *ctx, AstNode *cls, AstSeq args);

// Root nodes (set ctx->result).
void build_module(ParseCtx *ctx, AstKind kind, AstSeq body, AstNode *expr);

// Decodes string literal token text `t` (prefix, quotes and all) into
// `*out`/`*out_len` (arena). Sets *is_bytes, *is_fstring. On error records
// a SyntaxError and returns -1 (0 on success).
int strlit_decode(ParseCtx *ctx, Token t, const char **out, size_t *out_len, bool *is_bytes,
                  bool *is_fstring);
// Parses the f-string token `t` into CONSTANT/FORMATTEDVALUE nodes pushed
// on `parts`. Returns 0 or -1 (error recorded).
int strlit_fstring(ParseCtx *ctx, Token t, AstSeq *parts);

// Parses `len` bytes at `src` as an expression of an f-string, positioned
// at `line`/`col` of the enclosing source (parser.c).
AstNode *parser_parse_fexpr(ParseCtx *ctx, const char *src, size_t len, int line, int col);

#endif
