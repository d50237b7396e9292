/* str.h: str, Python's immutable text. UTF-8 bytes with a cached length in
 * code points and a cached hash; ASCII strings index in O(1). Interning
 * shares one object per identifier text. */
#ifndef OURO_STR_H
#define OURO_STR_H

#include <stdarg.h>
#include <string.h>

#include "object.h"

extern TypeObj str_type;
extern TypeObj str_iter_type; // iter('...'): yields one-character strs

typedef struct StrObj {
    Obj head;
    int64_t hash; // -1 until computed
    size_t len;   // code points
    size_t size;  // UTF-8 bytes, excluding the terminating NUL
    bool is_ascii;
    bool is_interned;
    char data[]; // `size` bytes of UTF-8, then NUL
} StrObj;

// True for str and its subclasses.
// Inline: it guards every str slot and method, and most values are exact
// strs or not strs at all.
static inline bool str_check(const Obj *o) {
    return !OBJ_IS_SMALLINT(o) &&
           (o->type == &str_type || (o->type->flags & TYPE_FLAG_STR_SUBCLASS) != 0);
}

// A new str from `size` bytes of valid UTF-8 (the caller guarantees
// validity). NULL on memory exhaustion.
NEWREF Obj *str_from_utf8(Vm *vm, const char *s, size_t size);

// A new str from a NUL-terminated UTF-8 C string.
NEWREF Obj *str_from_cstr(Vm *vm, const char *s);

// A new str formatted like err_raise's `fmt` (printf plus %S and %R).
NEWREF Obj *str_from_fmt(Vm *vm, const char *fmt, ...);

// The interned str for `s` (one object per text for the run). Borrowed:
// the interned table owns it. NULL on memory exhaustion.
BORROWED Obj *str_intern_cstr(Vm *vm, const char *s);

// Interns `s` in place: returns the interned equal string (new reference)
// and releases the caller's reference to `s`.
NEWREF Obj *str_intern_steal(Vm *vm, STEALS Obj *s);

// UTF-8 contents, NUL-terminated, valid while `s` lives.
static inline const char *str_cstr(const Obj *s) {
    return ((const StrObj *)s)->data;
}
static inline size_t str_size(const Obj *s) {
    return ((const StrObj *)s)->size;
}
static inline size_t str_len(const Obj *s) {
    return ((const StrObj *)s)->len;
}

// Hash of a str (cached). Never fails.
int64_t str_hash(Obj *s);

// The hash a str with these UTF-8 bytes has (str_hash of an equal str), for
// lookups by C text without allocating a str. Never -1.
int64_t str_hash_bytes(const char *data, size_t size);

// memcmp(a, b, n) == 0, with short lengths (dict keys are mostly words)
// compared as two overlapping words, without a call.
static inline bool str_same_bytes(const char *a, const char *b, size_t n) {
    if (n >= 4 && n <= 16) {
        if (n >= 8) {
            uint64_t a0, a1, b0, b1;
            memcpy(&a0, a, 8);
            memcpy(&b0, b, 8);
            memcpy(&a1, a + n - 8, 8);
            memcpy(&b1, b + n - 8, 8);
            return ((a0 ^ b0) | (a1 ^ b1)) == 0;
        }
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return memcmp(a, b, n) == 0;
}

// Byte-wise equality of two strs (both must be str). Inline: dict lookups
// and sorts call it for every candidate key.
static inline bool str_equal(const Obj *a, const Obj *b) {
    if (a == b) {
        return true;
    }
    const StrObj *x = (const StrObj *)a, *y = (const StrObj *)b;
    if (x->size != y->size) {
        return false;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return false;
    }
    return str_same_bytes(x->data, y->data, x->size);
}

// Order of two strs (both must be str): negative, 0 or positive as `a`
// sorts before, with or after `b`, by code point.
int str_compare(const Obj *a, const Obj *b);

// Equality of a str with a C string.
bool str_equal_cstr(const Obj *a, const char *s);

// Concatenation a + b of two strs.
NEWREF Obj *str_concat(Vm *vm, Obj *a, Obj *b);

// a + b, taking the caller's reference to `a` (even on failure). When that
// is the only reference to an exact, non-interned str, `a` itself grows to
// hold the result (it may move) instead of a new str being made: `s += t`
// in a loop appends in amortised place. NULL with MemoryError pending.
NEWREF Obj *str_concat_steal(Vm *vm, STEALS Obj *a, Obj *b);

// `fmt % args` for str formatting (%s %r %d %i %f %e %g %x %o %c %%, with
// flags, width and precision; a dict for %(name)s).
NEWREF Obj *str_percent_format(Vm *vm, Obj *fmt, Obj *args);

// The shared one-character str of ASCII byte `c` (< 128): immortal, so
// the reference may be kept without counting. Never fails. (s[i] of an
// ASCII str in the dispatch loop.)
BORROWED Obj *str_ascii_char_borrow(unsigned char c);

// A one-character str for code point `cp` (chr()); ValueError
// "chr() arg not in range(0x110000)" when out of range.
NEWREF Obj *str_from_codepoint(Vm *vm, uint32_t cp);

// The code point at index `i` (0 <= i < len, checked by the caller) of str `s`.
uint32_t str_codepoint_at(const Obj *s, size_t i);

// str_from_fmt with a va_list (for err_raise and friends).
NEWREF Obj *str_from_vfmt(Vm *vm, const char *fmt, va_list ap);

// format(value, spec): calls type(value).__format__(value, spec) and checks
// that the result is a str (`spec` is a str). For the builtin format(),
// f-strings and str.format.
NEWREF Obj *str_format_value(Vm *vm, Obj *value, Obj *spec);

// ascii(o): repr(o) with non-ASCII characters escaped (\xNN, \uNNNN, \UNNNNNNNN).
NEWREF Obj *str_ascii(Vm *vm, Obj *o);

// A growable UTF-8 buffer for building strings in C.
typedef struct StrBuf {
    char *data;
    size_t size;
    size_t cap;
    bool on_stack; // `data` is the caller's storage (strbuf_init_stack)
} StrBuf;

void strbuf_init(StrBuf *b);
// Starts the buffer in the caller's `storage` (`cap` bytes, usually a local
// array), so that short results need no heap block; longer ones move to
// the heap. strbuf_finish / strbuf_free must still end it.
void strbuf_init_stack(StrBuf *b, char *storage, size_t cap);
// Each append returns 0, or -1 with MemoryError pending.
int strbuf_append(StrBuf *b, const char *s, size_t n);
int strbuf_append_cstr(StrBuf *b, const char *s);
int strbuf_append_char(StrBuf *b, char c);
int strbuf_append_str(StrBuf *b, Obj *s); // a str object's bytes
// Makes room for `cap` bytes in all (exactly that many when it grows), for
// callers that know the final size. 0, or -1 with MemoryError pending.
int strbuf_set_capacity(StrBuf *b, size_t cap);
// Turns the buffer into a str and resets it. NULL on failure (buffer freed).
NEWREF Obj *strbuf_finish(Vm *vm, StrBuf *b);
// Frees the buffer without producing a string.
void strbuf_free(StrBuf *b);

#endif
