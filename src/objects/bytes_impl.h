/* bytes_impl.h: helpers shared by the files that implement bytes and
 * bytearray (bytes.c, bytes_methods.c, bytes_text.c, bytearray.c). Not for
 * other code: the public contract is bytesobj.h. */
#ifndef OURO_BYTES_IMPL_H
#define OURO_BYTES_IMPL_H

#include "bytesobj.h"
#include "str.h"

// The contents of `o` as a bytes-like object, or TypeError
// "a bytes-like object is required, not 'str'". 0 or -1.
int bytesimpl_need_view(Vm *vm, Obj *o, const char **data, size_t *len);

// A new object of the same kind as `like` (bytearray for a bytearray, bytes
// otherwise) holding a copy of `data`. NULL with an error pending.
NEWREF Obj *bytesimpl_make(Vm *vm, const Obj *like, const char *data, size_t len);

// Turns `b` into a bytes object of the kind of `like` and frees the buffer
// (also on failure). NULL with an error pending.
NEWREF Obj *bytesimpl_finish(Vm *vm, const Obj *like, StrBuf *b);

// An int in range(0, 256) for a byte value: TypeError "'str' object cannot
// be interpreted as an integer" for a non-integer, ValueError `range_msg`
// ("bytes must be in range(0, 256)" or "byte must be in range(0, 256)")
// when out of range. 0 or -1.
int bytesimpl_byte_value(Vm *vm, Obj *o, const char *range_msg, unsigned char *out);

// Appends the octets that bytes(`src`) / bytearray(`src`) would hold for a
// single argument that is neither a str nor an int (a bytes-like object or
// an iterable of ints). `tname` ("bytes" or "bytearray") words the
// errors as CPython does. 0 or -1.
int bytesimpl_collect(Vm *vm, Obj *src, StrBuf *out, const char *tname);

// bytes(o) through o.__bytes__(): a new bytes; NULL with TypeError
// "__bytes__ returned non-bytes (type int)" or the method's exception; NULL
// with no exception pending when `o` has no __bytes__.
NEWREF Obj *bytesimpl_from_dunder(Vm *vm, Obj *o);

// The octets for the arguments of bytes(...) / bytearray(...) (`source`,
// `encoding`, `errors`, each NULL when absent), appended to `out`. `tname`
// names the type in messages. 0 or -1.
int bytesimpl_from_args(Vm *vm, const char *tname, Obj *source, Obj *encoding, Obj *errors,
                        StrBuf *out);

// repr of `len` octets: b'...' with CPython's quote choice and escapes,
// wrapped in "`wrap`(...)" when `wrap` is not NULL (a bytearray's type name).
NEWREF Obj *bytesimpl_repr(Vm *vm, const char *data, size_t len, const char *wrap);

// Comparison of two bytes-like objects (NotImplemented otherwise).
NEWREF Obj *bytesimpl_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op);

// `item in self` for int or bytes-like `item`. 0/1/-1.
int bytesimpl_contains(Vm *vm, const char *data, size_t len, Obj *item);

// self[key] for an int key (an int) or a slice (same kind as `self`).
// `tname` names the type in "... indices must be integers" messages.
NEWREF Obj *bytesimpl_getitem(Vm *vm, Obj *self, Obj *key, const char *tname);

// `a + b` for bytes-like operands, result of `a`'s kind.
NEWREF Obj *bytesimpl_concat(Vm *vm, Obj *a, Obj *b);

// `seq * n` / `n * seq` for bytes-like `seq`.
NEWREF Obj *bytesimpl_repeat(Vm *vm, Obj *a, Obj *b);

// iter() of a bytes or bytearray: yields ints, reading the current contents
// on each step (a bytearray may change while iterated).
NEWREF Obj *bytesimpl_iter(Vm *vm, Obj *self);

// The encoding of str `s` for bytes(s, encoding, errors), appended to `out`.
// 0 or -1 (UnicodeEncodeError / LookupError).
int bytesimpl_encode(Vm *vm, Obj *s, const char *encoding, const char *errors, StrBuf *out);

// `fmt % args` for a bytes-like format `self`: the result has self's kind.
NEWREF Obj *bytesimpl_percent(Vm *vm, Obj *self, Obj *args);

// `fname` qualified with the kind of `self` ("bytes.upper"), for
// args_check's "bytes.upper() takes no arguments" messages. Returns `buf`.
const char *bytesimpl_qualify(const Obj *self, const char *fname, char *buf, size_t size);

// The contents (data, len) of `self`, a bytes or a bytearray.
void bytesimpl_self(const Obj *self, const char **data, size_t *len);

