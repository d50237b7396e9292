/* mod_array_impl.h: the layout of array.array objects, shared by the two
 * halves of the module: the type and its sequence protocol (mod_array.c)
 * and its named methods (mod_array_methods.c). */
#ifndef OURO_MOD_ARRAY_IMPL_H
#define OURO_MOD_ARRAY_IMPL_H

#include "modules/mod_array.h"

// What a typecode stores: signed or unsigned integers, IEEE floats, or
// code points (wchar_t is 4 bytes on the platforms Ouro runs on).
typedef enum { ARR_SIGNED, ARR_UNSIGNED, ARR_FLOAT, ARR_UNICODE } ArrayKind;

typedef struct ArrayDesc {
    char code;
    uint8_t itemsize;
    ArrayKind kind;
} ArrayDesc;

// An array owns `cap` items of `desc->itemsize` bytes at `data` (NULL when
// `cap` is 0), of which the first `len` are in use. It holds no
// references, so it is not tracked by the cycle collector.
typedef struct ArrayObj {
    Obj head;
    const ArrayDesc *desc;
    size_t len;
    size_t cap;
    char *data;
    size_t exports; // live memoryviews: while > 0 the buffer must not move
} ArrayObj;

static inline ArrayObj *arr(Obj *o) {
    return (ArrayObj *)o;
}

// True for array.array objects.
bool modarray_check(const Obj *o);

// A new empty array of `desc` with room for `cap` items. NULL with
// MemoryError pending.
NEWREF Obj *modarray_new(Vm *vm, const ArrayDesc *desc, size_t cap);

// Grows or shrinks `a` to `len` items (new items are zero bytes). Keeps
// the buffer when it is large enough. 0, or -1 with MemoryError pending.
int modarray_resize(Vm *vm, ArrayObj *a, size_t len);

// Item `i` (in range, checked by the caller) as a new int, float or str.
NEWREF Obj *modarray_item(Vm *vm, const ArrayObj *a, size_t i);

// The str of code point `cp` for tounicode(); ValueError "character
// U+110000 is not in range [U+0000; U+10ffff]" beyond Unicode.
NEWREF Obj *modarray_char(Vm *vm, uint32_t cp);

// Converts `value` to the machine representation of `desc`, written into
// `out` (desc->itemsize bytes), with CPython's TypeError / OverflowError
// messages. 0 or -1.
int modarray_convert(Vm *vm, const ArrayDesc *desc, Obj *value, char *out);

// The items of `a` as a new list.
NEWREF Obj *modarray_tolist(Vm *vm, ArrayObj *a);

// Appends the items of `iterable` one by one (items appended before an
// error stay). 0 or -1.
int modarray_extend_iter(Vm *vm, ArrayObj *a, Obj *iterable);

// Appends `n` raw bytes (a multiple of the item size, checked by the
// caller). 0 or -1.
int modarray_append_raw(Vm *vm, ArrayObj *a, const char *data, size_t n);

// Index of the first item equal to `value` in [start, stop), -1 when
// there is none, -2 with an exception pending.
int64_t modarray_find(Vm *vm, ArrayObj *a, Obj *value, size_t start, size_t stop);

// The named methods and attributes (mod_array_methods.c).
extern const MethodDef modarray_methods[];
extern const GetSetDef modarray_getset[];

#endif
