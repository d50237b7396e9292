/* test_builtins.c: the builtins module (modules/builtins.c and
 * builtins_num.c) and the argument checking of objects/args.c, checked by
 * running small sources and reading the globals or the pending exception. */
#include <string.h>

#include <stdio.h>

#include "support.h"

#include "memory/mem.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

SUPPORT_SUITE(builtins);

static Obj *run(const char *src, Obj **exc) {
    Obj *g = dict_new(vm);
    cr_assert_not_null(g);
    Obj *r = vm_run_source(vm, src, strlen(src), "<test>", g);
    obj_xdecref(r);
    *exc = r == NULL ? err_fetch(vm) : NULL;
    return g;
}

// Runs `src` and checks that repr(r) equals `want`.
static void expect_repr(const char *src, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    if (exc != NULL) {
        Obj *msg = exc_message(vm, exc);
        cr_assert_fail("unexpected %s: %s", obj_type_name(exc), msg ? str_cstr(msg) : "?");
    }
    Obj *v = dict_get_cstr_borrow(vm, g, "r");
    cr_assert_not_null(v, "r not bound by %s", src);
    Obj *rep = obj_repr(vm, v);
    cr_assert_str_eq(str_cstr(rep), want, "for %s", src);
    obj_decref(rep);
    obj_decref(g);
}

static void expect_error(const char *src, TypeObj *type, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    cr_assert_not_null(exc, "no exception raised by: %s", src);
    cr_assert(obj_is_instance(exc, type), "%s raised %s", src, obj_type_name(exc));
    Obj *msg = exc_message(vm, exc);
    cr_assert_str_eq(str_cstr(msg), want);
    obj_decref(msg);
    obj_decref(exc);
    obj_decref(g);
}

static const char *pending_message(void) {
    static char buf[256];
    Obj *exc = err_fetch(vm);
    cr_assert_not_null(exc);
    Obj *msg = exc_message(vm, exc);
    snprintf(buf, sizeof buf, "%s", str_cstr(msg));
    obj_decref(msg);
    obj_decref(exc);
    return buf;
}

// Runs `src` with allocation n failing, for each n in [1, max): every run
// must end with its result or an exception (MemoryError), never a crash or
// a NULL without an exception.
static void run_with_each_failure(const char *src, size_t max) {
    for (size_t n = 1; n < max; n++) {
        Obj *g = dict_new(vm);
        cr_assert_not_null(g);
        mem_fail_after(n);
        Obj *r = vm_run_source(vm, src, strlen(src), "<test>", g);
        mem_fail_after(0);
        if (r == NULL) {
            cr_assert(err_occurred(vm), "NULL without an exception at n=%zu", n);
            err_clear(vm);
        } else {
            cr_assert_not(err_occurred(vm));
            obj_decref(r);
        }
        dict_clear(g);
        obj_decref(g);
    }
}

Test(builtins, args_check_messages) {
    cr_assert_eq(args_check(vm, "list.append", 0, NULL, 1, 1), -1);
    cr_assert_str_eq(pending_message(), "list.append() takes exactly one argument (0 given)");
    cr_assert_eq(args_check(vm, "pop", 2, NULL, 0, 1), -1);
    cr_assert_str_eq(pending_message(), "pop expected at most 1 argument, got 2");
    cr_assert_eq(args_check(vm, "clear", 1, NULL, 0, 0), -1);
    cr_assert_str_eq(pending_message(), "clear() takes no arguments (1 given)");
    cr_assert_eq(args_check(vm, "get", 0, NULL, 1, 2), -1);
    cr_assert_str_eq(pending_message(), "get expected at least 1 argument, got 0");
    cr_assert_eq(args_check(vm, "get", 1, NULL, 1, 2), 0);
}

Test(builtins, args_bind_keywords) {
    static const char *const names[] = {"key", "reverse", NULL};
    Obj *out[2];
    Obj *kw = tuple_pack1(vm, str_from_cstr(vm, "reverse"));
    obj_decref(tuple_get_borrow(kw, 0)); // the tuple holds the only reference
    Obj *args[1] = {OBJ_TRUE};
    cr_assert_eq(args_bind(vm, "sort", args, 0, kw, names, 0, 0, out), 0);
    cr_assert_null(out[0]);
    cr_assert_eq(out[1], OBJ_TRUE);
    cr_assert_eq(args_bind(vm, "sort", args, 1, NULL, names, 0, 0, out), -1);
    cr_assert_str_eq(pending_message(), "sort() takes no positional arguments");
    obj_decref(kw);
}