// The Python methods shared by bytes and bytearray (bytes_methods.c,
// bytes_text.c, bytes_codec.c): `self` is a bytes or a bytearray.
NEWREF Obj *bytes_py_decode(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_join(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_split(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rsplit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_splitlines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_strip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_lstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rstrip(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_find(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rfind(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rindex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_replace(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_startswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_endswith(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_removeprefix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_removesuffix(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_partition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rpartition(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_upper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_lower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_swapcase(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_capitalize(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_title(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isdigit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isalpha(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isalnum(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isspace(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isascii(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_isupper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_islower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_istitle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_center(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_ljust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_rjust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_zfill(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_expandtabs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_translate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_fromhex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *bytes_py_maketrans(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// Their method table entries, spliced into the tables of both types.
// clang-format off
#define BYTESIMPL_METHOD_ENTRIES \
    {"decode", bytes_py_decode, METH_DEFAULT, \
     "Decode the bytes using the codec registered for encoding."}, \
    {"hex", bytes_py_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from the bytes."}, \
    {"join", bytes_py_join, METH_DEFAULT, "Concatenate any number of bytes objects."}, \
    {"split", bytes_py_split, METH_DEFAULT, \
     "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rsplit", bytes_py_rsplit, METH_DEFAULT, \
     "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", bytes_py_splitlines, METH_DEFAULT, \
     "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"strip", bytes_py_strip, METH_DEFAULT, \
     "Strip leading and trailing bytes contained in the argument."}, \
    {"lstrip", bytes_py_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."}, \
    {"rstrip", bytes_py_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."}, \
    {"find", bytes_py_find, METH_DEFAULT, \
     "Return the lowest index where subsection sub is found."}, \
    {"rfind", bytes_py_rfind, METH_DEFAULT, \
     "Return the highest index where subsection sub is found."}, \
    {"index", bytes_py_index, METH_DEFAULT, \
     "Like find() but raise ValueError when the subsection is not found."}, \
    {"rindex", bytes_py_rindex, METH_DEFAULT, \
     "Like rfind() but raise ValueError when the subsection is not found."}, \
    {"count", bytes_py_count, METH_DEFAULT, \
     "Return the number of non-overlapping occurrences of subsection sub."}, \
    {"replace", bytes_py_replace, METH_DEFAULT, \
     "Return a copy with all occurrences of substring old replaced by new."}, \
    {"startswith", bytes_py_startswith, METH_DEFAULT, \
     "Return True if the bytes starts with the specified prefix."}, \
    {"endswith", bytes_py_endswith, METH_DEFAULT, \
     "Return True if the bytes ends with the specified suffix."}, \
    {"removeprefix", bytes_py_removeprefix, METH_DEFAULT, \
     "Return a bytes object with the given prefix string removed if present."}, \
    {"removesuffix", bytes_py_removesuffix, METH_DEFAULT, \
     "Return a bytes object with the given suffix string removed if present."}, \
    {"partition", bytes_py_partition, METH_DEFAULT, \
     "Partition the bytes into three parts using the given separator."}, \
    {"rpartition", bytes_py_rpartition, METH_DEFAULT, \
     "Partition the bytes into three parts, searching from the end."}, \
    {"upper", bytes_py_upper, METH_DEFAULT, \
     "Return a copy with all ASCII characters converted to uppercase."}, \
    {"lower", bytes_py_lower, METH_DEFAULT, \
     "Return a copy with all ASCII characters converted to lowercase."}, \
    {"swapcase", bytes_py_swapcase, METH_DEFAULT, \
     "Return a copy with uppercase ASCII characters lowercased and vice versa."}, \
    {"capitalize", bytes_py_capitalize, METH_DEFAULT, \
     "Return a copy with only its first character capitalized (ASCII)."}, \
    {"title", bytes_py_title, METH_DEFAULT, "Return a titlecased version (ASCII)."}, \
    {"isdigit", bytes_py_isdigit, METH_DEFAULT, \
     "Return True if all characters are ASCII digits and there is at least one."}, \
    {"isalpha", bytes_py_isalpha, METH_DEFAULT, \
     "Return True if all characters are ASCII letters and there is at least one."}, \
    {"isalnum", bytes_py_isalnum, METH_DEFAULT, \
     "Return True if all characters are ASCII letters or digits."}, \
    {"isspace", bytes_py_isspace, METH_DEFAULT, \
     "Return True if all characters are ASCII whitespace."}, \
    {"isascii", bytes_py_isascii, METH_DEFAULT, \
     "Return True if the bytes are empty or all are ASCII."}, \
    {"isupper", bytes_py_isupper, METH_DEFAULT, \
     "Return True if all cased characters are uppercase and there is one."}, \
    {"islower", bytes_py_islower, METH_DEFAULT, \
     "Return True if all cased characters are lowercase and there is one."}, \
    {"istitle", bytes_py_istitle, METH_DEFAULT, \
     "Return True if the bytes are titlecased (ASCII)."}, \
    {"center", bytes_py_center, METH_DEFAULT, "Return a centered string of length width."}, \
    {"ljust", bytes_py_ljust, METH_DEFAULT, "Return a left-justified string of length width."}, \
    {"rjust", bytes_py_rjust, METH_DEFAULT, "Return a right-justified string of length width."}, \
    {"zfill", bytes_py_zfill, METH_DEFAULT, \
     "Pad a numeric string with zeros on the left, to fill a field of width."}, \
    {"expandtabs", bytes_py_expandtabs, METH_DEFAULT, \
     "Return a copy where all tab characters are expanded using spaces."}, \
    {"translate", bytes_py_translate, METH_DEFAULT, \
     "Return a copy with each character mapped by the given translation table."}, \
    {"fromhex", bytes_py_fromhex, METH_CLASS, \
     "Create a bytes object from a string of hexadecimal numbers."}, \
    {"maketrans", bytes_py_maketrans, METH_STATIC, \
     "Return a translation table usable for the bytes or bytearray translate method."}
// clang-format on

#endif
