/* test_compiler.c: the symtable and code generator, checked through the
 * disassembly, the fields of the code objects they produce, and the
 * SyntaxErrors (message and position) of scope errors. */
#include <stdlib.h>
#include <string.h>

#include "compile/compiler.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "support.h"

// Objects a test made (code objects, disassemblies), released after it so
// that the sanitizer build sees no leak.
static Obj *kept[64];
static size_t nkept;

static Obj *keep(Obj *o) {
    cr_assert_lt(nkept, sizeof kept / sizeof kept[0]);
    kept[nkept++] = o;
    return o;
}

static void compiler_teardown(void) {
    while (nkept > 0) {
        obj_decref(kept[--nkept]);
    }
    support_teardown();
}

TestSuite(compiler, .init = support_setup, .fini = compiler_teardown);

static Obj *compile_mode(const char *src, ParseMode mode) {
    Obj *code = comp_compile_source(vm, src, strlen(src), "t.py", mode, NULL);
    cr_assert_not_null(code, "compilation of %s failed", src);
    return keep(code);
}

static Obj *compile_ok(const char *src) {
    return compile_mode(src, PARSE_FILE);
}

// The disassembly as a C string (the str lives until the test ends).
static const char *dis(Obj *code) {
    Obj *text = code_disassemble(vm, code);
    cr_assert_not_null(text);
    return str_cstr(keep(text));
}

static void assert_dis_has(Obj *code, const char *fragment) {
    const char *text = dis(code);
    cr_assert_not_null(strstr(text, fragment), "missing '%s' in:\n%s", fragment, text);
}

// The first nested code object named `name` among the constants of `code`.
static CodeObj *nested(Obj *code, const char *name) {
    Obj *consts = ((CodeObj *)code)->consts;
    for (size_t i = 0; i < tuple_len(consts); i++) {
        Obj *k = tuple_get_borrow(consts, i);
        if (obj_type(k) == &code_type && str_equal_cstr(((CodeObj *)k)->name, name)) {
            return (CodeObj *)k;
        }
    }
    cr_assert_fail("no nested code object %s", name);
    return NULL;
}

static bool tuple_has(Obj *t, const char *name) {
    for (size_t i = 0; i < tuple_len(t); i++) {
        if (str_equal_cstr(tuple_get_borrow(t, i), name)) {
            return true;
        }
    }
    return false;
}

static int attr_int(Obj *exc, const char *name) {
    Obj *v = obj_getattr_cstr(vm, exc, name);
    cr_assert_not_null(v);
    cr_assert(OBJ_IS_SMALLINT(v), "%s is not an int", name);
    int value = (int)SMALLINT_VALUE(v);
    obj_decref(v);
    return value;
}

// Compiles `src`, expecting a SyntaxError with `msg` at `line`, `offset`.
static void assert_syntax_error(const char *src, const char *msg, int line, int offset) {
    Obj *code = comp_compile_source(vm, src, strlen(src), "t.py", PARSE_FILE, NULL);
    cr_assert_null(code, "%s compiled", src);
    cr_assert(err_matches(vm, &exc_SyntaxError));
    Obj *exc = err_fetch(vm);
    Obj *m = obj_getattr_cstr(vm, exc, "msg");
    cr_assert_not_null(m);
    cr_assert_str_eq(str_cstr(m), msg);
    cr_assert_eq(attr_int(exc, "lineno"), line, "line of '%s'", msg);
    cr_assert_eq(attr_int(exc, "offset"), offset, "offset of '%s'", msg);
    obj_decref(m);
    obj_decref(exc);
}

Test(compiler, module_assignment_and_call) {
    Obj *code = compile_ok("x = 1\nprint(x + 2)\n");
    assert_dis_has(code, "LOAD_CONST 0 (1)");
    assert_dis_has(code, "STORE_NAME 0 (x)");
    assert_dis_has(code, "PUSH_NULL");
    assert_dis_has(code, "BINARY_ADD 0 (+)");
    assert_dis_has(code, "CALL 1");
    CodeObj *c = (CodeObj *)code;
    cr_assert_eq(c->stacksize, 4);
    cr_assert_eq(code_line_at(c, 0), 1);
    cr_assert_eq(code_line_at(c, c->ncode - 1), 2);
}

