/* bytesobj.h: bytes (an immutable, hashable array of octets) and bytearray
 * (its mutable, unhashable sibling). Both are atomic: they hold no references,
 * so they are never tracked by the cycle collector. */
#ifndef OURO_BYTESOBJ_H
#define OURO_BYTESOBJ_H

#include "object.h"

extern TypeObj bytes_type;
extern TypeObj bytearray_type;
// iter(bytes) and iter(bytearray); both yield ints.
extern TypeObj bytes_iter_type;
extern TypeObj bytearray_iter_type;

// A bytes object stores its octets inline after the header, NUL-terminated
// (the terminator is not counted in `len`) so C string helpers are safe.
// An instance of a subclass of bytes is laid out as the class says (this
// struct, then its attribute table and slot values, type->basicsize bytes
// in all), and its octets follow at offset type->basicsize, so that what
// the class adds stays at fixed offsets.
typedef struct BytesObj {
    Obj head;
    size_t len;
    int64_t hash; // -1 until computed
    char data[];
} BytesObj;

// A bytearray owns a separately allocated buffer of `cap` bytes (NULL when
// `cap` is 0), of which the first `len` are in use.
typedef struct ByteArrayObj {
    Obj head;
    size_t len;
    size_t cap;
    char *data;
    size_t exports; // live memoryviews: while > 0 the buffer must not move
} ByteArrayObj;

// True for bytes objects, instances of subclasses included.
bool bytes_check(const Obj *o);
// True for bytearray objects, instances of subclasses included.
bool bytearray_check(const Obj *o);

// A new bytes object holding a copy of the `len` octets at `data` (which may
// be NULL when `len` is 0). Used for b'...' literals and str.encode().
// Returns NULL with MemoryError pending (also for absurd sizes).
NEWREF Obj *bytes_from_data(Vm *vm, const char *data, size_t len);

// A new bytes object of `len` octets whose contents the caller fills through
// bytes_data_mut() before anything else sees it. NULL with an error pending.
NEWREF Obj *bytes_new_uninit(Vm *vm, size_t len);

// A new bytearray holding a copy of `data`. NULL with an error pending.
NEWREF Obj *bytearray_from_data(Vm *vm, const char *data, size_t len);

// Accessors for bytes objects (`o` must satisfy bytes_check). The pointer is
// valid while `o` is alive.
static inline const char *bytes_data(const Obj *o) {
    if (o->type == &bytes_type) {
        return ((const BytesObj *)o)->data;
    }
    return (const char *)o + o->type->basicsize; // a subclass instance
}
static inline char *bytes_data_mut(Obj *o) {
    return (char *)bytes_data(o);
}
static inline size_t bytes_len(const Obj *o) {
    return ((const BytesObj *)o)->len;
}

// Accessors for bytearray objects (`o` must satisfy bytearray_check). The
// pointer is valid until the bytearray is next resized; may be NULL when
// the length is 0.
static inline char *bytearray_data(const Obj *o) {
    return ((const ByteArrayObj *)o)->data;
}
static inline size_t bytearray_len(const Obj *o) {
    return ((const ByteArrayObj *)o)->len;
}

// The contents of any bytes-like object (bytes or bytearray): returns true
// and fills `*data` (never NULL) and `*len` (borrowed, valid until the
// object changes), or false with an empty view when `o` is not bytes-like
// (no exception raised).
bool bytes_like_view(const Obj *o, const char **data, size_t *len);

// bytes.decode() for C callers (str(b, encoding, errors)): decodes `len`
// octets with `encoding` ("utf-8", "ascii", "latin-1" and their aliases,
// any case) and `errors` ("strict", "replace", "ignore"). A new str, or
// NULL with UnicodeDecodeError (CPython's message) or LookupError
// ("unknown encoding: x", "unknown error handler name 'x'") pending.
NEWREF Obj *bytes_decode(Vm *vm, const char *data, size_t len, const char *encoding,
                         const char *errors);

// str.encode() for C callers: the octets of str `s` in `encoding` with
// `errors`, as bytes_decode accepts them. A new bytes, or NULL with
// UnicodeEncodeError / LookupError pending.
NEWREF Obj *bytes_encode_str(Vm *vm, Obj *s, const char *encoding, const char *errors);

#endif
