/* test_type.c: the type system: C3 MROs, class creation errors, attribute
 * lookup order with descriptors, slot fix-up from dunder methods, bound
 * methods, property, staticmethod/classmethod, super, subclasses of
 * built-in types and module attributes. Some tests build classes through
 * the C API (type_new_class), the others run a small source and read its
 * globals or its pending exception. */
#include <string.h>

#include "support.h"

#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm.h"

SUPPORT_SUITE(type);

// ---------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------

// Runs `src` in a fresh namespace; returns the globals (new reference) and
// stores the pending exception (or NULL) in *exc.
static Obj *run(const char *src, Obj **exc) {
    Obj *g = dict_new(vm);
    cr_assert_not_null(g);
    Obj *name = str_from_cstr(vm, "__main__");
    cr_assert_eq(dict_set_cstr(vm, g, "__name__", name), 0);
    obj_decref(name);
    Obj *r = vm_run_source(vm, src, strlen(src), "<test>", g);
    obj_xdecref(r);
    *exc = r == NULL ? err_fetch(vm) : NULL;
    return g;
}

static void fail_unexpected(Obj *exc) {
    Obj *msg = exc_message(vm, exc);
    cr_assert_fail("unexpected %s: %s", obj_type_name(exc), msg ? str_cstr(msg) : "?");
}

// Runs `src` and checks that global `name` is the str `want`.
static void expect_str(const char *src, const char *name, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    if (exc != NULL) {
        fail_unexpected(exc);
    }
    Obj *v = dict_get_cstr_borrow(vm, g, name);
    cr_assert_not_null(v, "%s not bound", name);
    cr_assert(str_check(v), "%s is a %s", name, obj_type_name(v));
    cr_assert_str_eq(str_cstr(v), want);
    obj_decref(g);
}

// Runs `src` and checks that it raised `type` with message `want`.
static void expect_error(const char *src, TypeObj *type, const char *want) {
    Obj *exc;
    Obj *g = run(src, &exc);
    cr_assert_not_null(exc, "no exception raised by: %s", src);
    cr_assert(obj_is_instance(exc, type), "raised %s instead", obj_type_name(exc));
    Obj *msg = exc_message(vm, exc);
    cr_assert_not_null(msg);
    cr_assert_str_eq(str_cstr(msg), want);
    obj_decref(msg);
    obj_decref(exc);
    obj_decref(g);
}

// A class named `name` with `bases` (borrowed types, NULL-terminated) and
// an empty namespace, made through the C API.
static Obj *make_class(const char *name, TypeObj **bases) {
    size_t n = 0;
    while (bases != NULL && bases[n] != NULL) {
        n++;
    }
    Obj *b = tuple_pack(vm, n, (Obj **)bases);
    Obj *ns = dict_new(vm);
    Obj *nm = str_from_cstr(vm, name);
    cr_assert(b != NULL && ns != NULL && nm != NULL);
    Obj *cls = type_new_class(vm, &type_type, nm, b, ns);
    obj_decref(b);
    obj_decref(ns);
    obj_decref(nm);
    return cls;
}

// ---------------------------------------------------------------------------
// MRO and class creation.
// ---------------------------------------------------------------------------
Test(type, diamond_mro_is_c3) {
    Obj *a = make_class("A", NULL);
    TypeObj *ba[] = {(TypeObj *)a, NULL};
    Obj *b = make_class("B", ba);
    Obj *c = make_class("C", ba);
    TypeObj *bd[] = {(TypeObj *)b, (TypeObj *)c, NULL};
    Obj *d = make_class("D", bd);
    cr_assert_not_null(d);
    Obj *mro = ((TypeObj *)d)->mro;
    Obj *want[] = {d, b, c, a, (Obj *)&object_type};
    cr_assert_eq(tuple_len(mro), 5);
    for (size_t i = 0; i < 5; i++) {
        cr_assert_eq(tuple_get_borrow(mro, i), want[i], "mro[%zu]", i);
    }
    obj_decref(d);
    obj_decref(c);
    obj_decref(b);
    obj_decref(a);
}

Test(type, empty_bases_mean_object) {
    Obj *a = make_class("A", NULL);
    cr_assert_not_null(a);
    cr_assert_eq(((TypeObj *)a)->base, &object_type);
    cr_assert_eq(tuple_len(((TypeObj *)a)->bases), 1);
    cr_assert(type_is_subtype((TypeObj *)a, &object_type));
    obj_decref(a);
}