// The span of the first instruction `op` in `code`.
static SourceSpan span_of(Obj *code, Opcode op) {
    CodeObj *c = (CodeObj *)code;
    for (size_t i = 0; i < c->ncode; i++) {
        if (INSTR_OP(c->code[i]) == op) {
            return code_span_at(c, i);
        }
    }
    cr_assert_fail("no %s in the code", code_opnames[op]);
    return (SourceSpan){0};
}

Test(compiler, spans_record_columns_and_anchors) {
    Obj *code = compile_ok("x = 1\ny = (x +  2) * q[x]\nz = f(\n  x)\n");
    SourceSpan add = span_of(code, OP_BINARY_ADD);
    cr_assert_eq(add.line, 2);
    cr_assert_eq(add.kind, SPAN_BINOP);
    cr_assert_eq(add.col, 5);
    cr_assert_eq(add.end_col, 11);
    cr_assert_eq(add.a, 6);  // the left operand ends here
    cr_assert_eq(add.b, 10); // the right operand starts here
    SourceSpan sub = span_of(code, OP_BINARY_SUBSCR);
    cr_assert_eq(sub.kind, SPAN_SUBSCR);
    cr_assert_eq(sub.col, 15);
    cr_assert_eq(sub.end_col, 19);
    SourceSpan call = span_of(code, OP_CALL);
    cr_assert_eq(call.line, 3);
    cr_assert_eq(call.end_line, 4);
    cr_assert_eq(call.col, 4);
    cr_assert_eq(call.kind, SPAN_PLAIN);
}

Test(compiler, constants_are_deduplicated_by_type) {
    Obj *code = compile_ok("a = 1\nb = 1\nc = 1.0\nd = True\ne = 'x'\nf = 'x'\n");
    cr_assert_eq(tuple_len(((CodeObj *)code)->consts), 5); // 1, 1.0, True, 'x', None
}

Test(compiler, function_locals_cells_and_frees) {
    Obj *code = compile_ok("def f(a, b=2, *args, c, **kw):\n"
                           "    'doc'\n"
                           "    x = a\n"
                           "    def g():\n"
                           "        nonlocal x\n"
                           "        return x + b\n"
                           "    return g\n");
    CodeObj *f = nested(code, "f");
    cr_assert_eq(f->argcount, 2);
    cr_assert_eq(f->kwonlyargcount, 1);
    cr_assert(f->flags & CODE_VARARGS);
    cr_assert(f->flags & CODE_VARKEYWORDS);
    cr_assert(f->flags & CODE_NEWLOCALS);
    cr_assert(str_equal_cstr(tuple_get_borrow(f->varnames, 0), "a"));
    cr_assert(str_equal_cstr(tuple_get_borrow(f->varnames, 2), "c"));
    cr_assert(str_equal_cstr(tuple_get_borrow(f->varnames, 3), "args"));
    cr_assert(str_equal_cstr(tuple_get_borrow(f->varnames, 4), "kw"));
    cr_assert(str_equal_cstr(tuple_get_borrow(f->consts, 0), "doc"));
    cr_assert(tuple_has(f->cellvars, "x"));
    cr_assert(tuple_has(f->cellvars, "b"));
    // b is a captured parameter: the VM moves it into its cell.
    for (int i = 0; i < f->ncells; i++) {
        if (str_equal_cstr(tuple_get_borrow(f->cellvars, (size_t)i), "b")) {
            cr_assert_eq(f->cell2arg[i], 1);
        }
    }
    CodeObj *g = nested((Obj *)f, "g");
    cr_assert(tuple_has(g->freevars, "x"));
    cr_assert(g->flags & CODE_NESTED);
    cr_assert_str_eq(str_cstr(g->qualname), "f.<locals>.g");
    assert_dis_has((Obj *)f, "MAKE_FUNCTION 40"); // flag 8, two cells
    assert_dis_has((Obj *)g, "LOAD_DEREF");
    assert_dis_has(code, "MAKE_FUNCTION 1");
}

