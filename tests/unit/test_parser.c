/* test_parser.c: source to AST through the whole front end. Checks the
 * ast_dump of many constructs, precedence, string and f-string literals,
 * CPython 3.11's error messages and positions, REPL incompleteness, and
 * that absurd nesting is an error, not a crash. Links ouro_parse only. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memory/mem.h"
#include "parse/parser.h"

// The dump of `src` parsed in `mode`, or "ERR <msg> (line,col)".
static char result[4096];

static const char *parse_mode(const char *src, size_t len, ParseMode mode) {
    AstArena *arena = ast_arena_new();
    cr_assert_not_null(arena);
    ParseError err;
    AstNode *root = parser_parse(arena, src, len, mode, &err);
    if (root) {
        char *d = ast_dump(root);
        cr_assert_not_null(d);
        snprintf(result, sizeof result, "%s", d);
        mem_free(d);
    } else {
        snprintf(result, sizeof result, "ERR %s (%d,%d)", err.msg, err.line, err.col);
    }
    ast_arena_free(arena);
    return result;
}

static const char *parse(const char *src) {
    return parse_mode(src, strlen(src), PARSE_FILE);
}

// Checks that `src` parses to module body `body` ("Module([" body "])").
static void expect(const char *src, const char *body) {
    char want[4096];
    snprintf(want, sizeof want, "Module([%s])", body);
    cr_assert_str_eq(parse(src), want, "source: %s", src);
}

static void expect_error(const char *src, ParseErrorKind kind, const char *msg, int line, int col) {
    AstArena *arena = ast_arena_new();
    ParseError err;
    AstNode *root = parser_parse(arena, src, strlen(src), PARSE_FILE, &err);
    cr_assert_null(root, "no error for: %s", src);
    cr_assert_str_eq(err.msg, msg, "source: %s", src);
    cr_assert_eq(err.kind, kind, "%s: kind %d", src, err.kind);
    cr_assert_eq(err.line, line, "%s: line %d", src, err.line);
    cr_assert_eq(err.col, col, "%s: col %d", src, err.col);
    ast_arena_free(arena);
}

static void syntax_error(const char *src, const char *msg, int line, int col) {
    expect_error(src, PERR_SYNTAX, msg, line, col);
}

TestSuite(parser);

Test(parser, assignments) {
    expect("x = 1 + 2 * 3",
           "Assign(BinOp(Add, Constant(1), BinOp(Mult, Constant(2), Constant(3))), "
           "[Name('x', Store)])");
    expect("a = b = c", "Assign(Name('c'), [Name('a', Store), Name('b', Store)])");
    expect("x, *y = 1, 2",
           "Assign(Tuple([Constant(1), Constant(2)]), [Tuple(Store, [Name('x', Store), "
           "Starred(Store, Name('y', Store))])])");
    expect("[a, b] = 1",
           "Assign(Constant(1), [List(Store, [Name('a', Store), Name('b', Store)])])");
    expect("a, = b", "Assign(Name('b'), [Tuple(Store, [Name('a', Store)])])");
    expect("x += 1", "AugAssign(Add, Name('x', Store), Constant(1))");
    expect("x **= 2", "AugAssign(Pow, Name('x', Store), Constant(2))");
    expect("x: int = 5", "AnnAssign(Name('x', Store), Name('int'), Constant(5))");
    expect("a.b: int", "AnnAssign(Attribute('b', Store, Name('a')), Name('int'))");
    expect("del a, b[1], c.d", "Delete([Name('a', Del), Subscript(Del, Name('b'), Constant(1)), "
                               "Attribute('d', Del, Name('c'))])");
    expect("x = 1; y = 2;",
           "Assign(Constant(1), [Name('x', Store)]), Assign(Constant(2), [Name('y', Store)])");
}

Test(parser, precedence) {
    expect("-2**2", "Expr(UnaryOp(USub, BinOp(Pow, Constant(2), Constant(2))))");
    expect("2**-1", "Expr(BinOp(Pow, Constant(2), UnaryOp(USub, Constant(1))))");
    expect("a**b**c", "Expr(BinOp(Pow, Name('a'), BinOp(Pow, Name('b'), Name('c'))))");
    expect("a - b - c", "Expr(BinOp(Sub, BinOp(Sub, Name('a'), Name('b')), Name('c')))");
    expect("a | b ^ c & d << e + f * g",
           "Expr(BinOp(BitOr, Name('a'), BinOp(BitXor, Name('b'), BinOp(BitAnd, Name('c'), "
           "BinOp(LShift, Name('d'), BinOp(Add, Name('e'), BinOp(Mult, Name('f'), "
           "Name('g'))))))))");
    expect("not a and b or c",
           "Expr(BoolOp(Or, [BoolOp(And, [UnaryOp(Not, Name('a')), Name('b')]), Name('c')]))");
    expect("a or b or c", "Expr(BoolOp(Or, [Name('a'), Name('b'), Name('c')]))");
    expect("a < b < c", "Expr(Compare(Lt, Lt, Name('a'), [Name('b'), Name('c')]))");
    expect("a is not b", "Expr(Compare(IsNot, Name('a'), [Name('b')]))");
    expect("a not in b", "Expr(Compare(NotIn, Name('a'), [Name('b')]))");
    expect("a if b else c", "Expr(IfExp(Name('b'), Name('a'), Name('c')))");
    expect("-x ** 2 * 3",
           "Expr(BinOp(Mult, UnaryOp(USub, BinOp(Pow, Name('x'), Constant(2))), Constant(3)))");
    expect("~a @ b", "Expr(BinOp(MatMult, UnaryOp(Invert, Name('a')), Name('b')))");
}

Test(parser, primaries) {
    expect("print('hi %d' % 3, end='')",
           "Expr(Call(Name('print'), [BinOp(Mod, Constant('hi %d'), Constant(3))], "
           "[keyword('end', Constant(''))]))");
    expect("f(*a, **k)", "Expr(Call(Name('f'), [Starred(Name('a'))], [keyword(Name('k'))]))");
    expect("f(x for x in y)",
           "Expr(Call(Name('f'), [GeneratorExp(Name('x'), [comprehension(Name('x', Store), "
           "Name('y'))])]))");
    expect("a[1:2, ::3]", "Expr(Subscript(Name('a'), Tuple([Slice(Constant(1), Constant(2)), "
                          "Slice(Constant(3))])))");
    expect("a[1, 2]", "Expr(Subscript(Name('a'), Tuple([Constant(1), Constant(2)])))");
    expect("f(a)(b)[c].d",
           "Expr(Attribute('d', Subscript(Call(Call(Name('f'), [Name('a')]), [Name('b')]), "
           "Name('c'))))");
    expect("(y := f(x))", "Expr(NamedExpr(Name('y', Store), Call(Name('f'), [Name('x')])))");
}

Test(parser, displays_and_comprehensions) {
    expect("()", "Expr(Tuple())");
    expect("(1,)", "Expr(Tuple([Constant(1)]))");
    expect("(1)", "Expr(Constant(1))");
    expect("[*a, *b]", "Expr(List([Starred(Name('a')), Starred(Name('b'))]))");
    expect("{1, 2, *s}", "Expr(Set([Constant(1), Constant(2), Starred(Name('s'))]))");
    expect("{**a, 'b': 1}", "Expr(Dict([None, Constant('b')], [Name('a'), Constant(1)]))");
    expect("{}", "Expr(Dict())");
    expect("[x for x in y if a if b for z in w]",
           "Expr(ListComp(Name('x'), [comprehension(Name('x', Store), Name('y'), [Name('a'), "
           "Name('b')]), comprehension(Name('z', Store), Name('w'))]))");
    expect("{a: b for a, b in y}",
           "Expr(DictComp(Name('a'), Name('b'), [comprehension(Tuple(Store, [Name('a', Store), "
           "Name('b', Store)]), Name('y'))]))");
    expect("{a for a in y}",
           "Expr(SetComp(Name('a'), [comprehension(Name('a', Store), Name('y'))]))");
    expect("(a for a in y)",
           "Expr(GeneratorExp(Name('a'), [comprehension(Name('a', Store), Name('y'))]))");
    expect("...", "Expr(Constant(Ellipsis))");
    expect("x = yield", "Assign(Yield(), [Name('x', Store)])");
    expect("yield from g()", "Expr(YieldFrom(Call(Name('g'))))");
    expect("lambda x, *y, z=1, **k: x",
           "Expr(Lambda(arguments(arg('y'), arg('k'), [arg('x')], [arg('z')], [Constant(1)]), "
           "Name('x')))");
}

Test(parser, compound_statements) {
    expect("if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
           "If(Name('a'), [Expr(Name('b'))], [If(Name('c'), [Expr(Name('d'))], "
           "[Expr(Name('e'))])])");
    expect("while x:\n  pass\nelse:\n  break", "While(Name('x'), [Pass()], [Break()])");
    expect("for x, in y: continue",
           "For(Tuple(Store, [Name('x', Store)]), Name('y'), [Continue()])");
    expect("try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e",
           "Try([ExceptHandler('e', Name('E'), [Expr(Name('b'))]), "
           "ExceptHandler([Expr(Name('c'))])], [Expr(Name('e'))], [Expr(Name('a'))], "
           "[Expr(Name('d'))])");
    expect("with a as b, c: pass",
           "With([withitem(Name('a'), Name('b', Store)), withitem(Name('c'))], [Pass()])");
    expect("with (a as b, c as d): pass",
           "With([withitem(Name('a'), Name('b', Store)), withitem(Name('c'), "
           "Name('d', Store))], [Pass()])");
    expect("with (a, b) as c: pass",
           "With([withitem(Tuple([Name('a'), Name('b')]), Name('c', Store))], [Pass()])");
    expect("def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
           "FunctionDef('f', arguments(arg('args'), arg('kw'), [arg('a'), arg('b')], "
           "[arg('c'), arg('d')], [None, Constant(2)], [Constant(1)]), Name('int'), "
           "[Return(Name('a'))])");
    expect("def f(a, /, b): pass", "FunctionDef('f', arguments([arg('a')], [arg('b')]), [Pass()])");
    expect("class A(B, metaclass=M):\n  pass",
           "ClassDef('A', [Name('B')], [keyword('metaclass', Name('M'))], [Pass()])");
    expect("@dec\n@dec2(1)\ndef f(): pass",
           "FunctionDef('f', arguments(), [Name('dec'), Call(Name('dec2'), [Constant(1)])], "
           "[Pass()])");
    expect("async def f():\n    await x\n    async for a in b: pass\n    async with c: pass",
           "FunctionDef('f', async, arguments(), [Expr(Await(Name('x'))), For(async, "
           "Name('a', Store), Name('b'), [Pass()]), With(async, [withitem(Name('c'))], "
           "[Pass()])])");
}

Test(parser, simple_statements) {
    expect("import a.b.c as d, e", "Import([alias('a.b.c', as='d'), alias('e')])");
    expect("from ..a import (b as c, d,)",
           "ImportFrom('a', level=2, [alias('b', as='c'), alias('d')])");
    expect("from . import x", "ImportFrom(level=1, [alias('x')])");
    expect("from a import *", "ImportFrom('a', level=0, [alias('*')])");
    expect("global a, b", "Global([Name('a'), Name('b')])");
    expect("assert x, 'm'", "Assert(Name('x'), Constant('m'))");
    expect("raise E from e", "Raise(Name('E'), Name('e'))");
    expect("return", "Return()");
}

Test(parser, string_literals) {
    expect("'a\\tb\\x41\\u00e9\\101\\q'", "Expr(Constant('a\\tbA"
                                          "\xc3\xa9"
                                          "A\\\\q'))");
    expect("'a' \"b\" '''c'''", "Expr(Constant('abc'))");
    expect("r'\\n'", "Expr(Constant('\\\\n'))");
    expect("b'\\xff' B'a'", "Expr(Constant(b'\\xffa'))");
    expect("'a\\\nb'", "Expr(Constant('ab'))");
    syntax_error("x = b'\xc3\xa9'", "bytes can only contain ASCII literal characters", 1, 5);
    syntax_error("x = 'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 9);
}

Test(parser, fstrings) {
    expect("f'a{b!r:>{w}}c{{d}}'",
           "Expr(JoinedStr([Constant('a'), FormattedValue(!r, Name('b'), "
           "JoinedStr([Constant('>'), FormattedValue(Name('w'))])), Constant('c{d}')]))");
    expect("f'{x=}'", "Expr(JoinedStr([Constant('x='), FormattedValue(!r, Name('x'))]))");
    expect("f'{x = :>5}'", "Expr(JoinedStr([Constant('x = '), FormattedValue(Name('x'), "
                           "JoinedStr([Constant('>5')]))]))");
    expect("f'{a}' 'b' f'{c!s}'", "Expr(JoinedStr([FormattedValue(Name('a')), Constant('b'), "
                                  "FormattedValue(!s, Name('c'))]))");
    expect("f'{\"a\" if x else \"b\"}'",
           "Expr(JoinedStr([FormattedValue(IfExp(Name('x'), Constant('a'), Constant('b')))]))");
    syntax_error("f'{}'", "f-string: empty expression not allowed", 1, 4);
    syntax_error("f'}'", "f-string: single '}' is not allowed", 1, 3);
    syntax_error("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
                 4);
    syntax_error("f'{a b}'", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 4);
    syntax_error("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply", 1, 9);
}

Test(parser, target_errors) {
    syntax_error("f() = 1",
                 "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax_error("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1,
                 1);
    syntax_error("a + 1 = 2",
                 "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax_error("a = f() = 2", "cannot assign to function call", 1, 5);
    syntax_error("del f()", "cannot delete function call", 1, 5);
    syntax_error("del (a, 1)", "cannot delete literal", 1, 9);
    syntax_error("f() += 1", "'function call' is an illegal expression for augmented assignment", 1,
                 1);
    syntax_error("(a, b) += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    syntax_error("for f() in x: pass", "cannot assign to function call", 1, 5);
    syntax_error("[x for f() in y]", "cannot assign to function call", 1, 8);
    syntax_error("with a as f(): pass", "cannot assign to function call", 1, 11);
    syntax_error("None = 1", "cannot assign to None", 1, 1);
    syntax_error("__debug__ = 1", "cannot assign to __debug__", 1, 1);
    syntax_error("x = yield = 1", "assignment to yield expression not possible", 1, 5);
    syntax_error("*a = 1", "starred assignment target must be in a list or tuple", 1, 1);
    syntax_error("a = *b", "can't use starred expression here", 1, 5);
    syntax_error("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1);
    syntax_error("f(a.b=1)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1,
                 3);
}

Test(parser, syntax_errors) {
    syntax_error("x = = 1", "invalid syntax", 1, 5);
    syntax_error("1 +", "invalid syntax", 1, 4);
    syntax_error("if x\n  pass", "expected ':'", 1, 5);
    syntax_error("class A\n", "expected ':'", 1, 8);
    syntax_error("print(1 2)", "invalid syntax. Perhaps you forgot a comma?", 1, 7);
    syntax_error("f(a=1, b)", "positional argument follows keyword argument", 1, 8);
    syntax_error("f(**a, b)", "positional argument follows keyword argument unpacking", 1, 8);
    syntax_error("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12);
    syntax_error("f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3);
    syntax_error("def f(*): pass", "named arguments must follow bare *", 1, 7);
    syntax_error("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10);
    syntax_error("if x = 1:\n  pass",
                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4);
    syntax_error("print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1,
                 1);
    syntax_error("try:\n  pass\nx = 1", "expected 'except' or 'finally' block", 3, 1);
    syntax_error("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5);
    syntax_error("x = (1,\n2", "'(' was never closed", 1, 5);
    syntax_error("(a as b)", "invalid syntax", 1, 4);
    // As in CPython, the rest of the source is scanned after a parser error:
    // a tokenizer error or a bracket left open before the error wins.
    syntax_error("values = [1, 2, 3\nprint(values)\nx = 1\n", "'[' was never closed", 1, 10);
    syntax_error("foo(\nx = = 1\n", "'(' was never closed", 1, 4);
    syntax_error("x = (1 +* 2\n", "invalid syntax", 1, 9);
    syntax_error("x = = 1\ny = \"abc\n", "unterminated string literal (detected at line 2)", 2, 5);
    syntax_error("x = '''abc\nd\n", "unterminated triple-quoted string literal (detected at line 2)",
                 1, 5);
    expect_error("if x:\npass", PERR_INDENT,
                 "expected an indented block after 'if' statement on line 1", 2, 1);
    expect_error("  x", PERR_INDENT, "unexpected indent", 1, 2);
}

Test(parser, bad_bytes) {
    AstArena *arena = ast_arena_new();
    ParseError err;
    cr_assert_null(parser_parse(arena, "x = 1\0", 6, PARSE_FILE, &err));
    cr_assert_str_eq(err.msg, "source code cannot contain null bytes");
    cr_assert_null(parser_parse(arena, "x = 1\n\xff\n", 8, PARSE_FILE, &err));
    cr_assert_eq(err.line, 2);
    cr_assert_str_eq(err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: "
                              "invalid start byte");
    ast_arena_free(arena);
}

Test(parser, modes) {
    const char *s = "x = 1\n";
    cr_assert_str_eq(parse_mode(s, strlen(s), PARSE_SINGLE),
                     "Interactive([Assign(Constant(1), [Name('x', Store)])])");
    s = "  1, 2";
    cr_assert_str_eq(parse_mode(s, strlen(s), PARSE_EVAL),
                     "Expression(Tuple([Constant(1), Constant(2)]))");
    s = "if x:\n    pass\n\n";
    cr_assert_str_eq(parse_mode(s, strlen(s), PARSE_SINGLE),
                     "Interactive([If(Name('x'), [Pass()])])");
    s = "x = 1\ny = 2\n";
    cr_assert_str_eq(parse_mode(s, strlen(s), PARSE_SINGLE),
                     "ERR multiple statements found while compiling a single statement (1,1)");
}

Test(parser, single_mode_incomplete) {
    const char *incomplete[] = {"if x:\n",      "if x:\n    pass\n",      "(1,\n", "x = '''a\n",
                                "x = 1 + \\\n", "def f():\n  return 1\n", "@d\n"};
    for (size_t i = 0; i < sizeof incomplete / sizeof incomplete[0]; i++) {
        AstArena *arena = ast_arena_new();
        ParseError err;
        const char *s = incomplete[i];
        cr_assert_null(parser_parse(arena, s, strlen(s), PARSE_SINGLE, &err));
        cr_assert_eq(err.kind, PERR_INCOMPLETE, "%s: %s", s, err.msg);
        ast_arena_free(arena);
    }
    // A real error before the end is reported at once.
    const char *s = "def f():\n  1 +* 2\n";
    cr_assert_str_eq(parse_mode(s, strlen(s), PARSE_SINGLE), "ERR invalid syntax (2,6)");
    // In a file, the same inputs are errors.
    cr_assert_str_eq(parse("if x:\n"),
                     "ERR expected an indented block after 'if' statement on line 1 (1,6)");
}

// Builds `count` copies of `unit` followed by `tail`.
static char *repeat(const char *unit, size_t count, const char *tail) {
    size_t u = strlen(unit), t = strlen(tail);
    char *s = malloc(u * count + t + 1);
    for (size_t i = 0; i < count; i++) {
        memcpy(s + i * u, unit, u);
    }
    memcpy(s + u * count, tail, t + 1);
    return s;
}

Test(parser, deep_nesting_is_an_error_not_a_crash) {
    const char *units[] = {"(", "[", "-", "not ", "~", "lambda: ", "a if b else "};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        char *s = repeat(units[i], 100000, "1");
        const char *r = parse(s);
        cr_assert(strncmp(r, "ERR too many nested parentheses", 31) == 0, "%s: %s", units[i], r);
        free(s);
    }
    char *ok = repeat("-", 500, "1");
    cr_assert(strncmp(parse(ok), "Module(", 7) == 0);
    free(ok);
}

Test(parser, arena_and_dump_basics) {
    AstArena *arena = ast_arena_new();
    AstNode *n = ast_new(arena, AST_NAME, 3, 4);
    cr_assert_eq(n->line, 3);
    n->name = ast_strdup(arena, "abc", 3);
    AstNode *bad = NULL;
    cr_assert_null(ast_set_context(n, CTX_STORE, &bad));
    cr_assert_eq(n->ctx, CTX_STORE);
    AstSeq seq = {0};
    for (int i = 0; i < 100; i++) {
        cr_assert_eq(ast_seq_push(arena, &seq, n), 0);
    }
    cr_assert_eq(seq.len, 100);
    char *d = ast_dump(n);
    cr_assert_str_eq(d, "Name('abc', Store)");
    mem_free(d);
    cr_assert_str_eq(ast_kind_name(AST_BINOP), "BinOp");
    cr_assert_str_eq(ast_kind_name(AST_MATCH_OR), "MatchOr");
    ast_arena_free(arena);
}

Test(parser, memory_exhaustion_is_reported_not_fatal) {
    // Big enough that the arena needs several chunks; f-strings re-enter.
    static char src[40000];
    size_t len = 0;
    for (int i = 0; len < sizeof src - 200; i++) {
        len += (size_t)snprintf(src + len, sizeof src - len,
                                "def f%d(a, b=1):\n    return [f'{a!r:>{b}}' for x in y]\n", i);
    }
    bool saw_success = false;
    for (size_t n = 1; n < 100000 && !saw_success; n = n < 40 ? n + 1 : n * 5 / 4) {
        AstArena *arena = ast_arena_new();
        cr_assert_not_null(arena);
        ParseError err;
        mem_fail_after(n);
        AstNode *root = parser_parse(arena, src, len, PARSE_FILE, &err);
        mem_fail_after(0);
        if (root == NULL) {
            cr_assert_eq(err.kind, PERR_NOMEM, "n=%zu: %s", n, err.msg);
        } else {
            saw_success = true;
        }
        ast_arena_free(arena);
    }
    cr_assert(saw_success);
}

Test(parser, match_statements) {
    expect("match x, y:\n    case a, b: pass\n    case None: pass",
           "Match(Tuple([Name('x'), Name('y')]), [match_case(MatchSequence([MatchAs('a'), "
           "MatchAs('b')]), [Pass()]), match_case(MatchSingleton(None), [Pass()])])");
    expect("match p:\n    case Point(x=0, y=_) if y > 0:\n        pass\n    case _:\n        pass",
           "Match(Name('p'), [match_case(MatchClass(Name('Point'), [MatchValue(Constant(0)), "
           "MatchAs()], [Name('x'), Name('y')]), Compare(Gt, Name('y'), [Constant(0)]), "
           "[Pass()]), match_case(MatchAs(), [Pass()])])");
    expect("match m:\n case {'k': v, **kw} | [1, *rest] as t: pass",
           "Match(Name('m'), [match_case(MatchAs('t', MatchOr([MatchMapping('kw', "
           "[Constant('k')], [MatchAs('v')]), MatchSequence([MatchValue(Constant(1)), "
           "MatchStar('rest')])])), [Pass()])])");
    expect("match z:\n case -1 + 2j | a.B: pass",
           "Match(Name('z'), [match_case(MatchOr([MatchValue(BinOp(Add, UnaryOp(USub, "
           "Constant(1)), Constant(2j))), MatchValue(Attribute('B', Name('a')))]), [Pass()])])");
    // The soft keywords stay names elsewhere.
    expect("match = 1", "Assign(Constant(1), [Name('match', Store)])");
    expect("match(x)", "Expr(Call(Name('match'), [Name('x')]))");
    expect("case[0]: int = 5",
           "AnnAssign(Subscript(Store, Name('case'), Constant(0)), Name('int'), Constant(5))");
    syntax_error("match x:\n    case Foo(b=2, 1): pass",
                 "positional patterns follow keyword patterns", 2, 19);
    syntax_error("match x:\n    case [*a, *b]: pass", "multiple starred names in sequence pattern",
                 2, 15);
    expect_error("match x:\n  case 1:\npass", PERR_INDENT,
                 "expected an indented block after 'case' statement on line 2", 3, 1);
}