Test(builtins, len_repr_and_reducers) {
    expect_repr("r = (len([1, 2]), repr('a'), sum([1, 2, 3]), sum([0.5, 0.25]))",
                "(2, \"'a'\", 6, 0.75)");
    expect_repr("r = (min(3, 1, 2), max([1, 5, 2]), max([], default=0), min('bca'))",
                "(1, 5, 0, 'a')");
    expect_repr("r = sorted([3, 1, 2], reverse=True)", "[3, 2, 1]");
    expect_repr("r = (all([]), any([]), all([1, 0]), any([0, 2]))", "(True, False, False, True)");
}

Test(builtins, numbers) {
    expect_repr("r = (abs(-3), divmod(-7, 2), pow(2, 10), pow(2, 10, 1000), round(2.567, 2))",
                "(3, (-4, 1), 1024, 24, 2.57)");
    expect_repr("r = (bin(5), oct(8), hex(255), hex(-1))", "('0b101', '0o10', '0xff', '-0x1')");
    expect_repr("r = (chr(65), ord('A'), format(255, 'x'))", "('A', 65, 'ff')");
}

Test(builtins, introspection) {
    expect_repr("r = (isinstance(True, int), isinstance(1, (str, (list, int))),"
                " issubclass(bool, int), callable(len), hasattr([], 'append'))",
                "(True, True, True, True, True)");
    expect_repr("class C: pass\nc = C()\nsetattr(c, 'x', 5)\nr = (getattr(c, 'x'),"
                " getattr(c, 'y', 7))",
                "(5, 7)");
}

Test(builtins, iteration) {
    expect_repr("r = (list(enumerate('ab', 1)), list(zip([1, 2], 'ab')),"
                " list(reversed([1, 2])), list(map(abs, [-1])), list(filter(None, [0, 3])))",
                "([(1, 'a'), (2, 'b')], [(1, 'a'), (2, 'b')], [2, 1], [1], [3])");
    expect_repr("r = (next(iter([]), 'd'), list(range(0, 10, 4)))", "('d', [0, 4, 8])");
}