Test(compiler, globals_in_functions) {
    Obj *code = compile_ok("def f():\n    global y\n    y = z\n");
    CodeObj *f = nested(code, "f");
    assert_dis_has((Obj *)f, "LOAD_GLOBAL 0 (z)");
    assert_dis_has((Obj *)f, "STORE_GLOBAL 1 (y)");
    cr_assert_eq(tuple_get_borrow(f->consts, 0), OBJ_NONE);
}

Test(compiler, class_with_super_gets_class_cell) {
    Obj *code = compile_ok("class C(B):\n    def m(self):\n        return super().m()\n");
    CodeObj *c = nested(code, "C");
    cr_assert(c->flags & CODE_CLASSBODY);
    cr_assert(tuple_has(c->cellvars, "__class__"));
    assert_dis_has((Obj *)c, "STORE_NAME 1 (__module__)");
    assert_dis_has((Obj *)c, "(__classcell__)");
    CodeObj *m = nested((Obj *)c, "m");
    cr_assert(tuple_has(m->freevars, "__class__"));
    cr_assert_str_eq(str_cstr(m->qualname), "C.m");
    assert_dis_has(code, "LOAD_BUILD_CLASS");
}

Test(compiler, private_names_are_mangled) {
    Obj *code = compile_ok("class C:\n    def __f(self):\n        self.__x = 1\n");
    CodeObj *c = nested(code, "C");
    assert_dis_has((Obj *)c, "(_C__f)");
    assert_dis_has((Obj *)c, "(_C__x)");
}

Test(compiler, comprehension_is_a_nested_function) {
    Obj *code = compile_ok("r = [x * y for x in a if x for y in b]\n");
    CodeObj *lc = nested(code, "<listcomp>");
    cr_assert_eq(lc->argcount, 1);
    cr_assert(str_equal_cstr(tuple_get_borrow(lc->varnames, 0), ".0"));
    assert_dis_has((Obj *)lc, "LIST_APPEND 3");
    assert_dis_has(code, "GET_ITER");
    Obj *g = compile_ok("g = (x for x in a)\n");
    cr_assert(nested(g, "<genexp>")->flags & CODE_GENERATOR);
}

Test(compiler, walrus_in_comprehension_binds_in_function) {
    Obj *code = compile_ok("def f():\n    [(y := x) for x in a]\n    return y\n");
    CodeObj *f = nested(code, "f");
    cr_assert(tuple_has(f->cellvars, "y"));
    CodeObj *lc = nested((Obj *)f, "<listcomp>");
    cr_assert(tuple_has(lc->freevars, "y"));
}

Test(compiler, generators_and_coroutines) {
    Obj *code =
        compile_ok("def g():\n    x = yield 1\n    yield from x\nasync def c():\n    await z\n");
    CodeObj *g = nested(code, "g");
    cr_assert(g->flags & CODE_GENERATOR);
    assert_dis_has((Obj *)g, "GET_YIELD_FROM_ITER");
    assert_dis_has((Obj *)g, "SEND");
    CodeObj *c = nested(code, "c");
    cr_assert(c->flags & CODE_COROUTINE);
    assert_dis_has((Obj *)c, "GET_AWAITABLE");
}

Test(compiler, try_except_finally_blocks) {
    Obj *code = compile_ok("try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n");
    CodeObj *c = (CodeObj *)code;
    assert_dis_has(code, "SETUP_EXCEPT");
    assert_dis_has(code, "CHECK_EXC_MATCH");
    assert_dis_has(code, "DELETE_NAME");
    assert_dis_has(code, "CLEANUP_RERAISE 2");
    assert_dis_has(code, "RERAISE");
    cr_assert_eq(c->maxblocks, 3);
    cr_assert_geq(c->stacksize, 4); // [prev exc prev2 exc2] in the cleanup handler
}

