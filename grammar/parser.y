/* parser.y: the lemon grammar of Ouro's Python subset (Python 3.11 syntax).
 * Stratified like CPython's old LL(1) grammar (STYLE §8); the actions only
 * call build_* helpers (src/parse/build.c), which record the first error in
 * the parse context and make every later action a no-op. */

%token_prefix TK_
%token_type {Token}
%default_type {AstNode *}
%extra_context {ParseCtx *ctx}
%name Parse
%stack_size 4000

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "objects/object.h"
#include "parse/build.h"

// Stop at the first error (SQLite does the same).
#define YYNOERRORRECOVERY 1
}

// Which tokens the failing state could have shifted refines the message
// ("expected ':'", "expected 'except' or 'finally' block").
%syntax_error {
    YYACTIONTYPE st = yypParser->yytos->stateno;
    int expects = 0;
    if (yy_find_shift_action(TK_COLON, st) <= YY_MAX_SHIFTREDUCE) {
        expects |= BUILD_EXPECT_COLON;
    }
    if (yy_find_shift_action(TK_EXCEPT, st) <= YY_MAX_SHIFTREDUCE &&
        yy_find_shift_action(TK_FINALLY, st) <= YY_MAX_SHIFTREDUCE) {
        expects |= BUILD_EXPECT_EXCEPT;
    }
    build_syntax_error(ctx, yymajor, yyminor, expects);
}
%stack_overflow {
    build_stack_overflow(ctx);
}

// Every token, declared up front so that the lexer's codes exist even for
// tokens the grammar does not use yet.
%token MODE_FILE MODE_SINGLE MODE_EVAL NEWLINE INDENT DEDENT NAME NUMBER STRING.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE.
%token EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE.
%token RETURN TRY WHILE WITH YIELD.
%token ELLIPSIS LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COLONEQUAL COMMA SEMI DOT.
%token RARROW EQUAL AUGASSIGN ERRORTOKEN.
// Soft keywords: layout.c turns the NAME `match`/`case` into these when
// they begin a line that ends with ':'.
%token MATCH CASE.

// Lowest first. LOWEST marks `*x` and `**x` so that their operand extends
// as far as possible ("*a*b" is *(a*b)).
%right LOWEST.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right UNARY TILDE.
%right DOUBLESTAR.
%nonassoc LESS GREATER LESSEQUAL GREATEREQUAL EQEQUAL NOTEQUAL.

// AST nodes and sequences live in the parse arena: freeing one alone is
// never needed, so the destructors are deliberately empty.
%destructor stmt { (void)$$; }
%type top_stmts {AstSeq}
%destructor top_stmts { (void)$$; }
%type stmts {AstSeq}
%destructor stmts { (void)$$; }
%type stmt {AstSeq}
%type simple_stmt {AstSeq}
%destructor simple_stmt { (void)$$; }
%type small_stmts {AstSeq}
%destructor small_stmts { (void)$$; }
%type suite {AstSeq}
%destructor suite { (void)$$; }
%type else_part {AstSeq}
%destructor else_part { (void)$$; }
%type opt_else {AstSeq}
%destructor opt_else { (void)$$; }
%type handlers {AstSeq}
%destructor handlers { (void)$$; }
%type with_items {AstSeq}
%destructor with_items { (void)$$; }
%type decorators {AstSeq}
%destructor decorators { (void)$$; }
%type params {AstSeq}
%destructor params { (void)$$; }
%type lparams {AstSeq}
%destructor lparams { (void)$$; }
%type args {AstSeq}
%destructor args { (void)$$; }
%type arglist {AstSeq}
%destructor arglist { (void)$$; }
%type subscripts {AstSeq}
%destructor subscripts { (void)$$; }
%type tse_list {AstSeq}
%destructor tse_list { (void)$$; }
%type assign_targets {AstSeq}
%destructor assign_targets { (void)$$; }
%type tl_items {AstSeq}
%destructor tl_items { (void)$$; }
%type ptl_items {AstSeq}
%destructor ptl_items { (void)$$; }
%type expr_items {AstSeq}
%destructor expr_items { (void)$$; }
%type test_items {AstSeq}
%destructor test_items { (void)$$; }
%type dict_items {AstSeq}
%destructor dict_items { (void)$$; }
%type set_items {AstSeq}
%destructor set_items { (void)$$; }
%type comp_for {AstSeq}
%destructor comp_for { (void)$$; }
%type or_list {AstSeq}
%destructor or_list { (void)$$; }
%type and_list {AstSeq}
%destructor and_list { (void)$$; }
%type name_list {AstSeq}
%destructor name_list { (void)$$; }
%type dotted_as_names {AstSeq}
%destructor dotted_as_names { (void)$$; }
%type import_as_names {AstSeq}
%destructor import_as_names { (void)$$; }
%type import_targets {AstSeq}
%destructor import_targets { (void)$$; }
%type comp_op {int}
%type dots {int}
%type dotted_name {const char *}
%destructor dotted_name { (void)$$; }

// ---------------------------------------------------------------- modules
start ::= MODE_FILE top_stmts(B).            { build_module(ctx, AST_MODULE, B, NULL); }
start ::= MODE_FILE.                     { AstSeq e = {0}; build_module(ctx, AST_MODULE, e, NULL); }
start ::= MODE_SINGLE top_stmts(B).          { build_module(ctx, AST_INTERACTIVE, B, NULL); }
start ::= MODE_SINGLE.                   { AstSeq e = {0}; build_module(ctx, AST_INTERACTIVE, e, NULL); }
start ::= MODE_EVAL testlist(E).         { AstSeq e = {0}; build_module(ctx, AST_EXPRESSION, e, E); }

