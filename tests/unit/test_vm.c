/* test_vm.c: the dispatch loop, calls and argument binding, closures,
 * exception flows, classes, generators and the recursion limit, each
 * checked by running a small source and reading its globals or its
 * pending exception. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "support.h"

#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "vm/vm.h"

SUPPORT_SUITE(vm);

// Runs `src` in a fresh namespace; returns the globals (new reference) and
// stores the pending exception (or NULL) in *exc.
static Obj *run(const char *src, Obj **exc) {
    Obj *g = dict_new(vm);
    cr_assert_not_null(g);
    Obj *r = vm_run_source(vm, src, strlen(src), "<test>", g);
    obj_xdecref(r);
    *exc = r == NULL ? err_fetch(vm) : NULL;
    return g;
}

static void expect_int(const char *src, const char *name, int64_t want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    if (exc != NULL) {
        Obj *msg = exc_message(vm, exc);
        cr_assert_fail("unexpected %s: %s", obj_type_name(exc), msg ? str_cstr(msg) : "?");
    }
    Obj *v = dict_get_cstr_borrow(vm, g, name);
    cr_assert_not_null(v, "%s not bound", name);
    int64_t got = 0;
    cr_assert_eq(int_as_i64(vm, v, &got), 0);
    cr_assert_eq(got, want, "%s = %lld, want %lld", name, (long long)got, (long long)want);
    obj_decref(g);
}

static void expect_str(const char *src, const char *name, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    if (exc != NULL) {
        Obj *msg = exc_message(vm, exc);
        cr_assert_fail("unexpected %s: %s", obj_type_name(exc), msg ? str_cstr(msg) : "?");
    }
    Obj *v = dict_get_cstr_borrow(vm, g, name);
    cr_assert_not_null(v, "%s not bound", name);
    cr_assert(str_check(v));
    cr_assert_str_eq(str_cstr(v), want);
    obj_decref(g);
}

static void expect_error(const char *src, TypeObj *type, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    cr_assert_not_null(exc, "no exception raised by: %s", src);
    cr_assert(obj_is_instance(exc, type), "raised %s, want %s", obj_type_name(exc), type->name);
    Obj *msg = exc_message(vm, exc);
    cr_assert_not_null(msg);
    cr_assert_str_eq(str_cstr(msg), want);
    obj_decref(msg);
    obj_decref(exc);
    obj_decref(g);
}

Test(vm, smallint_fast_paths) {
    expect_int("x = 2 + 3 * 4 - 1", "x", 13);
    expect_int("x = -7 // 2", "x", -4);
    expect_int("x = -7 % 3", "x", 2);
    expect_int("x = 7 % -3", "x", -2);
    expect_int("x = (1 << 10) | 5", "x", 1029);
    expect_int("x = 0\nfor i in range(100):\n    x += i\n", "x", 4950);
    expect_int("x = int(2**62 + 2**62 - 2**63)", "x", 0);
    expect_int("x = 1 if 3 < 4 <= 4 else 0", "x", 1);
}

Test(vm, overflow_falls_back_to_big_ints) {
    expect_str("x = str(4611686018427387903 + 1)", "x", "4611686018427387904");
    expect_str("x = str(3037000500 * 3037000500)", "x", "9223372037000250000");
}

Test(vm, calls_with_every_argument_form) {
    expect_int("def f(a, b=2, *args, k=3, **kw):\n"
               "    return a + b + len(args) + k + len(kw)\n"
               "x = f(1) + f(1, 2, 3, 4, k=5, z=6) + f(*[1, 2], **{'k': 1})\n",
               "x", 21);
    expect_int("def f(a, /, b, *, c):\n    return a * 100 + b * 10 + c\nx = f(1, b=2, c=3)", "x",
               123);
}

Test(vm, argument_errors_use_cpython_messages) {
    expect_error("def f(x): pass\nf()", &exc_TypeError,
                 "f() missing 1 required positional argument: 'x'");
    expect_error("def f(x, y): pass\nf()", &exc_TypeError,
                 "f() missing 2 required positional arguments: 'x' and 'y'");
    expect_error("def f(a, b, c): pass\nf()", &exc_TypeError,
                 "f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    expect_error("def f(x, y): pass\nf(1, 2, 3)", &exc_TypeError,
                 "f() takes 2 positional arguments but 3 were given");
    expect_error("def f(x, y=1): pass\nf(1, 2, 3)", &exc_TypeError,
                 "f() takes from 1 to 2 positional arguments but 3 were given");
    expect_error("def f(): pass\nf(1)", &exc_TypeError,
                 "f() takes 0 positional arguments but 1 was given");
    expect_error("def f(): pass\nf(z=1)", &exc_TypeError,
                 "f() got an unexpected keyword argument 'z'");
    expect_error("def f(x): pass\nf(1, x=2)", &exc_TypeError,
                 "f() got multiple values for argument 'x'");
    expect_error("def f(*, k): pass\nf()", &exc_TypeError,
                 "f() missing 1 required keyword-only argument: 'k'");
    expect_error("def f(a, b, /): pass\nf(a=1, b=2)", &exc_TypeError,
                 "f() got some positional-only arguments passed as keyword arguments: 'a, b'");
    expect_error("def g(a, *, k): pass\ng(1, 2, k=3)", &exc_TypeError,
                 "g() takes 1 positional argument but 2 positional arguments (and 1 "
                 "keyword-only argument) were given");
    expect_error("class C:\n    def m(self): pass\nC().m(1)", &exc_TypeError,
                 "C.m() takes 1 positional argument but 2 were given");
}

Test(vm, closures_share_cells) {
    expect_int("def make():\n"
               "    n = 0\n"
               "    def inc():\n"
               "        nonlocal n\n"
               "        n += 1\n"
               "        return n\n"
               "    return inc\n"
               "f = make()\nf()\nf()\nx = f()\n",
               "x", 3);
    expect_int("def f(a):\n    return lambda: a * 2\nx = f(21)()", "x", 42);
}

Test(vm, name_errors) {
    expect_error("y = x", &exc_NameError, "name 'x' is not defined");
    expect_error("def f():\n    print(v)\n    v = 1\nf()", &exc_UnboundLocalError,
                 "cannot access local variable 'v' where it is not associated with a value");
}

Test(vm, unpacking) {
    expect_int("a, b = 1, 2\nx = a * 10 + b", "x", 12);
    expect_int("a, *b, c = range(5)\nx = a + len(b) * 10 + c * 100", "x", 430);
    expect_error("a, b = 1", &exc_TypeError, "cannot unpack non-iterable int object");
    expect_error("a, b = [1, 2, 3]", &exc_ValueError, "too many values to unpack (expected 2)");
    expect_error("a, b, c = [1, 2]", &exc_ValueError,
                 "not enough values to unpack (expected 3, got 2)");
}

Test(vm, try_except_finally_flows) {
    expect_int("x = 0\n"
               "try:\n"
               "    1 / 0\n"
               "except ZeroDivisionError:\n"
               "    x = 1\n"
               "finally:\n"
               "    x += 10\n",
               "x", 11);
    expect_int("def f():\n"
               "    try:\n"
               "        return 1\n"
               "    finally:\n"
               "        pass\n"
               "x = f()\n",
               "x", 1);
    expect_int("x = 0\n"
               "for i in range(3):\n"
               "    try:\n"
               "        if i == 1:\n"
               "            continue\n"
               "        x += 1\n"
               "    finally:\n"
               "        x += 100\n",
               "x", 302);
    expect_error("try:\n    raise ValueError('a')\nexcept KeyError:\n    pass", &exc_ValueError,
                 "a");
    expect_error("raise", &exc_RuntimeError, "No active exception to reraise");
    expect_error("raise 1", &exc_TypeError, "exceptions must derive from BaseException");
}

Test(vm, raise_from_sets_cause) {
    Obj *exc;
    Obj *g = run("try:\n    raise KeyError('k')\nexcept KeyError as e:\n"
                 "    raise ValueError('v') from e\n",
                 &exc);
    cr_assert_not_null(exc);
    cr_assert(obj_is_instance(exc, &exc_ValueError));
    ExcObj *e = (ExcObj *)exc;
    cr_assert_not_null(e->cause);
    cr_assert(obj_is_instance(e->cause, &exc_KeyError));
    cr_assert(e->suppress_context);
    obj_decref(exc);
    obj_decref(g);
}

Test(vm, with_statement) {
    expect_str("log = ''\n"
               "class M:\n"
               "    def __enter__(self):\n"
               "        global log\n"
               "        log += 'enter '\n"
               "        return self\n"
               "    def __exit__(self, t, v, tb):\n"
               "        global log\n"
               "        log += 'exit ' + t.__name__\n"
               "        return True\n"
               "with M():\n"
               "    1 / 0\n",
               "log", "enter exit ZeroDivisionError");
    expect_error("with 1:\n    pass", &exc_TypeError,
                 "'int' object does not support the context manager protocol");
}

Test(vm, classes_and_methods) {
    expect_int("class A:\n"
               "    def __init__(self, v):\n"
               "        self.v = v\n"
               "    def get(self):\n"
               "        return self.v\n"
               "class B(A):\n"
               "    def get(self):\n"
               "        return super().get() * 2\n"
               "x = B(21).get()\n",
               "x", 42);
    expect_str("__name__ = 'm'\nclass C:\n    class D:\n        pass\n"
               "x = C.D.__qualname__ + C.__module__",
               "x", "C.Dm");
}

Test(vm, generators) {
    expect_int("def gen(n):\n"
               "    for i in range(n):\n"
               "        yield i\n"
               "x = sum(gen(10))\n",
               "x", 45);
    expect_int("x = sum(i * i for i in range(4))", "x", 14);
    expect_int("def g():\n    v = yield 1\n    yield v * 2\n"
               "it = g()\nnext(it)\nx = it.send(21)\n",
               "x", 42);
}

Test(vm, fstrings) {
    expect_str("v = 42\nx = f'{v}:{v!r:>5}|{\"s\"!r}'", "x", "42:   42|'s'");
}

Test(vm, recursion_limit) {
    expect_error("def f():\n    f()\nf()", &exc_RecursionError, "maximum recursion depth exceeded");
}

Test(vm, comprehensions) {
    expect_int("x = len([i for i in range(10) if i % 2])", "x", 5);
    expect_int("x = sum({i: i * 2 for i in range(4)}.values())", "x", 12);
}

Test(vm, exec_eval_and_namespaces) {
    expect_int("x = eval('6 * 7')", "x", 42);
    expect_int("ns = {}\nexec('y = 3\\ndef f(): return y * 2', ns)\nx = ns['f']()", "x", 6);
    expect_int("def f():\n    a = 1\n    return len(locals())\nx = f()", "x", 1);
    expect_int("g = globals()\ng['z'] = 9\nx = z", "x", 9);
    expect_error("compile('x', 'f', 'bad')", &exc_ValueError,
                 "compile() mode must be 'exec', 'eval' or 'single'");
}

Test(vm, metaclass_keywords_reach_the_metaclass) {
    expect_str("class M(type):\n"
               "    def __new__(m, name, bases, ns, **kw):\n"
               "        ns['tag'] = kw['tag']\n"
               "        return super().__new__(m, name, bases, ns)\n"
               "class A(metaclass=M, tag='t'):\n"
               "    pass\n"
               "x = A.tag + type(A).__name__\n",
               "x", "tM");
}

Test(vm, generator_throw_and_close) {
    expect_str("log = []\n"
               "def g():\n"
               "    try:\n"
               "        yield 1\n"
               "    except ValueError:\n"
               "        log.append('caught')\n"
               "        yield 2\n"
               "    finally:\n"
               "        log.append('finally')\n"
               "it = g()\nnext(it)\nlog.append(str(it.throw(ValueError)))\nit.close()\n"
               "x = ' '.join(log)\n",
               "x", "caught 2 finally");
}

Test(vm, keyboard_interrupt_request_stops_a_loop) {
    vm_request_interrupt();
    expect_error("while True:\n    pass", &exc_KeyboardInterrupt, "");
}

Test(vm, star_call_errors) {
    expect_error("__name__ = 'm'\ndef h(**k): pass\nh(**{'a': 1}, **{'a': 2})", &exc_TypeError,
                 "m.h() got multiple values for keyword argument 'a'");
    expect_error("def h(**k): pass\nh(**1)", &exc_TypeError,
                 "h() argument after ** must be a mapping, not int");
    expect_error("x = [*1]", &exc_TypeError, "Value after * must be an iterable, not int");
}

Test(vm, yield_from_delegates_throw) {
    expect_str("def sub():\n"
               "    try:\n"
               "        yield 1\n"
               "    except ValueError:\n"
               "        yield 'sub caught'\n"
               "def outer():\n"
               "    yield from sub()\n"
               "g = outer()\nnext(g)\nx = g.throw(ValueError)\n",
               "x", "sub caught");
}

Test(vm, deep_recursion_does_not_use_the_c_stack) {
    expect_int("import sys\n"
               "sys.setrecursionlimit(50000)\n"
               "def f(n):\n"
               "    return 0 if n == 0 else 1 + f(n - 1)\n"
               "x = f(20000)\n",
               "x", 20000);
}

// What traceback_print_exception writes for the exception that running the
// file `path` (holding `src`) raises.
static char *printed_traceback(const char *path, const char *src) {
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(src, f);
    fclose(f);
    Obj *g = dict_new(vm);
    Obj *r = vm_run_source(vm, src, strlen(src), path, g);
    cr_assert_null(r);
    Obj *exc = err_fetch(vm);
    char out[] = "/tmp/ouro_test_tb_XXXXXX";
    int fd = mkstemp(out);
    cr_assert_geq(fd, 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    traceback_print_exception(vm, exc);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    static char text[4096];
    ssize_t n = pread(fd, text, sizeof text - 1, 0);
    text[n > 0 ? n : 0] = '\0';
    close(fd);
    unlink(out);
    unlink(path);
    obj_decref(exc);
    obj_decref(g);
    return text;
}

Test(vm, traceback_carets_match_cpython) {
    const char *path = "/tmp/ouro_test_carets.py";
    char want[1024];
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 4, in <module>\n"
             "    y = [f({\"k\": []}), 2]\n"
             "         ^^^^^^^^^^^^\n"
             "  File \"%s\", line 2, in f\n"
             "    return d[\"k\"][0]\n"
             "           ~~~~~~^^^\n"
             "IndexError: list index out of range\n",
             path, path);
    cr_assert_str_eq(printed_traceback(path, "def f(d):\n    return d[\"k\"][0]\nx = 1\n"
                                             "y = [f({\"k\": []}), 2]\n"),
                     want);
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 2, in <module>\n"
             "    z = (x +\n"
             "         ^^^\n"
             "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n",
             path);
    cr_assert_str_eq(printed_traceback(path, "x = 1\nz = (x +\n     None)\n"), want);
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 1, in <module>\n"
             "    x = 1; y = x //  0\n"
             "               ~~^^~~~\n"
             "ZeroDivisionError: integer division or modulo by zero\n",
             path);
    cr_assert_str_eq(printed_traceback(path, "x = 1; y = x //  0\n"), want);
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 1, in <module>\n"
             "    raise KeyError(1)\n"
             "KeyError: 1\n",
             path);
    cr_assert_str_eq(printed_traceback(path, "raise KeyError(1)\n"), want);
}

// Runs coroutine `main()` of `src` to completion with a loop that sends back
// what it yields; the result lands in `r`.
#define DRIVE                                                                                      \
    "def drive(c):\n"                                                                              \
    "    v = None\n"                                                                               \
    "    while True:\n"                                                                            \
    "        try:\n"                                                                               \
    "            v = c.send(v)\n"                                                                  \
    "        except StopIteration as e:\n"                                                         \
    "            return e.value\n"                                                                 \
    "class T:\n"                                                                                   \
    "    def __await__(self):\n"                                                                   \
    "        return (yield 1) + 1\n"

Test(vm, coroutines_await_async_with_and_async_for) {
    expect_int(DRIVE "async def f(x):\n    return await T() + x\n"
                     "async def main():\n    return await f(10)\n"
                     "r = drive(main())\n",
               "r", 12);
    expect_int(DRIVE "class M:\n    async def __aenter__(self):\n        return await T()\n"
                     "    async def __aexit__(self, *a):\n        return True\n"
                     "async def main():\n    async with M() as v:\n        raise KeyError\n"
                     "    return v\n"
                     "r = drive(main())\n",
               "r", 2);
    expect_int(DRIVE "async def ag():\n    for i in range(4):\n        yield await T() + i\n"
                     "async def main():\n    t = 0\n    async for v in ag():\n        t += v\n"
                     "    return t\n"
                     "r = drive(main())\n",
               "r", 14);
    expect_error("async def f():\n    await 3\nf().send(None)\n", &exc_TypeError,
                 "object int can't be used in 'await' expression");
    expect_error("async def f():\n    return 1\nc = f()\ntry:\n    c.send(None)\nexcept "
                 "StopIteration:\n    pass\nc.send(None)\n",
                 &exc_RuntimeError, "cannot reuse already awaited coroutine");
}

Test(vm, match_statements) {
    expect_str("def f(v):\n    match v:\n        case [1, *r]:\n            return 'seq%d' % len(r)\n"
               "        case {'k': x, **rest}:\n            return 'map' + x + str(len(rest))\n"
               "        case str(s) if s:\n            return 'str' + s\n"
               "        case _:\n            return 'other'\n"
               "r = f([1, 2, 3]) + f({'k': 'v', 'z': 0}) + f('a') + f('')\n",
               "r", "seq2mapv1straother");
    expect_error("class P:\n    __match_args__ = ('a',)\nmatch P():\n    case P(1, 2):\n        pass\n",
                 &exc_TypeError, "P() accepts 1 positional sub-pattern (2 given)");
    expect_error("match {'a': 1}:\n    case {'a': 1, **r} if r.x:\n        pass\n",
                 &exc_AttributeError, "'dict' object has no attribute 'x'");
}