Test(builtins, error_messages) {
    expect_error("max([])", &exc_ValueError, "max() arg is an empty sequence");
    expect_error("max()", &exc_TypeError, "max expected at least 1 argument, got 0");
    expect_error("sum(['a'], '')", &exc_TypeError,
                 "sum() can't sum strings [use ''.join(seq) instead]");
    expect_error("isinstance(1, 1)", &exc_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    expect_error("getattr(1, 2)", &exc_TypeError, "attribute name must be string, not 'int'");
    expect_error("ord('ab')", &exc_TypeError,
                 "ord() expected a character, but string of length 2 found");
    expect_error("print(1, sep=1)", &exc_TypeError, "sep must be None or a string, not int");
    expect_error("next(iter([]))", &exc_StopIteration, "");
    expect_error("list(zip([1], [], strict=True))", &exc_ValueError,
                 "zip() argument 2 is shorter than argument 1");
}

Test(builtins, slice_unpack_clamps_like_cpython) {
    int64_t start, stop, step;
    Obj *s = slice_new(vm, OBJ_NONE, OBJ_NONE, SMALLINT_FROM(-1));
    cr_assert_eq(slice_unpack(vm, s, 5, &start, &stop, &step), 5);
    cr_assert_eq(start, 4);
    cr_assert_eq(stop, -1);
    cr_assert_eq(step, -1);
    obj_decref(s);
    s = slice_new(vm, SMALLINT_FROM(-100), SMALLINT_FROM(100), OBJ_NONE);
    cr_assert_eq(slice_unpack(vm, s, 10, &start, &stop, &step), 10);
    cr_assert_eq(start, 0);
    cr_assert_eq(stop, 10);
    obj_decref(s);
    s = slice_new(vm, OBJ_NONE, OBJ_NONE, SMALLINT_FROM(0));
    cr_assert_eq(slice_unpack(vm, s, 10, &start, &stop, &step), -1);
    cr_assert_str_eq(pending_message(), "slice step cannot be zero");
    obj_decref(s);
}

Test(builtins, range_new_and_its_errors) {
    Obj *r = range_new(vm, SMALLINT_FROM(0), SMALLINT_FROM(10), SMALLINT_FROM(3));
    cr_assert_not_null(r);
    cr_assert_eq(obj_len(vm, r), 4);
    Obj *rep = obj_repr(vm, r);
    cr_assert_str_eq(str_cstr(rep), "range(0, 10, 3)");
    obj_decref(rep);
    cr_assert_eq(obj_contains(vm, r, SMALLINT_FROM(9)), 1);
    cr_assert_eq(obj_contains(vm, r, SMALLINT_FROM(8)), 0);
    obj_decref(r);
    cr_assert_null(range_new(vm, NULL, SMALLINT_FROM(10), SMALLINT_FROM(0)));
    cr_assert_str_eq(pending_message(), "range() arg 3 must not be zero");
}

Test(builtins, slice_indices_big_is_exact_for_huge_values) {
    Obj *big = NULL;
    Obj *g = run("b = 2**100\n", &big);
    cr_assert_null(big);
    Obj *b = dict_get_cstr_borrow(vm, g, "b");
    Obj *s = slice_new(vm, SMALLINT_FROM(-3), b, OBJ_NONE);
    Obj *part[3];
    cr_assert_eq(slice_indices_big(vm, s, b, part), 0);
    Obj *t = tuple_pack(vm, 3, part);
    Obj *rep = obj_repr(vm, t);
    cr_assert_str_eq(str_cstr(rep), "(1267650600228229401496703205373, "
                                    "1267650600228229401496703205376, 1)");
    obj_decref(rep);
    obj_decref(t);
    for (int i = 0; i < 3; i++) {
        obj_decref(part[i]);
    }
    obj_decref(s);
    s = slice_new(vm, OBJ_NONE, OBJ_NONE, SMALLINT_FROM(0));
    cr_assert_eq(slice_indices_big(vm, s, SMALLINT_FROM(3), part), -1);
    cr_assert_str_eq(pending_message(), "slice step cannot be zero");
    obj_decref(s);
    obj_decref(g);
}

Test(builtins, range_beyond_int64) {
    expect_repr("r = range(2**64, 2**65, 2**63)[1:]", "range(27670116110564327424, "
                                                      "36893488147419103232, "
                                                      "9223372036854775808)");
    expect_repr("r = (2**70 in range(2**71), range(2**70)[-1] == 2**70 - 1)", "(True, True)");
    expect_repr("r = list(reversed(range(2**64, 2**64 + 2)))",
                "[18446744073709551617, 18446744073709551616]");
    expect_error("len(range(2**64))", &exc_OverflowError,
                 "Python int too large to convert to C ssize_t");
}

// The exact (big int) paths of range and slice.indices under each
// allocation failure in turn: a result or MemoryError, never a crash.
Test(builtins, big_range_survives_each_allocation_failure) {
    const char *src = "b = 2**80\n"
                      "r = range(-b, b, 3)\n"
                      "x = (len(r[::b]), r[b // 7], b in r, r.index(-b + 3), r[5:-5:2],\n"
                      "     hash(r), list(reversed(r[:3])), slice(-b, None).indices(b), repr(r))\n";
    run_with_each_failure(src, 600);
}

Test(builtins, sorted_goes_through_list_sort_call) {
    expect_repr("r = sorted('cab', reverse=True)", "['c', 'b', 'a']");
    expect_error("sorted([1], bad=1)", &exc_TypeError,
                 "'bad' is an invalid keyword argument for sort()");
    expect_error("sorted(1, bad=1)", &exc_TypeError, "'int' object is not iterable");
    Obj *l = list_new(vm, 0);
    list_append(vm, l, SMALLINT_FROM(2));
    list_append(vm, l, SMALLINT_FROM(1));
    cr_assert_eq(list_sort_call(vm, l, NULL, 0, NULL), 0);
    cr_assert_eq(list_get_borrow(l, 0), SMALLINT_FROM(1));
    cr_assert_eq(list_sort_call(vm, l, (Obj *const[]){SMALLINT_FROM(1)}, 1, NULL), -1);
    cr_assert_str_eq(pending_message(), "sort() takes no positional arguments");
    obj_decref(l);
}

Test(builtins, isinstance_honours_metaclass_hooks) {
    expect_repr(
        "class M(type):\n"
        "    def __instancecheck__(c, o): return o == 1\n"
        "    def __subclasscheck__(c, s): return s is int\n"
        "class A(metaclass=M): pass\n"
        "r = (isinstance(1, A), isinstance(2, A), issubclass(int, A), issubclass(str, A))\n",
        "(True, False, True, False)");
}

Test(builtins, seqiter_walks_getitem_until_index_error) {
    Obj *t = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(2));
    Obj *it = seqiter_new(vm, t);
    cr_assert_eq(obj_next(vm, it), SMALLINT_FROM(1));
    cr_assert_eq(obj_next(vm, it), SMALLINT_FROM(2));
    cr_assert_null(obj_next(vm, it));
    cr_assert_not(err_occurred(vm));
    obj_decref(it);
    obj_decref(t);
}

// Every allocation of a container-heavy program fails in turn: each run
// must end with its result or MemoryError, never a crash or a leak of the
// pending-exception state.
Test(builtins, survives_each_allocation_failure) {
    const char *src = "l = [i * 2 for i in range(50)]\n"
                      "d = {str(i): [i] for i in range(40)}\n"
                      "s = set(range(30)) | {99}\n"
                      "t = tuple(l) + (1,)\n"
                      "l.sort(key=lambda v: -v)\n"
                      "r = (sum(l), len(d), sorted(s)[:3], repr(t)[:5], list(zip(l, s))[:2])\n";
    run_with_each_failure(src, 1500);
}