// Top-level statements are counted: PARSE_SINGLE accepts one line.
top_stmts(A) ::= stmt(S).                { A = S; ctx->top_stmts++; }
top_stmts(A) ::= top_stmts(L) stmt(S).   { A = build_concat(ctx, L, S); ctx->top_stmts++; }
stmts(A) ::= stmt(S).                    { A = S; }
stmts(A) ::= stmts(L) stmt(S).           { A = build_concat(ctx, L, S); }

stmt(A) ::= simple_stmt(S).              { A = S; }
stmt(A) ::= compound_stmt(S).            { A = build_seq1(ctx, S); }

simple_stmt(A) ::= small_stmts(L) NEWLINE.      { A = L; }
simple_stmt(A) ::= small_stmts(L) SEMI NEWLINE. { A = L; }
small_stmts(A) ::= small_stmt(S).                  { A = build_seq1(ctx, S); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S). { A = build_push(ctx, L, S); }

// ---------------------------------------------------------------- simple statements
small_stmt(A) ::= expr_stmt(S).          { A = S; }
small_stmt(A) ::= DEL(K) exprlist_del(L).   { A = build_delete(ctx, K, build_seq1(ctx, L)); }
small_stmt(A) ::= PASS(K).               { A = build_simple(ctx, AST_PASS, K, NULL, NULL); }
small_stmt(A) ::= BREAK(K).              { A = build_simple(ctx, AST_BREAK, K, NULL, NULL); }
small_stmt(A) ::= CONTINUE(K).           { A = build_simple(ctx, AST_CONTINUE, K, NULL, NULL); }
small_stmt(A) ::= RETURN(K).             { A = build_simple(ctx, AST_RETURN, K, NULL, NULL); }
small_stmt(A) ::= RETURN(K) testlist_star_expr(E). { A = build_simple(ctx, AST_RETURN, K, E, NULL); }
small_stmt(A) ::= RAISE(K).              { A = build_simple(ctx, AST_RAISE, K, NULL, NULL); }
small_stmt(A) ::= RAISE(K) test(E).      { A = build_simple(ctx, AST_RAISE, K, E, NULL); }
small_stmt(A) ::= RAISE(K) test(E) FROM test(C). { A = build_simple(ctx, AST_RAISE, K, E, C); }
small_stmt(A) ::= GLOBAL(K) name_list(L).   { A = build_names_stmt(ctx, AST_GLOBAL, K, L); }
small_stmt(A) ::= NONLOCAL(K) name_list(L). { A = build_names_stmt(ctx, AST_NONLOCAL, K, L); }
small_stmt(A) ::= ASSERT(K) test(E).     { A = build_simple(ctx, AST_ASSERT, K, E, NULL); }
small_stmt(A) ::= ASSERT(K) test(E) COMMA test(M). { A = build_simple(ctx, AST_ASSERT, K, E, M); }
small_stmt(A) ::= IMPORT(K) dotted_as_names(L). { A = build_import(ctx, K, L); }
small_stmt(A) ::= FROM(K) dotted_name(M) IMPORT import_targets(L).
                                         { A = build_importfrom(ctx, K, 0, M, L); }
small_stmt(A) ::= FROM(K) dots(D) IMPORT import_targets(L).
                                         { A = build_importfrom(ctx, K, D, NULL, L); }
small_stmt(A) ::= FROM(K) dots(D) dotted_name(M) IMPORT import_targets(L).
                                         { A = build_importfrom(ctx, K, D, M, L); }

exprlist_del(A) ::= exprlist(E).         { A = E; }

name_list(A) ::= NAME(N).                { A = build_seq1(ctx, build_name(ctx, N)); }
name_list(A) ::= name_list(L) COMMA NAME(N). { A = build_push(ctx, L, build_name(ctx, N)); }

dots(A) ::= DOT.                         { A = 1; }
dots(A) ::= ELLIPSIS.                    { A = 3; }
dots(A) ::= dots(D) DOT.                 { A = D + 1; }
dots(A) ::= dots(D) ELLIPSIS.            { A = D + 3; }

dotted_name(A) ::= NAME(N).              { A = build_dotted(ctx, NULL, N); }
dotted_name(A) ::= dotted_name(L) DOT NAME(N). { A = build_dotted(ctx, L, N); }