Test(compiler, with_calls_exit) {
    Obj *code = compile_ok("with m as x:\n    pass\n");
    assert_dis_has(code, "BEFORE_WITH");
    assert_dis_has(code, "WITH_EXCEPT_START");
    assert_dis_has(code, "CALL 3");
}

Test(compiler, return_inside_for_pops_the_iterator) {
    Obj *code = compile_ok("def f():\n    for x in y:\n        return x\n");
    assert_dis_has((Obj *)nested(code, "f"), "ROT_TWO");
}

Test(compiler, calls_with_keywords_and_unpacking) {
    Obj *code = compile_ok("o.m(1, k=2)\nf(*a, **b)\n");
    assert_dis_has(code, "LOAD_METHOD");
    assert_dis_has(code, "CALL_KW 2");
    assert_dis_has(code, "(('k',))");
    assert_dis_has(code, "CALL_EX 1");
    assert_dis_has(code, "DICT_MERGE 1");
}

Test(compiler, repl_echoes_and_eval_returns) {
    assert_dis_has(compile_mode("1 + 2\n", PARSE_SINGLE), "PRINT_EXPR");
    Obj *e = compile_mode("1 + 2", PARSE_EVAL);
    CodeObj *c = (CodeObj *)e;
    cr_assert_eq(INSTR_OP(c->code[c->ncode - 1]), OP_RETURN_VALUE);
    cr_assert_eq(INSTR_OP(c->code[c->ncode - 2]), OP_BINARY_ADD);
}

Test(compiler, incomplete_input_is_reported) {
    bool incomplete = false;
    const char *src = "if x:\n";
    Obj *code = comp_compile_source(vm, src, strlen(src), "<stdin>", PARSE_SINGLE, &incomplete);
    cr_assert_null(code);
    cr_assert(incomplete);
    cr_assert(!err_occurred(vm));
}

Test(compiler, scope_errors) {
    assert_syntax_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    assert_syntax_error("x = 1\nglobal x\n", "name 'x' is assigned to before global declaration", 2,
                        1);
    assert_syntax_error("def f():\n    print(x)\n    global x\n",
                        "name 'x' is used prior to global declaration", 3, 5);
    assert_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    assert_syntax_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    assert_syntax_error("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5);
    assert_syntax_error("def f():\n    x = 1\n    print(x)\n    global x\n",
                        "name 'x' is used prior to global declaration", 4, 5);
    assert_syntax_error("def f():\n    x: int\n    global x\n",
                        "annotated name 'x' can't be global", 3, 5);
    assert_syntax_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1,
                        10);
}

Test(compiler, misplaced_statements) {
    assert_syntax_error("yield 1\n", "'yield' outside function", 1, 1);
    assert_syntax_error("x = 1\nreturn x\n", "'return' outside function", 2, 1);
    assert_syntax_error("break\n", "'break' outside loop", 1, 1);
    assert_syntax_error("for x in y:\n  def f():\n    continue\n",
                        "'continue' not properly in loop", 3, 5);
    assert_syntax_error("await x\n", "'await' outside function", 1, 1);
    assert_syntax_error("def f():\n  from m import *\n", "import * only allowed at module level", 2,
                        17);
}

Test(compiler, syntax_error_carries_cpython_args) {
    const char *src = "x = 1\nreturn x\n";
    cr_assert_null(comp_compile_source(vm, src, strlen(src), "t.py", PARSE_FILE, NULL));
    Obj *exc = err_fetch(vm);
    Obj *args = ((ExcObj *)exc)->args;
    cr_assert_eq(tuple_len(args), 2);
    Obj *loc = tuple_get_borrow(args, 1);
    cr_assert_eq(tuple_len(loc), 6);
    cr_assert(str_equal_cstr(tuple_get_borrow(loc, 0), "t.py"));
    cr_assert(str_equal_cstr(tuple_get_borrow(loc, 3), "return x\n"));
    Obj *text = obj_getattr_cstr(vm, exc, "text");
    cr_assert(str_equal_cstr(text, "return x\n"));
    obj_decref(text);
    obj_decref(exc);
}

