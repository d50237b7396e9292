/* strimpl.h: helpers shared by the str files only (str.c, str_type.c,
 * str_methods.c, str_format.c): UTF-8 coding, allocation of a str whose
 * bytes the caller fills, and the method table. */
#ifndef OURO_STRIMPL_H
#define OURO_STRIMPL_H

#include "str.h"

// Character classes of code points (Unicode white space; ASCII letters
// and digits only) and ASCII case mapping.
static inline bool cp_is_space(uint32_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

static inline bool cp_is_lower(uint32_t c) {
    return c >= 'a' && c <= 'z';
}
static inline bool cp_is_upper(uint32_t c) {
    return c >= 'A' && c <= 'Z';
}
static inline bool cp_is_alpha(uint32_t c) {
    return cp_is_lower(c) || cp_is_upper(c);
}
static inline bool cp_is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}
static inline uint32_t cp_to_upper(uint32_t c) {
    return cp_is_lower(c) ? c - 32 : c;
}
static inline uint32_t cp_to_lower(uint32_t c) {
    return cp_is_upper(c) ? c + 32 : c;
}

// Decodes the (valid) UTF-8 sequence at `s` into `*cp`; returns its length.
size_t utf8_decode(const char *s, uint32_t *cp);

// Encodes `cp` into `out` (4 bytes available); returns the byte count.
size_t utf8_encode(uint32_t cp, char *out);

// Byte offset of code point `i` (0 <= i <= len) in str `s`. O(1) for
// ASCII; for other text, walks from a remembered nearby position.
size_t str_byte_offset(const Obj *s, size_t i);

// Drops what str_byte_offset remembers about `s`: called when a str is
// freed or its bytes are (re)filled.
void str_forget_offsets(const Obj *s);

// First / last occurrence of `n` (`nn` bytes) in `h` (`hn` bytes), or NULL.
const char *bytes_find(const char *h, size_t hn, const char *n, size_t nn);
const char *bytes_rfind(const char *h, size_t hn, const char *n, size_t nn);

// Bytes spanned by `count` code points starting at byte offset `from`.
size_t str_byte_offset_from(const Obj *s, size_t from, size_t count);

// Whether code point `cp` is printable (str.isprintable, repr's escaping).
bool str_cp_printable(uint32_t cp);

// A str of `type` with room for `size` bytes (NUL written at the end); the
// caller fills the bytes, then calls str_finish_init to compute len and
// is_ascii. NULL with MemoryError pending.
NEWREF Obj *str_alloc_type(Vm *vm, TypeObj *type, size_t size);
void str_finish_init(Obj *s);

// For producers that know their bytes are ASCII (pieces of an ASCII str,
// digits, case-mapped ASCII): finishes a fresh str from str_alloc_type
// without the rescan str_finish_init does, and a str of `size` ASCII
// bytes copied from `p`. The caller guarantees every byte is below 0x80.
static inline void str_finish_ascii(Obj *s) {
    ((StrObj *)s)->len = ((StrObj *)s)->size;
    ((StrObj *)s)->is_ascii = true;
}
NEWREF Obj *str_from_ascii(Vm *vm, const char *p, size_t size);

static inline char *str_data_mut(Obj *s) {
    return ((StrObj *)s)->data;
}

// The method table (str_methods.c) and str's % / format helpers.
extern const MethodDef str_methods[];
NEWREF Obj *str_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_format_map(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_dunder_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// Methods defined in str_case.c, listed in str_methods' table.
NEWREF Obj *str_py_upper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_lower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_casefold(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_swapcase(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_title(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_capitalize(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isupper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_islower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_istitle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isidentifier(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_ljust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_rjust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_center(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_zfill(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_expandtabs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isdigit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isdecimal(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isnumeric(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isalpha(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isalnum(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isspace(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isprintable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *str_py_isascii(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// repr() of a str with CPython's quoting and escapes.
NEWREF Obj *str_repr(Vm *vm, Obj *self);

// The substring of code points [start, stop) (0 <= start <= stop <= len).
NEWREF Obj *str_substr(Vm *vm, Obj *s, size_t start, size_t stop);

#endif