Test(type, inconsistent_mro_is_type_error) {
    expect_error("class X: pass\nclass Y: pass\nclass A(X, Y): pass\nclass B(Y, X): pass\n"
                 "class C(A, B): pass\n",
                 &exc_TypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
}

Test(type, unsubclassable_base_is_refused) {
    expect_error("class C(bool): pass\n", &exc_TypeError,
                 "type 'bool' is not an acceptable base type");
}

Test(type, layout_conflict_is_refused) {
    expect_error("class C(list, dict): pass\n", &exc_TypeError,
                 "multiple bases have instance lay-out conflict");
}

Test(type, type_with_three_arguments_makes_a_class) {
    expect_str("X = type('X', (), {'a': 'hello'})\nr = X().a + X.__name__\n", "r", "helloX");
}

// ---------------------------------------------------------------------------
// Attribute lookup.
// ---------------------------------------------------------------------------
Test(type, data_descriptor_beats_instance_attribute) {
    expect_str("class D:\n"
               "    def __get__(self, obj, typ): return 'descr'\n"
               "    def __set__(self, obj, v): pass\n"
               "class C:\n"
               "    x = D()\n"
               "c = C()\n"
               "c.x = 'inst'\n"
               "r = c.x\n",
               "r", "descr");
}

Test(type, instance_attribute_beats_non_data_descriptor) {
    expect_str("class D:\n"
               "    def __get__(self, obj, typ): return 'descr'\n"
               "class C:\n"
               "    x = D()\n"
               "c = C()\n"
               "a = c.x\n"
               "c.__dict__\n"
               "setattr(c, 'x', 'inst')\n"
               "r = a + ',' + c.x\n",
               "r", "descr,inst");
}

Test(type, missing_attribute_messages) {
    expect_error("class C: pass\nC().x\n", &exc_AttributeError, "'C' object has no attribute 'x'");
    expect_error("class C: pass\nC.x\n", &exc_AttributeError,
                 "type object 'C' has no attribute 'x'");
    expect_error("(1).x = 2\n", &exc_AttributeError, "'int' object has no attribute 'x'");
    expect_error("class C: pass\ndel C().x\n", &exc_AttributeError,
                 "'C' object has no attribute 'x'");
}

Test(type, builtin_types_are_immutable) {
    expect_error("int.x = 1\n", &exc_TypeError, "cannot set 'x' attribute of immutable type 'int'");
}

Test(type, class_attribute_changes_are_seen_after_caching) {
    expect_str("class A:\n"
               "    def f(self): return 'old'\n"
               "class B(A): pass\n"
               "b = B()\n"
               "r = b.f()\n"
               "A.f = lambda self: 'new'\n"
               "r += b.f()\n"
               "B.f = lambda self: 'B'\n"
               "r += b.f()\n"
               "del B.f\n"
               "r += b.f()\n",
               "r", "oldnewBnew");
}

Test(type, type_lookup_follows_the_mro) {
    Obj *a = make_class("A", NULL);
    Obj *key = str_from_cstr(vm, "__init__");
    Obj *found = type_lookup(vm, (TypeObj *)a, key);
    cr_assert_not_null(found, "object.__init__ is inherited");
    Obj *missing = str_from_cstr(vm, "no_such_name");
    cr_assert_null(type_lookup(vm, (TypeObj *)a, missing));
    cr_assert(!err_occurred(vm));
    obj_decref(missing);
    obj_decref(key);
    obj_decref(a);
}

Test(type, instance_dict_is_a_live_view) {
    expect_str("class P:\n"
               "    def __init__(self, **kw): self.__dict__.update(kw)\n"
               "p = P(a='1')\n"
               "p.__dict__['b'] = '2'\n"
               "del p.__dict__['a']\n"
               "r = p.b + str(hasattr(p, 'a')) + repr(p.__dict__)\n",
               "r", "2False{'b': '2'}");
}

Test(type, class_dict_is_a_read_only_proxy) {
    expect_error("class C: pass\nC.__dict__['x'] = 1\n", &exc_TypeError,
                 "'mappingproxy' object does not support item assignment");
    expect_str("class C:\n    x = 'v'\nr = C.__dict__['x'] + type(C.__dict__).__name__\n", "r",
               "vmappingproxy");
}

// ---------------------------------------------------------------------------
// Slots from dunder methods.
// ---------------------------------------------------------------------------
Test(type, eq_without_hash_is_unhashable) {
    expect_error("class C:\n    def __eq__(self, o): return True\nhash(C())\n", &exc_TypeError,
                 "unhashable type: 'C'");
}

Test(type, operators_dispatch_to_dunders) {
    expect_str("class V:\n"
               "    def __init__(self, v): self.v = v\n"
               "    def __add__(self, o): return V(self.v + o)\n"
               "    def __radd__(self, o): return V(o * 10 + self.v)\n"
               "    def __repr__(self): return 'V' + repr(self.v)\n"
               "    def __len__(self): return 3\n"
               "    def __getitem__(self, i): return i * 2\n"
               "r = repr(V(1) + 2) + repr(5 + V(1)) + repr(len(V(0))) + repr(V(0)[4])\n",
               "r",
               "V3V513"
               "8");
}

Test(type, iterator_protocol_through_dunders) {
    expect_str("class It:\n"
               "    def __init__(self): self.n = 0\n"
               "    def __iter__(self): return self\n"
               "    def __next__(self):\n"
               "        self.n += 1\n"
               "        if self.n > 3: raise StopIteration\n"
               "        return str(self.n)\n"
               "r = ''.join(It())\n",
               "r", "123");
}

Test(type, bad_dunder_results_are_type_errors) {
    expect_error("class B:\n    def __bool__(self): return 1\nnot B()\n", &exc_TypeError,
                 "__bool__ should return bool, returned int");
    expect_error("class L:\n    def __len__(self): return -1\nlen(L())\n", &exc_ValueError,
                 "__len__() should return >= 0");
    expect_error("class I:\n    def __init__(self): return 1\nI()\n", &exc_TypeError,
                 "__init__() should return None, not 'int'");
}

Test(type, object_rejects_arguments_unless_init_overridden) {
    expect_error("class C: pass\nC(1)\n", &exc_TypeError, "C() takes no arguments");
    expect_str("class C:\n    def __init__(self, v): self.v = v\nr = C('ok').v\n", "r", "ok");
}

Test(type, setting_a_dunder_updates_subclasses) {
    expect_str("class A: pass\n"
               "class B(A): pass\n"
               "b = B()\n"
               "A.__repr__ = lambda self: 'patched'\n"
               "r = repr(b)\n",
               "r", "patched");
}

Test(type, class_keywords_reach_init_subclass) {
    expect_str("class Base:\n"
               "    def __init_subclass__(cls, tag='none'):\n"
               "        cls.tag = tag\n"
               "class A(Base, tag='a'): pass\n"
               "class B(Base): pass\n"
               "r = A.tag + B.tag\n",
               "r", "anone");
}

Test(type, getattr_hook_runs_after_lookup_fails) {
    expect_str("class G:\n"
               "    y = 'cls'\n"
               "    def __getattr__(self, name): return 'dyn_' + name\n"
               "g = G()\n"
               "r = g.y + ',' + g.z\n",
               "r", "cls,dyn_z");
}

// ---------------------------------------------------------------------------
// Methods and descriptors.
// ---------------------------------------------------------------------------
Test(type, bound_method_prepends_self) {
    expect_str("class C:\n"
               "    def f(self, a): return self.tag + a\n"
               "c = C()\n"
               "c.tag = 'x'\n"
               "m = c.f\n"
               "r = m('y') + str(m.__self__ is c) + str(m == c.f)\n",
               "r", "xyTrueTrue");
}

Test(type, method_new_calls_with_self) {
    Obj *g;
    Obj *exc;
    g = run("def f(a, b): return a + b\n", &exc);
    cr_assert_null(exc);
    Obj *f = dict_get_cstr_borrow(vm, g, "f");
    Obj *self = str_from_cstr(vm, "se");
    Obj *m = method_new(vm, f, self);
    cr_assert_not_null(m);
    Obj *arg = str_from_cstr(vm, "lf");
    Obj *r = obj_call1(vm, m, arg);
    cr_assert_not_null(r);
    cr_assert_str_eq(str_cstr(r), "self");
    obj_decref(r);
    obj_decref(arg);
    obj_decref(m);
    obj_decref(self);
    obj_decref(g);
}

Test(type, staticmethod_and_classmethod) {
    expect_str("class K:\n"
               "    @staticmethod\n"
               "    def s(a): return a\n"
               "    @classmethod\n"
               "    def c(cls): return cls.__name__\n"
               "class K2(K): pass\n"
               "r = K.s('s') + K().s('t') + K.c() + K2().c()\n",
               "r", "stKK2");
}

Test(type, property_get_set_and_messages) {
    expect_str("class P:\n"
               "    def __init__(self): self._v = 'a'\n"
               "    @property\n"
               "    def v(self): return self._v\n"
               "    @v.setter\n"
               "    def v(self, x): self._v = x + x\n"
               "p = P()\n"
               "p.v = 'b'\n"
               "r = p.v\n",
               "r", "bb");
    expect_error("class P:\n    @property\n    def x(self): return 1\nP().x = 2\n",
                 &exc_AttributeError, "property 'x' of 'P' object has no setter");
    expect_error("class P:\n    @property\n    def x(self): return 1\ndel P().x\n",
                 &exc_AttributeError, "property 'x' of 'P' object has no deleter");
}

Test(type, method_descriptor_checks_self_type) {
    expect_error("list.append(1, 2)\n", &exc_TypeError,
                 "descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
}

Test(type, super_reaches_the_next_class) {
    expect_str("class A:\n"
               "    def f(self): return 'A'\n"
               "class B(A):\n"
               "    def f(self): return 'B' + super(B, self).f()\n"
               "r = B().f()\n",
               "r", "BA");
}

// ---------------------------------------------------------------------------
// Subclasses of built-in types.
// ---------------------------------------------------------------------------
Test(type, list_subclass_keeps_attributes) {
    expect_str("class L(list):\n"
               "    def first(self): return self[0]\n"
               "l = L()\n"
               "l.append('q')\n"
               "l.tag = 'w'\n"
               "r = l.first() + l.tag + str(len(l))\n",
               "r", "qw1");
}

Test(type, exception_subclass_with_attributes) {
    expect_str("class E(Exception):\n"
               "    pass\n"
               "try:\n"
               "    e = E('m')\n"
               "    e.code = 'c'\n"
               "    raise e\n"
               "except E as x:\n"
               "    r = str(x) + x.code\n",
               "r", "mc");
}

Test(type, str_and_tuple_subclasses_take_attributes) {
    expect_str("class S(str): pass\n"
               "s = S('abc' * 20)\n"
               "s.tag = 'w'\n"
               "class T(tuple): pass\n"
               "t = T((1, 2))\n"
               "t.tag = 'v'\n"
               "r = s[:3] + s.tag + t.tag + str(len(t))\n",
               "r", "abcwv2");
}

Test(type, tail_size_is_zero_for_fixed_layouts) {
    cr_assert_eq(type_tail_size(&str_type), 0);
    cr_assert_eq(type_tail_size(&tuple_type), 0);
    TypeObj *bases[] = {&str_type, NULL};
    Obj *cls = make_class("S", bases);
    cr_assert_not_null(cls);
    cr_assert_geq(type_tail_size((TypeObj *)cls), sizeof(DictTable));
    TypeObj *plain[] = {NULL};
    Obj *c2 = make_class("P", plain);
    cr_assert_eq(type_tail_size((TypeObj *)c2), 0);
    obj_decref(c2);
    obj_decref(cls);
}

Test(type, classmethod_descriptor_binds_to_the_class) {
    expect_str("r = repr({}.fromkeys('ab'))\n", "r", "{'a': None, 'b': None}");
    expect_str("r = type(dict.__dict__['fromkeys']).__name__\n", "r", "classmethod_descriptor");
    expect_error("dict.__dict__['fromkeys'](int, [])\n", &exc_TypeError,
                 "descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'");
}

Test(type, slots_make_member_descriptors) {
    expect_str("class P:\n"
               "    __slots__ = ('x', '__y')\n"
               "    def sety(self): self.__y = 'y'\n"
               "p = P()\n"
               "p.x = 'x'\n"
               "p.sety()\n"
               "r = p.x + p._P__y + repr(P.x)\n",
               "r", "xy<member 'x' of 'P' objects>");
    expect_error("class P:\n    __slots__ = ('x',)\nP().z = 1\n", &exc_AttributeError,
                 "'P' object has no attribute 'z'");
    expect_error("class P:\n    __slots__ = ('x',)\nP().x\n", &exc_AttributeError,
                 "'P' object has no attribute 'x'");
    expect_error("class A:\n    __slots__ = 'a'\nclass B:\n    __slots__ = 'b'\n"
                 "class C(A, B): pass\n",
                 &exc_TypeError, "multiple bases have instance lay-out conflict");
}

Test(type, calculate_meta_picks_the_most_derived) {
    Obj *bases = tuple_pack1(vm, (Obj *)&int_type);
    cr_assert_not_null(bases);
    cr_assert_eq(type_calculate_meta(vm, &type_type, tuple_empty), &type_type);
    // int's type is type: no conflict with type itself.
    cr_assert_eq(type_calculate_meta(vm, &type_type, bases), &type_type);
    obj_decref(bases);
    Obj *one = tuple_pack1(vm, SMALLINT_FROM(1));
    cr_assert_null(type_calculate_meta(vm, &type_type, one));
    Obj *exc = err_fetch(vm);
    cr_assert(obj_is_instance(exc, &exc_TypeError));
    obj_decref(exc);
    obj_decref(one);
    expect_str("class M(type): pass\nclass A(metaclass=M): pass\n"
               "r = type(type('B', (A,), {})).__name__\n",
               "r", "M");
}

Test(type, builtin_generics_subscript_to_aliases) {
    expect_str("x: list[int] = []\nr = repr(dict[str, list[int]])\n", "r", "dict[str, list[int]]");
    expect_error("class G: pass\nG[int]\n", &exc_TypeError, "type 'G' is not subscriptable");
}

// ---------------------------------------------------------------------------
// Modules.
// ---------------------------------------------------------------------------
Test(type, module_attributes_and_errors) {
    Obj *m = module_new(vm, "m");
    cr_assert_not_null(m);
    Obj *name = str_from_cstr(vm, "x");
    Obj *v = str_from_cstr(vm, "val");
    cr_assert_eq(obj_setattr(vm, m, name, v), 0);
    Obj *got = obj_getattr(vm, m, name);
    cr_assert_eq(got, v);
    obj_decref(got);
    Obj *missing = str_from_cstr(vm, "nope");
    cr_assert_null(obj_getattr(vm, m, missing));
    Obj *exc = err_fetch(vm);
    cr_assert(obj_is_instance(exc, &exc_AttributeError));
    Obj *msg = exc_message(vm, exc);
    cr_assert_str_eq(str_cstr(msg), "module 'm' has no attribute 'nope'");
    Obj *r = obj_repr(vm, m);
    cr_assert_str_eq(str_cstr(r), "<module 'm' (built-in)>");
    obj_decref(r);
    obj_decref(msg);
    obj_decref(exc);
    obj_decref(missing);
    obj_decref(v);
    obj_decref(name);
    obj_decref(m);
}

Test(type, instances_get_inline_room_for_the_attributes_seen) {
    TypeObj *plain[] = {NULL};
    TypeObj *strs[] = {&str_type, NULL};
    TypeObj *p = (TypeObj *)make_class("P", plain);
    TypeObj *s = (TypeObj *)make_class("S", strs);
    cr_assert_eq(p->attr_inline_max, DICT_SMALL_MAX); // the table ends the layout
    cr_assert_eq(s->attr_inline_max, 0);              // the table follows the text
    cr_assert_eq(p->attr_inline, 0);
    type_note_attrs(p, 3);
    type_note_attrs(s, 3);
    cr_assert_eq(p->attr_inline, 3);
    cr_assert_eq(s->attr_inline, 0);
    type_note_attrs(p, 100);
    cr_assert_eq(p->attr_inline, DICT_SMALL_MAX);
    Obj *o = type_alloc(vm, p);
    DictTable *t = obj_attr_table(o);
    cr_assert_eq(t->inline_cap, DICT_SMALL_MAX);
    cr_assert_eq((void *)t->entries, (void *)(t + 1));
    obj_decref(o);
    obj_decref((Obj *)s);
    obj_decref((Obj *)p);
}
