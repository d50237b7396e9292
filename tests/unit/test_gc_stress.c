/* test_gc_stress.c: the cycle collector under random object graphs. Graphs
 * of lists, dicts, tuples, instances, bound methods, closures, generators
 * with suspended frames and weak references, with cycles, are built by
 * generated Python source and through the C API, dropped and collected;
 * after every collection the heap must be consistent (gc_check_heap) and
 * the live-object count back to its baseline. The ASan build runs this
 * too, which turns a double free into a failure. */
#include "support.h"

#include <stdio.h>
#include <string.h>

#include "memory/gc.h"
#include "objects/alloc.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "vm/vm.h"

SUPPORT_SUITE(gc_stress);

#define NVARS 16

// A small deterministic generator (an LCG): the same seed, the same graph.
static uint32_t rng;

static uint32_t rnd(uint32_t n) {
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) % n;
}

// Definitions every generated program starts with; they use every name the
// statements use, so that the warm-up run interns them all.
static const char prelude[] = "import _weakref\n"
                              "class C:\n"
                              "    def __init__(self):\n"
                              "        self.a0 = None\n"
                              "        self.a1 = None\n"
                              "    def m(self):\n"
                              "        return self\n"
                              "def mk(x):\n"
                              "    def inner():\n"
                              "        return x\n"
                              "    return inner\n"
                              "def g(x):\n"
                              "    y = [x]\n"
                              "    yield y\n"
                              "    yield x\n"
                              "def link(a, b):\n"
                              "    if type(a) is list:\n"
                              "        a.append(b)\n"
                              "    elif type(a) is dict:\n"
                              "        a[len(a)] = b\n"
                              "    elif type(a) is C and a.a0 is None:\n"
                              "        a.a0 = b\n"
                              "    elif type(a) is C:\n"
                              "        a.a1 = b\n"
                              "def wr(a):\n"
                              "    try:\n"
                              "        return _weakref.ref(a, lambda r: None)\n"
                              "    except TypeError:\n"
                              "        return None\n";

// Writes a random program of `nstmts` statements over variables v0..v15
// into `buf`.
static void gen_program(char *buf, size_t cap, uint32_t seed, int nstmts) {
    rng = seed;
    size_t n = (size_t)snprintf(buf, cap, "%s", prelude);
    for (int i = 0; i < NVARS; i++) {
        n += (size_t)snprintf(buf + n, cap - n, "v%d = None\n", i);
    }
    for (int s = 0; s < nstmts && n < cap - 100; s++) {
        int a = (int)rnd(NVARS), b = (int)rnd(NVARS), c = (int)rnd(NVARS);
        switch (rnd(16)) {
            case 0:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = []\n", a);
                break;
            case 1:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = {}\n", a);
                break;
            case 2:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = C()\n", a);
                break;
            case 3:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = (v%d, v%d)\n", a, b, c);
                break;
            case 4:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = mk(v%d)\n", a, b);
                break;
            case 5:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = getattr(v%d, 'm', None)\n", a, b);
                break;
            case 6:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = g(v%d)\nnext(v%d)\n", a, b, a);
                break;
            case 7:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = wr(v%d)\n", a, b);
                break;
            case 8:
                n += (size_t)snprintf(buf + n, cap - n, "v%d = None\n", a);
                break;
            default:
                n += (size_t)snprintf(buf + n, cap - n, "link(v%d, v%d)\n", a, b);
                break;
        }
    }
    // Close some cycles on purpose before the program ends.
    n += (size_t)snprintf(buf + n, cap - n, "for v in (v0, v1, v2, v3):\n    link(v, v)\n");
}

// Runs `src` in fresh globals, which are then dropped. Fails the test on
// an exception.
static void run_and_drop(const char *src) {
    Obj *globals = dict_new(vm);
    cr_assert_not_null(globals);
    Obj *res = vm_run_source(vm, src, strlen(src), "<stress>", globals);
    if (res == NULL) {
        err_clear(vm);
        cr_assert_fail("the generated program raised");
    }
    obj_decref(res);
    dict_clear(globals);
    obj_decref(globals);
}

// A full collection until nothing more is found, then the heap check.
static void collect_and_check(void) {
    for (int i = 0; i < 4 && gc_collect(vm, 2) > 0; i++) {
    }
    cr_assert_null(vm->exc, "a collection left an exception pending");
    gc_check_heap(vm->gc);
}

Test(gc_stress, random_python_graphs_return_to_baseline) {
    static char buf[16384];
    // The warm-up interns every name and creates _weakref and the caches.
    gen_program(buf, sizeof buf, 1, 200);
    run_and_drop(buf);
    collect_and_check();
    size_t base_live = obj_live_count();
    size_t base_tracked = gc_tracked_count(vm->gc);
    int64_t collected_before = vm->gc->total_collected;
    for (uint32_t seed = 2; seed < 80; seed++) {
        gen_program(buf, sizeof buf, seed, 150);
        run_and_drop(buf);
        collect_and_check();
        cr_assert_eq(obj_live_count(), base_live, "seed %u: %zu objects alive, baseline %zu", seed,
                     obj_live_count(), base_live);
        cr_assert_eq(gc_tracked_count(vm->gc), base_tracked, "seed %u: tracked count", seed);
    }
    // The programs did build cycles that only the collector could free.
    cr_assert_gt(vm->gc->total_collected - collected_before, 500);
}

Test(gc_stress, random_c_graphs_return_to_baseline) {
    enum { NODES = 300 };
    collect_and_check();
    size_t base_live = obj_live_count();
    for (uint32_t seed = 1; seed < 40; seed++) {
        rng = seed;
        Obj *nodes[NODES];
        for (int i = 0; i < NODES; i++) {
            nodes[i] = rnd(2) == 0 ? list_new(vm, 0) : dict_new(vm);
            cr_assert_not_null(nodes[i]);
        }
        // Random edges (cycles included), and tuples holding a few nodes.
        for (int e = 0; e < NODES * 3; e++) {
            Obj *from = nodes[rnd(NODES)], *to = nodes[rnd(NODES)];
            if (rnd(5) == 0) {
                Obj *t = tuple_new(vm, 2);
                cr_assert_not_null(t);
                tuple_set_steal(t, 0, obj_newref(to));
                tuple_set_steal(t, 1, obj_newref(nodes[rnd(NODES)]));
                to = t;
            } else {
                obj_incref(to);
            }
            int rc = obj_type(from) == &list_type ? list_append(vm, from, to)
                                                  : dict_set(vm, from, SMALLINT_FROM(rnd(50)), to);
            obj_decref(to);
            cr_assert_eq(rc, 0);
        }
        // Keep a random survivor, drop the rest, collect twice: the survivor
        // and what it reaches live on, then everything goes.
        Obj *keep = obj_newref(nodes[rnd(NODES)]);
        for (int i = 0; i < NODES; i++) {
            obj_decref(nodes[i]);
        }
        collect_and_check();
        cr_assert(obj_live_count() > base_live);
        obj_decref(keep);
        collect_and_check();
        cr_assert_eq(obj_live_count(), base_live, "seed %u", seed);
    }
}
