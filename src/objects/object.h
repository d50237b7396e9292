/* object.h: the object header, type objects with their slots, reference
 * counting, and the generic protocols (CPython's "abstract" layer) that every
 * other part of Ouro uses to operate on values without knowing their type. */
#ifndef OURO_OBJECT_H
#define OURO_OBJECT_H

#include "../common.h"

// ---------------------------------------------------------------------------
// Values. Every value is an `Obj *`. A small int lives inside the pointer:
// low bit 1, value in the upper 63 bits. Everything else is a heap object
// (or a static, immortal one) that starts with this header.
// ---------------------------------------------------------------------------
struct Obj {
    intptr_t refcnt;
    TypeObj *type;
};

// Statics (types, None, True, ...) start with this count; it never reaches 0.
#define OBJ_IMMORTAL_REFCNT ((intptr_t)1 << 60)
#define OBJ_HEAD_INIT(type_ptr) {OBJ_IMMORTAL_REFCNT, (type_ptr)}

#define OBJ_IS_SMALLINT(o) (((uintptr_t)(o)) & 1u)
#define SMALLINT_MAX ((int64_t)(INT64_MAX >> 1))
#define SMALLINT_MIN ((int64_t)(INT64_MIN >> 1))
#define SMALLINT_FITS(v) ((v) >= SMALLINT_MIN && (v) <= SMALLINT_MAX)
// Tagged value of `v`, which must satisfy SMALLINT_FITS.
#define SMALLINT_FROM(v) ((Obj *)(uintptr_t)((((uint64_t)(int64_t)(v)) << 1) | 1u))
#define SMALLINT_VALUE(o) (((int64_t)(intptr_t)(o)) >> 1)

extern TypeObj int_type;

// The type of any value, small ints included. Never NULL.
static inline TypeObj *obj_type(const Obj *o) {
    return OBJ_IS_SMALLINT(o) ? &int_type : o->type;
}

// Defined in object.c: runs the deallocation path of an object whose count
// reached zero (finalizer, trashcan, type dealloc). Not called directly.
void obj_dealloc(Obj *o);

static inline void obj_incref(Obj *o) {
    if (!OBJ_IS_SMALLINT(o)) {
        o->refcnt++;
    }
}

// Forced inline: GCC outlined the count test into a call at a few hot
// sites of the VM's loop.
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void obj_decref(Obj *o) {
    if (!OBJ_IS_SMALLINT(o) && --o->refcnt == 0) {
        obj_dealloc(o);
    }
}

static inline void obj_xincref(Obj *o) {
    if (o != NULL) {
        obj_incref(o);
    }
}

static inline void obj_xdecref(Obj *o) {
    if (o != NULL) {
        obj_decref(o);
    }
}

// Returns `o` after taking a new reference to it (for `return obj_newref(x)`).
static inline NEWREF Obj *obj_newref(Obj *o) {
    obj_incref(o);
    return o;
}

// Replace helper: stores `value` (new reference taken) in `*slot`, then
// releases the old value, so a finalizer run by the release sees the new one.
static inline void obj_replace(Obj **slot, Obj *value) {
    Obj *old = *slot;
    obj_xincref(value);
    *slot = value;
    obj_xdecref(old);
}

// ---------------------------------------------------------------------------
// Type objects. Built-in types are static TypeObj values; classes made by
// `class` statements are heap TypeObj values with the same layout. A NULL
// slot means "not supported" and the generic protocol raises TypeError.
// ---------------------------------------------------------------------------
typedef int (*GcVisitFn)(Obj *child, void *arg);

// Calling convention for everything callable (CPython's vectorcall):
// `args` holds `nargs` positional values followed by one value per name in
// `kwnames` (a tuple of str, or NULL when there are no keywords). All are
// borrowed. Returns a new reference or NULL with an exception pending.
typedef Obj *(*CallFn)(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);