dotted_as_name(A) ::= dotted_name(D).    { A = build_alias(ctx, ctx->cur_tok, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N). { A = build_alias(ctx, N, D, &N); }
dotted_as_names(A) ::= dotted_as_name(X).    { A = build_seq1(ctx, X); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(X). { A = build_push(ctx, L, X); }

import_as_name(A) ::= NAME(N).           { A = build_alias(ctx, N, build_dotted(ctx, NULL, N), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M). { A = build_alias(ctx, N, build_dotted(ctx, NULL, N), &M); }
import_as_names(A) ::= import_as_name(X). { A = build_seq1(ctx, X); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(X). { A = build_push(ctx, L, X); }
import_targets(A) ::= STAR(S).           { A = build_seq1(ctx, build_alias(ctx, S, build_dotted(ctx, NULL, S), NULL)); }
import_targets(A) ::= import_as_names(L). { A = L; }
import_targets(A) ::= LPAR import_as_names(L) RPAR. { A = L; }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR. { A = L; }

// Expression statements and assignments. Targets are parsed as
// expressions; build_assign checks them with ast_set_context.
expr_stmt(A) ::= testlist_star_expr(E).  { A = build_expr_stmt(ctx, E); }
expr_stmt(A) ::= yield_expr(E).          { A = build_expr_stmt(ctx, E); }
expr_stmt(A) ::= testlist_star_expr(T) AUGASSIGN(O) yield_or_testlist(V).
                                         { A = build_augop(ctx, T, O, V); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N).
                                         { A = build_annassign(ctx, T, N, NULL); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL yield_or_tse(V).
                                         { A = build_annassign(ctx, T, N, V); }
expr_stmt(A) ::= assign_targets(T) yield_or_tse(V). { A = build_assign(ctx, T, V); }
assign_targets(A) ::= testlist_star_expr(T) EQUAL. { A = build_seq1(ctx, T); }
assign_targets(A) ::= assign_targets(L) yield_or_tse(T) EQUAL. { A = build_push(ctx, L, T); }

yield_or_tse(A) ::= testlist_star_expr(E). { A = E; }
yield_or_tse(A) ::= yield_expr(E).       { A = E; }
yield_or_testlist(A) ::= testlist(E).    { A = E; }
yield_or_testlist(A) ::= yield_expr(E).  { A = E; }

// ---------------------------------------------------------------- compound statements
compound_stmt(A) ::= if_stmt(S).         { A = S; }
compound_stmt(A) ::= while_stmt(S).      { A = S; }
compound_stmt(A) ::= for_stmt(S).        { A = S; }
compound_stmt(A) ::= try_stmt(S).        { A = S; }
compound_stmt(A) ::= with_stmt(S).       { A = S; }
compound_stmt(A) ::= funcdef(S).         { A = S; }
compound_stmt(A) ::= classdef(S).        { A = S; }
compound_stmt(A) ::= match_stmt(S).      { A = S; }
compound_stmt(A) ::= decorators(D) funcdef(S).  { A = build_decorated(ctx, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S). { A = build_decorated(ctx, D, S); }
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(S). { A = build_decorated(ctx, D, build_async(ctx, K, S)); }
compound_stmt(A) ::= ASYNC(K) funcdef(S).  { A = build_async(ctx, K, S); }
compound_stmt(A) ::= ASYNC(K) with_stmt(S). { A = build_async(ctx, K, S); }
compound_stmt(A) ::= ASYNC(K) for_stmt(S).  { A = build_async(ctx, K, S); }

suite(A) ::= simple_stmt(S).             { A = S; }
suite(A) ::= NEWLINE INDENT stmts(S) DEDENT. { A = S; }

if_stmt(A) ::= IF(K) namedexpr_test(T) COLON suite(B) else_part(E).
                                         { A = build_if(ctx, K, T, B, E); }
else_part(A) ::= .                       { A = (AstSeq){0}; }
else_part(A) ::= ELSE COLON suite(B).    { A = B; }
else_part(A) ::= ELIF(K) namedexpr_test(T) COLON suite(B) else_part(E).
                                         { A = build_seq1(ctx, build_if(ctx, K, T, B, E)); }
opt_else(A) ::= .                        { A = (AstSeq){0}; }
opt_else(A) ::= ELSE COLON suite(B).     { A = B; }

while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON suite(B) opt_else(E).
                                         { A = build_while(ctx, K, T, B, E); }
for_stmt(A) ::= FOR(K) exprlist(T) IN testlist_star_expr(I) COLON suite(B) opt_else(E).
                                         { A = build_for(ctx, K, T, I, B, E); }

try_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) opt_else(E).
                                         { A = build_try(ctx, K, B, H, E, (AstSeq){0}); }
try_stmt(A) ::= TRY(K) COLON suite(B) handlers(H) opt_else(E) FINALLY COLON suite(F).
                                         { A = build_try(ctx, K, B, H, E, F); }
try_stmt(A) ::= TRY(K) COLON suite(B) FINALLY COLON suite(F).
                                         { A = build_try(ctx, K, B, (AstSeq){0}, (AstSeq){0}, F); }
handlers(A) ::= handler(H).              { A = build_seq1(ctx, H); }
handlers(A) ::= handlers(L) handler(H).  { A = build_push(ctx, L, H); }
handler(A) ::= EXCEPT(K) COLON suite(B). { A = build_handler(ctx, K, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) COLON suite(B). { A = build_handler(ctx, K, T, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON suite(B). { A = build_handler(ctx, K, T, &N, B); }

with_stmt(A) ::= WITH(K) with_items(L) COLON suite(B). { A = build_with(ctx, K, L, B); }
with_items(A) ::= with_item(X).          { A = build_seq1(ctx, X); }
with_items(A) ::= with_items(L) COMMA with_item(X). { A = build_push(ctx, L, X); }
with_item(A) ::= test(E).                { A = build_withitem(ctx, E, NULL); }
with_item(A) ::= test(E) AS expr(T).     { A = build_withitem(ctx, E, T); }

funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR COLON suite(B).
                         { A = build_funcdef(ctx, K, N, build_arguments(ctx, P), NULL, B); }
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR RARROW test(R) COLON suite(B).
                         { A = build_funcdef(ctx, K, N, build_arguments(ctx, P), R, B); }
params(A) ::= .                          { A = (AstSeq){0}; }
params(A) ::= param_list(L).             { A = L; }
params(A) ::= param_list(L) COMMA.       { A = L; }
%type param_list {AstSeq}
%destructor param_list { (void)$$; }
param_list(A) ::= param(P).              { A = build_seq1(ctx, P); }
param_list(A) ::= param_list(L) COMMA param(P). { A = build_push(ctx, L, P); }
param(A) ::= NAME(N).                    { A = build_param(ctx, N, PARAM_PLAIN, N, NULL, NULL); }
param(A) ::= NAME(N) COLON test(T).      { A = build_param(ctx, N, PARAM_PLAIN, N, T, NULL); }
param(A) ::= NAME(N) EQUAL test(D).      { A = build_param(ctx, N, PARAM_DEFAULT, N, NULL, D); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). { A = build_param(ctx, N, PARAM_DEFAULT, N, T, D); }
param(A) ::= SLASH(S).                   { A = build_param(ctx, S, PARAM_SLASH, S, NULL, NULL); }
param(A) ::= STAR(S).                    { A = build_param(ctx, S, PARAM_STAR, S, NULL, NULL); }
param(A) ::= STAR(S) NAME(N).            { A = build_param(ctx, S, PARAM_STARARG, N, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) COLON test(T). { A = build_param(ctx, S, PARAM_STARARG, N, T, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N).      { A = build_param(ctx, S, PARAM_KWARG, N, NULL, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). { A = build_param(ctx, S, PARAM_KWARG, N, T, NULL); }

classdef(A) ::= CLASS(K) NAME(N) COLON suite(B). { A = build_classdef(ctx, K, N, (AstSeq){0}, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR args(L) RPAR COLON suite(B). { A = build_classdef(ctx, K, N, L, B); }

decorators(A) ::= decorator(D).          { A = build_seq1(ctx, D); }
decorators(A) ::= decorators(L) decorator(D). { A = build_push(ctx, L, D); }
decorator(A) ::= AT namedexpr_test(E) NEWLINE. { A = E; }

// ---------------------------------------------------------------- expressions
// The layers below follow CPython's old LL(1) grammar: test (conditional,
// lambda) > or_test > and_test > not_test > comparison > expr. Only `expr`
// uses lemon's precedence declarations (binary and unary operators); the
// layers above are separate non-terminals so that `not`, `and`, `or` and
// comparisons cannot tangle with the operator table (STYLE §8). Lists of
// items are collected left-recursively (lemon's stack stays flat) and
// turned into tuples or single items by build_testlist.
// testlist_star_expr: an item or a tuple of items (starred allowed).
testlist_star_expr(A) ::= tse_list(L).        { A = build_testlist(ctx, L, false); }
testlist_star_expr(A) ::= tse_list(L) COMMA.  { A = build_testlist(ctx, L, true); }
tse_list(A) ::= tse_item(X).                  { A = build_seq1(ctx, X); }
tse_list(A) ::= tse_list(L) COMMA tse_item(X). { A = build_push(ctx, L, X); }
tse_item(A) ::= test(E).                      { A = E; }
tse_item(A) ::= star_expr(E).                 { A = E; }

testlist(A) ::= test_items(L).                { A = build_testlist(ctx, L, false); }
testlist(A) ::= test_items(L) COMMA.          { A = build_testlist(ctx, L, true); }
test_items(A) ::= test(E).                    { A = build_seq1(ctx, E); }
test_items(A) ::= test_items(L) COMMA test(E). { A = build_push(ctx, L, E); }

exprlist(A) ::= expr_items(L).                { A = build_testlist(ctx, L, false); }
exprlist(A) ::= expr_items(L) COMMA.          { A = build_testlist(ctx, L, true); }
expr_items(A) ::= expr_item(E).               { A = build_seq1(ctx, E); }
expr_items(A) ::= expr_items(L) COMMA expr_item(E). { A = build_push(ctx, L, E); }
expr_item(A) ::= expr(E).                     { A = E; }
expr_item(A) ::= star_expr(E).                { A = E; }

star_expr(A) ::= STAR(S) expr(E). [LOWEST]    { A = build_starred(ctx, S, E); }

namedexpr_test(A) ::= test(E).                { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = build_named(ctx, T, V); }

test(A) ::= or_test(E).                       { A = E; }
test(A) ::= or_test(B) IF or_test(T) ELSE test(E). { A = build_ifexp(ctx, B, T, E); }
test(A) ::= lambdef(E).                       { A = E; }
test_nocond(A) ::= or_test(E).                { A = E; }
test_nocond(A) ::= lambdef_nocond(E).         { A = E; }

lambdef(A) ::= LAMBDA(K) COLON test(B).      { A = build_lambda(ctx, K, build_arguments(ctx, (AstSeq){0}), B); }
lambdef(A) ::= LAMBDA(K) lparams(P) COLON test(B). { A = build_lambda(ctx, K, build_arguments(ctx, P), B); }
lambdef_nocond(A) ::= LAMBDA(K) COLON test_nocond(B). { A = build_lambda(ctx, K, build_arguments(ctx, (AstSeq){0}), B); }
lambdef_nocond(A) ::= LAMBDA(K) lparams(P) COLON test_nocond(B). { A = build_lambda(ctx, K, build_arguments(ctx, P), B); }
lparams(A) ::= lparam_list(L).               { A = L; }
lparams(A) ::= lparam_list(L) COMMA.         { A = L; }
%type lparam_list {AstSeq}
%destructor lparam_list { (void)$$; }
lparam_list(A) ::= lparam(P).                { A = build_seq1(ctx, P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P). { A = build_push(ctx, L, P); }
lparam(A) ::= NAME(N).                       { A = build_param(ctx, N, PARAM_PLAIN, N, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL test(D).         { A = build_param(ctx, N, PARAM_DEFAULT, N, NULL, D); }
lparam(A) ::= SLASH(S).                      { A = build_param(ctx, S, PARAM_SLASH, S, NULL, NULL); }
lparam(A) ::= STAR(S).                       { A = build_param(ctx, S, PARAM_STAR, S, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N).               { A = build_param(ctx, S, PARAM_STARARG, N, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).         { A = build_param(ctx, S, PARAM_KWARG, N, NULL, NULL); }

or_test(A) ::= and_test(E).                   { A = E; }
or_test(A) ::= or_list(L).                    { A = build_boolop(ctx, BOOL_OR, L); }
or_list(A) ::= and_test(X) OR and_test(Y).    { A = build_push(ctx, build_seq1(ctx, X), Y); }
or_list(A) ::= or_list(L) OR and_test(Y).     { A = build_push(ctx, L, Y); }
and_test(A) ::= not_test(E).                  { A = E; }
and_test(A) ::= and_list(L).                  { A = build_boolop(ctx, BOOL_AND, L); }
and_list(A) ::= not_test(X) AND not_test(Y).  { A = build_push(ctx, build_seq1(ctx, X), Y); }
and_list(A) ::= and_list(L) AND not_test(Y).  { A = build_push(ctx, L, Y); }
not_test(A) ::= NOT(K) not_test(E).           { A = build_unary(ctx, K, UNARY_NOT, E); }
not_test(A) ::= comparison(E).                { A = E; }
comparison(A) ::= expr(E).                    { A = E; }
comparison(A) ::= comparison(L) comp_op(O) expr(R). { A = build_compare(ctx, L, O, R); }

comp_op(A) ::= LESS.          { A = CMPX_LT; }
comp_op(A) ::= GREATER.       { A = CMPX_GT; }
comp_op(A) ::= EQEQUAL.       { A = CMPX_EQ; }
comp_op(A) ::= GREATEREQUAL.  { A = CMPX_GE; }
comp_op(A) ::= LESSEQUAL.     { A = CMPX_LE; }
comp_op(A) ::= NOTEQUAL.      { A = CMPX_NE; }
comp_op(A) ::= IN.            { A = CMPX_IN; }
comp_op(A) ::= NOT IN.        { A = CMPX_NOT_IN; }
comp_op(A) ::= IS.            { A = CMPX_IS; }
comp_op(A) ::= IS NOT.        { A = CMPX_IS_NOT; }

expr(A) ::= expr(L) VBAR expr(R).        { A = build_binop(ctx, L, BINOP_OR, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R).  { A = build_binop(ctx, L, BINOP_XOR, R); }
expr(A) ::= expr(L) AMPER expr(R).       { A = build_binop(ctx, L, BINOP_AND, R); }
expr(A) ::= expr(L) LEFTSHIFT expr(R).   { A = build_binop(ctx, L, BINOP_LSHIFT, R); }
expr(A) ::= expr(L) RIGHTSHIFT expr(R).  { A = build_binop(ctx, L, BINOP_RSHIFT, R); }
expr(A) ::= expr(L) PLUS expr(R).        { A = build_binop(ctx, L, BINOP_ADD, R); }
expr(A) ::= expr(L) MINUS expr(R).       { A = build_binop(ctx, L, BINOP_SUB, R); }
expr(A) ::= expr(L) STAR expr(R).        { A = build_binop(ctx, L, BINOP_MUL, R); }
expr(A) ::= expr(L) SLASH expr(R).       { A = build_binop(ctx, L, BINOP_TRUEDIV, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R). { A = build_binop(ctx, L, BINOP_FLOORDIV, R); }
expr(A) ::= expr(L) PERCENT expr(R).     { A = build_binop(ctx, L, BINOP_MOD, R); }
expr(A) ::= expr(L) AT expr(R).          { A = build_binop(ctx, L, BINOP_MATMUL, R); }
expr(A) ::= expr(L) DOUBLESTAR expr(R).  { A = build_binop(ctx, L, BINOP_POW, R); }
expr(A) ::= MINUS(K) expr(E). [UNARY]    { A = build_unary(ctx, K, UNARY_NEG, E); }
expr(A) ::= PLUS(K) expr(E). [UNARY]     { A = build_unary(ctx, K, UNARY_POS, E); }
expr(A) ::= TILDE(K) expr(E). [UNARY]    { A = build_unary(ctx, K, UNARY_INVERT, E); }
expr(A) ::= atom_expr(E).                { A = E; }
expr(A) ::= AWAIT(K) atom_expr(E).       { A = build_await(ctx, K, E); }

atom_expr(A) ::= atom(E).                { A = E; }
atom_expr(A) ::= atom_expr(F) LPAR args(L) RPAR(R). { A = build_end(ctx, build_call(ctx, F, L), R); }
atom_expr(A) ::= atom_expr(V) LSQB subscripts(L) RSQB(R). { A = build_end(ctx, build_subscript(ctx, V, L, false), R); }
atom_expr(A) ::= atom_expr(V) LSQB subscripts(L) COMMA RSQB(R). { A = build_end(ctx, build_subscript(ctx, V, L, true), R); }
atom_expr(A) ::= atom_expr(V) DOT NAME(N). { A = build_attribute(ctx, V, N); }

subscripts(A) ::= subscript(X).          { A = build_seq1(ctx, X); }
subscripts(A) ::= subscripts(L) COMMA subscript(X). { A = build_push(ctx, L, X); }
subscript(A) ::= namedexpr_test(E).      { A = E; }
subscript(A) ::= star_expr(E).           { A = E; }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H). { A = build_slice(ctx, C, L, H, NULL); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H) COLON opt_test(S). { A = build_slice(ctx, C, L, H, S); }
opt_test(A) ::= .                        { A = NULL; }
opt_test(A) ::= test(E).                 { A = E; }

// Call arguments.
args(A) ::= .                            { A = (AstSeq){0}; }
args(A) ::= arglist(L).                  { A = L; }
args(A) ::= arglist(L) COMMA.            { A = L; }
arglist(A) ::= argument(X).              { A = build_seq1(ctx, X); }
arglist(A) ::= arglist(L) COMMA argument(X). { A = build_push(ctx, L, X); }
argument(A) ::= test(E).                 { A = E; }
argument(A) ::= test(E) comp_for(G).     { A = build_comp(ctx, AST_GENEXP, ctx->cur_tok, E, NULL, G); if (A) A->flag = true; }
argument(A) ::= test(T) COLONEQUAL test(V). { A = build_named(ctx, T, V); }
argument(A) ::= test(N) EQUAL test(V).   { A = build_keyword(ctx, N, V); }
argument(A) ::= STAR(S) test(E).         { A = build_starred(ctx, S, E); }
argument(A) ::= DOUBLESTAR(S) test(E).   { A = build_kwunpack(ctx, S, E); }

comp_for(A) ::= comp_head(C).            { A = build_seq1(ctx, C); }
comp_for(A) ::= comp_for(L) comp_head(C). { A = build_push(ctx, L, C); }
comp_for(A) ::= comp_for(L) IF test_nocond(T). { A = build_comp_if(ctx, L, T); }
comp_head(A) ::= FOR(K) exprlist(T) IN or_test(I). { A = build_comprehension(ctx, K, T, I, false); }
comp_head(A) ::= ASYNC(K) FOR exprlist(T) IN or_test(I). { A = build_comprehension(ctx, K, T, I, true); }

yield_expr(A) ::= YIELD(K).              { A = build_yield(ctx, K, NULL, false); }
yield_expr(A) ::= YIELD(K) testlist_star_expr(E). { A = build_yield(ctx, K, E, false); }
yield_expr(A) ::= YIELD(K) FROM test(E). { A = build_yield(ctx, K, E, true); }

// ---------------------------------------------------------------- atoms
atom(A) ::= NAME(N).                     { A = build_name(ctx, N); }
atom(A) ::= NUMBER(N).                   { A = build_number(ctx, N); }
atom(A) ::= strings(S).                  { A = build_string_finish(ctx, S); }
atom(A) ::= ELLIPSIS(K).                 { A = build_const(ctx, CONST_ELLIPSIS, K); }
atom(A) ::= NONE(K).                     { A = build_const(ctx, CONST_NONE, K); }
atom(A) ::= TRUE(K).                     { A = build_const(ctx, CONST_TRUE, K); }
atom(A) ::= FALSE(K).                    { A = build_const(ctx, CONST_FALSE, K); }
strings(A) ::= STRING(S).                { A = build_string_start(ctx, S); }
strings(A) ::= strings(L) STRING(S).     { A = build_string_add(ctx, L, S); }

// Parentheses: `()` and `(x,)` are tuples, `(x)` is x itself, `(x for ...)`
// a generator. `ptl_item` also admits `x as y`, which only a `with`
// statement may use (Python 3.9's parenthesized context managers); an
// LALR(1) grammar cannot tell `with (a, b):` from `with (a, b) as c:` before
// the closing parenthesis, so the with statement sorts it out afterwards.
atom(A) ::= LPAR(K) RPAR(R).             { A = build_end(ctx, build_tuple(ctx, K, (AstSeq){0}), R); }
atom(A) ::= LPAR yield_expr(E) RPAR.     { A = E; }
atom(A) ::= LPAR(K) ptl_item(E) RPAR.    { A = build_paren(ctx, K, E); }
atom(A) ::= LPAR(K) ptl_item(E) COMMA RPAR. { A = build_tuple(ctx, K, build_seq1(ctx, E)); }
atom(A) ::= LPAR(K) ptl_items(L) RPAR(R). { A = build_end(ctx, build_tuple(ctx, K, L), R); }
atom(A) ::= LPAR(K) ptl_items(L) COMMA RPAR(R). { A = build_end(ctx, build_tuple(ctx, K, L), R); }
atom(A) ::= LPAR(K) namedexpr_test(E) comp_for(G) RPAR. { A = build_comp(ctx, AST_GENEXP, K, E, NULL, G); }
ptl_items(A) ::= ptl_item(X) COMMA ptl_item(Y). { A = build_push(ctx, build_seq1(ctx, X), Y); }
ptl_items(A) ::= ptl_items(L) COMMA ptl_item(Y). { A = build_push(ctx, L, Y); }
ptl_item(A) ::= tl_item(E).              { A = E; }
// `x as y` in parentheses is only valid as `with (x as y, ...)`: count
// them, build_with consumes them, and parser.c rejects any left over.
ptl_item(A) ::= test(E) AS(K) expr(T).   { A = build_withitem(ctx, E, T); build_note_withitem(ctx, K); }

atom(A) ::= LSQB(K) RSQB(R).             { A = build_end(ctx, build_list(ctx, K, (AstSeq){0}), R); }
atom(A) ::= LSQB(K) tl_items(L) RSQB(R). { A = build_end(ctx, build_list(ctx, K, L), R); }
atom(A) ::= LSQB(K) tl_items(L) COMMA RSQB(R). { A = build_end(ctx, build_list(ctx, K, L), R); }
atom(A) ::= LSQB(K) namedexpr_test(E) comp_for(G) RSQB. { A = build_comp(ctx, AST_LISTCOMP, K, E, NULL, G); }
tl_items(A) ::= tl_item(X).              { A = build_seq1(ctx, X); }
tl_items(A) ::= tl_items(L) COMMA tl_item(X). { A = build_push(ctx, L, X); }
tl_item(A) ::= namedexpr_test(E).        { A = E; }
tl_item(A) ::= star_expr(E).             { A = E; }

atom(A) ::= LBRACE(K) RBRACE(R).         { A = build_end(ctx, build_dict(ctx, K, (AstSeq){0}), R); }
atom(A) ::= LBRACE(K) dict_items(L) RBRACE(R). { A = build_end(ctx, build_dict(ctx, K, L), R); }
atom(A) ::= LBRACE(K) dict_items(L) COMMA RBRACE. { A = build_dict(ctx, K, L); }
atom(A) ::= LBRACE(K) test(X) COLON test(V) comp_for(G) RBRACE. { A = build_comp(ctx, AST_DICTCOMP, K, X, V, G); }
atom(A) ::= LBRACE(K) set_items(L) RBRACE(R). { A = build_end(ctx, build_set(ctx, K, L), R); }
atom(A) ::= LBRACE(K) set_items(L) COMMA RBRACE. { A = build_set(ctx, K, L); }
atom(A) ::= LBRACE(K) namedexpr_test(E) comp_for(G) RBRACE. { A = build_comp(ctx, AST_SETCOMP, K, E, NULL, G); }
dict_items(A) ::= test(X) COLON test(V). { A = build_push(ctx, build_seq1(ctx, X), V); }
dict_items(A) ::= DOUBLESTAR expr(V). [LOWEST] { A = build_push(ctx, build_seq1(ctx, NULL), V); }
dict_items(A) ::= dict_items(L) COMMA test(X) COLON test(V). { A = build_push(ctx, build_push(ctx, L, X), V); }
dict_items(A) ::= dict_items(L) COMMA DOUBLESTAR expr(V). [LOWEST] { A = build_push(ctx, build_push(ctx, L, NULL), V); }
set_items(A) ::= tl_item(X).             { A = build_seq1(ctx, X); }
set_items(A) ::= set_items(L) COMMA tl_item(X). { A = build_push(ctx, L, X); }

// ---------------------------------------------------------------- match (PEP 634)
%type cases {AstSeq}
%destructor cases { (void)$$; }
%type pat_list2 {AstSeq}
%destructor pat_list2 { (void)$$; }
%type map_items {AstSeq}
%destructor map_items { (void)$$; }
%type class_args {AstSeq}
%destructor class_args { (void)$$; }
%type or_pats {AstSeq}
%destructor or_pats { (void)$$; }

match_stmt(A) ::= MATCH(K) testlist_star_expr(S) COLON NEWLINE INDENT cases(C) DEDENT.
                                         { A = build_match(ctx, K, S, C); }
cases(A) ::= case_block(X).              { A = build_seq1(ctx, X); }
cases(A) ::= cases(L) case_block(X).     { A = build_push(ctx, L, X); }
case_block(A) ::= CASE(K) patterns(P) COLON suite(B). { A = build_case(ctx, K, P, NULL, B); }
case_block(A) ::= CASE(K) patterns(P) IF namedexpr_test(G) COLON suite(B).
                                         { A = build_case(ctx, K, P, G, B); }

// A top-level comma makes a sequence pattern without brackets.
patterns(A) ::= pat_elem(P).             { A = build_pat_group(ctx, P); }
patterns(A) ::= pat_elem(P) COMMA.       { A = build_pat_seq(ctx, P, build_seq1(ctx, P)); }
patterns(A) ::= pat_list2(L).            { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
patterns(A) ::= pat_list2(L) COMMA.      { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
pat_list2(A) ::= pat_elem(X) COMMA pat_elem(Y). { A = build_push(ctx, build_seq1(ctx, X), Y); }
pat_list2(A) ::= pat_list2(L) COMMA pat_elem(Y). { A = build_push(ctx, L, Y); }
pat_elem(A) ::= pattern(P).              { A = P; }
pat_elem(A) ::= STAR(S) NAME(N).         { A = build_pat_star(ctx, S, N); }

pattern(A) ::= or_pattern(P).            { A = P; }
pattern(A) ::= or_pattern(P) AS NAME(N). { A = build_pat_as(ctx, P, N); }
or_pattern(A) ::= closed_pattern(P).     { A = P; }
or_pattern(A) ::= or_pats(L).            { A = build_pat_or(ctx, L); }
or_pats(A) ::= closed_pattern(X) VBAR closed_pattern(Y). { A = build_push(ctx, build_seq1(ctx, X), Y); }
or_pats(A) ::= or_pats(L) VBAR closed_pattern(Y). { A = build_push(ctx, L, Y); }

closed_pattern(A) ::= lit_expr(E).       { A = build_pat_literal(ctx, E); }
closed_pattern(A) ::= NAME(N).           { A = build_pat_capture(ctx, N); }
closed_pattern(A) ::= pattern_attr(E).   { A = build_pat_value(ctx, E); }
closed_pattern(A) ::= LPAR(K) RPAR.      { A = build_pat_seq(ctx, NULL, (AstSeq){0}); if (A) { A->line = K.line + ctx->line_base; A->col = K.column; } }
closed_pattern(A) ::= LPAR pat_elem(P) RPAR. { A = build_pat_group(ctx, P); }
closed_pattern(A) ::= LPAR pat_elem(P) COMMA RPAR. { A = build_pat_seq(ctx, P, build_seq1(ctx, P)); }
closed_pattern(A) ::= LPAR pat_list2(L) RPAR. { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
closed_pattern(A) ::= LPAR pat_list2(L) COMMA RPAR. { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
closed_pattern(A) ::= LSQB RSQB.         { A = build_pat_seq(ctx, NULL, (AstSeq){0}); }
closed_pattern(A) ::= LSQB pat_elem(P) RSQB. { A = build_pat_seq(ctx, P, build_seq1(ctx, P)); }
closed_pattern(A) ::= LSQB pat_elem(P) COMMA RSQB. { A = build_pat_seq(ctx, P, build_seq1(ctx, P)); }
closed_pattern(A) ::= LSQB pat_list2(L) RSQB. { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
closed_pattern(A) ::= LSQB pat_list2(L) COMMA RSQB. { A = build_pat_seq(ctx, L.items ? L.items[0] : NULL, L); }
closed_pattern(A) ::= LBRACE(K) RBRACE.  { A = build_pat_mapping(ctx, K, (AstSeq){0}); }
closed_pattern(A) ::= LBRACE(K) map_items(L) RBRACE. { A = build_pat_mapping(ctx, K, L); }
closed_pattern(A) ::= LBRACE(K) map_items(L) COMMA RBRACE. { A = build_pat_mapping(ctx, K, L); }
closed_pattern(A) ::= NAME(N) LPAR RPAR. { A = build_pat_class(ctx, build_name(ctx, N), (AstSeq){0}); }
closed_pattern(A) ::= NAME(N) LPAR class_args(L) RPAR. { A = build_pat_class(ctx, build_name(ctx, N), L); }
closed_pattern(A) ::= NAME(N) LPAR class_args(L) COMMA RPAR. { A = build_pat_class(ctx, build_name(ctx, N), L); }
closed_pattern(A) ::= pattern_attr(C) LPAR RPAR. { A = build_pat_class(ctx, C, (AstSeq){0}); }
closed_pattern(A) ::= pattern_attr(C) LPAR class_args(L) RPAR. { A = build_pat_class(ctx, C, L); }
closed_pattern(A) ::= pattern_attr(C) LPAR class_args(L) COMMA RPAR. { A = build_pat_class(ctx, C, L); }

pattern_attr(A) ::= NAME(N) DOT NAME(M). { A = build_attribute(ctx, build_name(ctx, N), M); }
pattern_attr(A) ::= pattern_attr(V) DOT NAME(M). { A = build_attribute(ctx, V, M); }

// Literal patterns and mapping keys: numbers (signed, complex), strings,
// None/True/False.
lit_expr(A) ::= signed_number(E).        { A = E; }
lit_expr(A) ::= signed_number(L) PLUS NUMBER(N). { A = build_binop(ctx, L, BINOP_ADD, build_number(ctx, N)); }
lit_expr(A) ::= signed_number(L) MINUS NUMBER(N). { A = build_binop(ctx, L, BINOP_SUB, build_number(ctx, N)); }
lit_expr(A) ::= strings(S).              { A = build_string_finish(ctx, S); }
lit_expr(A) ::= NONE(K).                 { A = build_const(ctx, CONST_NONE, K); }
lit_expr(A) ::= TRUE(K).                 { A = build_const(ctx, CONST_TRUE, K); }
lit_expr(A) ::= FALSE(K).                { A = build_const(ctx, CONST_FALSE, K); }
signed_number(A) ::= NUMBER(N).          { A = build_number(ctx, N); }
signed_number(A) ::= MINUS(K) NUMBER(N). { A = build_unary(ctx, K, UNARY_NEG, build_number(ctx, N)); }

map_items(A) ::= map_item(X).            { A = X; }
map_items(A) ::= map_items(L) COMMA map_item(X). { A = build_concat(ctx, L, X); }
%type map_item {AstSeq}
%destructor map_item { (void)$$; }
// Pairs key, pattern; `**rest` is the pair NULL, MatchAs(rest).
map_item(A) ::= lit_expr(K) COLON pattern(P). { A = build_push(ctx, build_seq1(ctx, K), P); }
map_item(A) ::= pattern_attr(K) COLON pattern(P). { A = build_push(ctx, build_seq1(ctx, K), P); }
map_item(A) ::= DOUBLESTAR NAME(N).      { A = build_push(ctx, build_seq1(ctx, NULL), build_pat_capture(ctx, N)); }

class_args(A) ::= class_arg(X).          { A = build_seq1(ctx, X); }
class_args(A) ::= class_args(L) COMMA class_arg(X). { A = build_push(ctx, L, X); }
// A keyword pattern is a KEYWORD node holding the pattern.
class_arg(A) ::= pattern(P).             { A = P; }
class_arg(A) ::= NAME(N) EQUAL pattern(P). { A = build_keyword(ctx, build_name(ctx, N), P); }