Test(compiler, too_many_nested_blocks) {
    char src[2048] = "";
    for (int i = 0; i < 21; i++) {
        size_t n = strlen(src);
        memset(src + n, ' ', (size_t)i);
        strcpy(src + n + i, "while x:\n");
    }
    size_t n = strlen(src);
    memset(src + n, ' ', 21);
    strcpy(src + n + 21, "pass\n");
    assert_syntax_error(src, "too many statically nested blocks", 21, 21);
}

Test(compiler, deep_expressions_raise_recursion_error) {
    size_t terms = 5000;
    char *src = malloc(terms * 2 + 8);
    cr_assert_not_null(src);
    size_t n = 0;
    memcpy(src, "x = 1", 5);
    n = 5;
    for (size_t i = 1; i < terms; i++) {
        src[n++] = '+';
        src[n++] = '1';
    }
    src[n] = '\0';
    Obj *code = comp_compile_source(vm, src, strlen(src), "t.py", PARSE_FILE, NULL);
    free(src);
    cr_assert_null(code);
    cr_assert(err_matches(vm, &exc_RecursionError) || err_matches(vm, &exc_SyntaxError) ||
              err_matches(vm, &exc_MemoryError));
    err_clear(vm);
}

Test(compiler, bytes_and_imaginary_literals_are_constants) {
    Obj *code = compile_ok("x = b'a\\x00'\ny = b'a\\x00'\nz = 2.5j\n");
    Obj *consts = ((CodeObj *)code)->consts;
    cr_assert_eq(tuple_len(consts), 3); // b'a\x00' once, 2.5j, None
    assert_dis_has(code, "LOAD_CONST 0 (b'a\\x00')");
    assert_dis_has(code, "LOAD_CONST 1 (2.5j)");
}

Test(compiler, constant_tuples_and_signed_numbers_are_folded) {
    Obj *code = compile_ok("a = (1, -2, ('x', 3.5), ())\nb = (1, -2, ('x', 3.5), ())\n");
    assert_dis_has(code, "LOAD_CONST 0 ((1, -2, ('x', 3.5), ()))");
    assert_dis_has(code, "    2    2 LOAD_CONST 0 ");
    assert_dis_has(compile_ok("c = (1, x)\n"), "BUILD_TUPLE 2");
}

Test(compiler, module_and_class_annotations_are_stored) {
    Obj *code = compile_ok("x: int = 1\nclass C:\n    y: str\n");
    assert_dis_has(code, "STORE_NAME 0 (__annotations__)");
    assert_dis_has(code, "STORE_SUBSCR");
    assert_dis_has((Obj *)nested(code, "C"), "(__annotations__)");
    // Function annotations are not evaluated.
    Obj *f = compile_ok("def f():\n    z: undefined_name = 1\n");
    const char *text = dis((Obj *)nested(f, "f"));
    cr_assert_null(strstr(text, "undefined_name"));
}

Test(compiler, break_in_finally_drops_a_pending_return_value) {
    // The stack-depth pass rejects inconsistent code, so compiling is the test.
    Obj *code = compile_ok("def f(y):\n"
                           "    for x in y:\n"
                           "        try:\n"
                           "            return x\n"
                           "        finally:\n"
                           "            continue\n");
    assert_dis_has((Obj *)nested(code, "f"), "RETURN_VALUE");
}

Test(compiler, debug_is_a_constant) {
    assert_dis_has(compile_ok("print(__debug__)\n"), "LOAD_CONST 0 (True)");
}