// A built-in method: as CallFn but receives the bound `self` instead of the
// callable. For module-level functions `self` is the module (or NULL).
typedef Obj *(*MethodFn)(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

typedef Obj *(*UnaryFn)(Vm *vm, Obj *a);
typedef Obj *(*BinaryFn)(Vm *vm, Obj *a, Obj *b);

// Binary operators, in one order used by BINARY_OP, the number slots and
// the names table. The in-place forms are BINOP_* + BINOP_INPLACE.
typedef enum {
    BINOP_ADD,
    BINOP_SUB,
    BINOP_MUL,
    BINOP_TRUEDIV,
    BINOP_FLOORDIV,
    BINOP_MOD,
    BINOP_POW,
    BINOP_LSHIFT,
    BINOP_RSHIFT,
    BINOP_AND,
    BINOP_OR,
    BINOP_XOR,
    BINOP_MATMUL,
    BINOP_COUNT,
    BINOP_INPLACE = BINOP_COUNT
} BinOp;

// The operator of a BinOp that may be an in-place form (`x += y` is
// BINOP_ADD + BINOP_INPLACE). A compare and a subtraction: `%
// BINOP_INPLACE` is a multiplication and more, on every arithmetic
// instruction.
static inline int binop_base(uint32_t op) {
    return (int)(op >= BINOP_INPLACE ? op - BINOP_INPLACE : op);
}

// Comparison operators for richcompare, in CPython's order.
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

// One entry of a type's method table; the table ends with a NULL name.
typedef struct MethodDef {
    const char *name;
    MethodFn fn;
    int flags; // METH_* below
    const char *doc;
} MethodDef;

#define METH_DEFAULT 0
#define METH_STATIC 1 // no self is passed (staticmethod-like)
#define METH_CLASS 2  // self is the type (classmethod-like)

// A read-only (set == NULL) or read-write data attribute of a built-in type.
typedef struct GetSetDef {
    const char *name;
    Obj *(*get)(Vm *vm, Obj *self);
    int (*set)(Vm *vm, Obj *self, Obj *value); // value NULL = delete
} GetSetDef;

#define TYPE_FLAG_GC (1u << 0)        // instances carry a GC header, traverse/clear set
#define TYPE_FLAG_BASETYPE (1u << 1)  // may be subclassed
#define TYPE_FLAG_HEAPTYPE (1u << 2)  // created by a class statement or type()
#define TYPE_FLAG_READY (1u << 3)     // type_ready has run
#define TYPE_FLAG_HAS_FINALIZE (1u << 4) // `finalize` must run before dealloc
#define TYPE_FLAG_WEAKREFABLE (1u << 5)  // weakref.ref() accepts it (a GC type; weakref.c)
#define TYPE_FLAG_SEQ_CONCAT (1u << 6)   // binop[ADD] is concatenation: no __radd__ wrapper
#define TYPE_FLAG_INT_SUBCLASS (1u << 8)
#define TYPE_FLAG_STR_SUBCLASS (1u << 9)
#define TYPE_FLAG_LIST_SUBCLASS (1u << 10)
#define TYPE_FLAG_TUPLE_SUBCLASS (1u << 11)
#define TYPE_FLAG_DICT_SUBCLASS (1u << 12)
#define TYPE_FLAG_EXC_SUBCLASS (1u << 13)
#define TYPE_FLAG_TYPE_SUBCLASS (1u << 14)

// The memory an object exposes to memoryview and other readers of raw
// data (CPython's buffer protocol, one-dimensional): `len` bytes from
// `buf`, items of `itemsize` bytes in the struct-module `format`.
typedef struct BufferView {
    char *buf;
    size_t len;
    size_t itemsize;
    char format; // 'B', 'b', 'c', 'h', 'i', 'q', 'f', 'd', ...
    bool readonly;
} BufferView;

struct TypeObj {
    Obj head;
    const char *name;  // for static types; heap types also set `name_obj`
    size_t basicsize;  // bytes of an instance, GC header excluded
    uint32_t flags;
    // Instances of a class whose attribute table ends their layout are
    // allocated with room for `attr_inline` attribute entries after it
    // (type.h: type_note_attrs), at most `attr_inline_max` (0: never).
    uint16_t attr_inline;
    uint16_t attr_inline_max;
    TypeObj *base;     // single base for layout (object_type at the root)

    // Lifetime and GC.
    void (*dealloc)(Obj *self);       // release children, then obj_free(self)
    int (*traverse)(Obj *self, GcVisitFn visit, void *arg);
    void (*clear)(Obj *self);         // drop references that can form cycles
    void (*finalize)(Vm *vm, Obj *self); // __del__; exceptions are reported, not raised
    // The objects CPython 3.11 would allocate beside this one that Ouro
    // keeps inside it (a function's closure tuple until it is asked for):
    // a collection that finds the object garbage counts them too, so that
    // gc.collect() returns CPython's number. NULL: none.
    int64_t (*gc_inner_count)(const Obj *self);

    // Object protocol.
    Obj *(*repr)(Vm *vm, Obj *self);
    Obj *(*str)(Vm *vm, Obj *self);
    int64_t (*hash)(Vm *vm, Obj *self);   // -1 with exception pending on error
    Obj *(*richcompare)(Vm *vm, Obj *a, Obj *b, CmpOp op); // may return NotImplemented
    Obj *(*getattr)(Vm *vm, Obj *self, Obj *name);          // AttributeError if absent
    int (*setattr)(Vm *vm, Obj *self, Obj *name, Obj *value); // value NULL = delete
    CallFn call;
    Obj *(*iter)(Vm *vm, Obj *self);
    // Next item (new reference); NULL without an exception when exhausted,
    // NULL with an exception pending on error.
    Obj *(*iternext)(Vm *vm, Obj *self);
    // Descriptor protocol: __get__ (`obj` NULL when looked up on the class).
    Obj *(*descr_get)(Vm *vm, Obj *self, Obj *obj, Obj *type);
    int (*descr_set)(Vm *vm, Obj *self, Obj *obj, Obj *value);

    // Number protocol: one slot per BinOp (NULL = unsupported). Each slot
    // receives the operands in source order and returns NotImplemented when
    // it does not handle the pair (the generic code then tries the other
    // operand's slot, CPython's reflected protocol). `inplace` slots are
    // optional; when NULL the plain slot is used.
    BinaryFn binop[BINOP_COUNT];
    BinaryFn inplace[BINOP_COUNT];
    Obj *(*ternary_pow)(Vm *vm, Obj *a, Obj *b, Obj *mod); // pow(a, b, mod)
    UnaryFn neg, pos, invert, absolute;
    int (*is_true)(Vm *vm, Obj *self); // 0/1, or -1 with exception pending
    Obj *(*as_int)(Vm *vm, Obj *self);   // __index__: a new int, or NULL
    Obj *(*as_float)(Vm *vm, Obj *self); // __float__: a new float, or NULL

    // Sequence and mapping protocol.
    int64_t (*len)(Vm *vm, Obj *self);   // -1 with exception pending on error
    Obj *(*getitem)(Vm *vm, Obj *self, Obj *key);
    int (*setitem)(Vm *vm, Obj *self, Obj *key, Obj *value); // value NULL = delete
    int (*contains)(Vm *vm, Obj *self, Obj *item);           // 0/1/-1

    // Construction: `type(...)` calls new, then init when new returned an
    // instance of the type.
    Obj *(*new_)(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
    int (*init)(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

    // Bytes this object uses, GC header excluded (sys.getsizeof adds it).
    size_t (*sizeof_)(Obj *self);

    // Buffer protocol: fills `view` with the object's memory and keeps it
    // in place (no resizing) until the matching releasebuffer. 0, or -1
    // with an exception pending. NULL for types without one (bytes and
    // bytearray are handled by memoryview.c itself).
    int (*getbuffer)(Vm *vm, Obj *self, BufferView *view);
    void (*releasebuffer)(Obj *self);

    // Filled by type_ready from `methods` and `getset`; NULL for statics
    // until then.
    const MethodDef *methods;
    const GetSetDef *getset;
    Obj *dict;      // the type's attribute dict (DictObj)
    Obj *bases;     // tuple of types
    Obj *mro;       // tuple of types, self first
    Obj *name_obj;  // str: __name__
    Obj *qualname;  // str: __qualname__ (heap types)
    Obj *module;    // str: __module__ (heap types), NULL for builtins
    uint64_t version; // bumped whenever the type's dict or MRO changes
    Obj *weaklist;    // reserved for weak references to the type
    // Offset in bytes of an embedded DictTable holding instance attributes
    // (heap types and exceptions), 0 when instances have no attribute dict.
    size_t dictoffset;
};

// The root of every type, and the type of types.
extern TypeObj object_type;
extern TypeObj type_type;

// ---------------------------------------------------------------------------
// Allocation of objects (implemented in object.c on top of memory/).
// ---------------------------------------------------------------------------

// A new object of `type` with `size` bytes (header included), refcount 1,
// zero-filled past the header. For types without TYPE_FLAG_GC.
// Returns NULL with MemoryError pending.
NEWREF Obj *obj_new(Vm *vm, TypeObj *type, size_t size);

// Same for a type with TYPE_FLAG_GC: the GC header is allocated in front of
// the object, and the object is linked into the youngest generation
// (tracked). Returns NULL with MemoryError pending.
NEWREF Obj *obj_new_container(Vm *vm, TypeObj *type, size_t size);

// Frees the memory of `o` (GC header included when its type has one). Called
// by a type's dealloc as its last step; `o` must already be untracked.
void obj_free(Obj *o);

// ---------------------------------------------------------------------------
// Generic protocols. Each returns a new reference (or 0/1 for predicates),
// and NULL / -1 with an exception pending, with CPython's message.
// ---------------------------------------------------------------------------
NEWREF Obj *obj_repr(Vm *vm, Obj *o);
NEWREF Obj *obj_str(Vm *vm, Obj *o);
// repr() that writes "[...]"-style placeholders for containers already being
// printed; containers call these around their own repr.
int obj_repr_enter(Vm *vm, Obj *o); // 0 = go on, 1 = already inside, -1 error
void obj_repr_leave(Vm *vm, Obj *o);
int64_t obj_hash(Vm *vm, Obj *o);   // TypeError "unhashable type: 'list'"
NEWREF Obj *obj_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op);
int obj_richcompare_bool(Vm *vm, Obj *a, Obj *b, CmpOp op); // identity implies equality for EQ/NE
int obj_eq(Vm *vm, Obj *a, Obj *b);                          // == as 0/1/-1, identity first
int obj_is_true(Vm *vm, Obj *o);
NEWREF Obj *obj_getattr(Vm *vm, Obj *o, Obj *name);
// Like obj_getattr but returns NULL *without* an exception when the
// attribute is missing (AttributeError swallowed); other errors stay pending.
NEWREF Obj *obj_lookup_attr(Vm *vm, Obj *o, Obj *name);
NEWREF Obj *obj_getattr_cstr(Vm *vm, Obj *o, const char *name);
int obj_setattr(Vm *vm, Obj *o, Obj *name, Obj *value); // value NULL = delete
int obj_hasattr(Vm *vm, Obj *o, Obj *name);              // 0/1/-1
NEWREF Obj *obj_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *obj_call0(Vm *vm, Obj *callable);
NEWREF Obj *obj_call1(Vm *vm, Obj *callable, Obj *arg);
NEWREF Obj *obj_call2(Vm *vm, Obj *callable, Obj *a, Obj *b);
// Looks `name` up on the type of `self` (not the instance) and calls it
// with `self` prepended, as the interpreter does for dunder methods.
NEWREF Obj *obj_call_method(Vm *vm, Obj *self, const char *name, Obj *const *args, size_t nargs);
NEWREF Obj *obj_iter(Vm *vm, Obj *o);   // TypeError "'int' object is not iterable"
NEWREF Obj *obj_next(Vm *vm, Obj *it);  // NULL without exception when exhausted
int64_t obj_len(Vm *vm, Obj *o);        // TypeError "object of type 'int' has no len()"
NEWREF Obj *obj_getitem(Vm *vm, Obj *o, Obj *key);
int obj_setitem(Vm *vm, Obj *o, Obj *key, Obj *value);
int obj_delitem(Vm *vm, Obj *o, Obj *key);
int obj_contains(Vm *vm, Obj *container, Obj *item); // `item in container`
NEWREF Obj *obj_binop(Vm *vm, Obj *a, Obj *b, BinOp op); // op may include BINOP_INPLACE
NEWREF Obj *obj_neg(Vm *vm, Obj *o);
NEWREF Obj *obj_pos(Vm *vm, Obj *o);
NEWREF Obj *obj_invert(Vm *vm, Obj *o);
NEWREF Obj *obj_abs(Vm *vm, Obj *o);
NEWREF Obj *obj_pow(Vm *vm, Obj *a, Obj *b, Obj *mod); // mod may be None
// operator.index(): an int (new reference) or TypeError
// "'float' object cannot be interpreted as an integer".
NEWREF Obj *obj_index(Vm *vm, Obj *o);
// Like obj_index, then converted to a C int64 (OverflowError when too big).
int obj_as_ssize(Vm *vm, Obj *o, int64_t *out);
// Symbol of a BinOp ("+", "+=", ...) for messages.
const char *obj_binop_symbol(int op);
// isinstance(o, type) through the MRO (no __instancecheck__).
bool obj_is_instance(Obj *o, TypeObj *type);
// issubclass for two types, through the MRO.
bool type_is_subtype(TypeObj *sub, TypeObj *base);
// Name of `o`'s type for messages ("int", "Node").
const char *obj_type_name(const Obj *o);

#endif
