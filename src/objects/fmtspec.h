/* fmtspec.h: the format specification mini-language shared by the
 * __format__ methods of int, float and str (format(), f-strings and
 * str.format): parsing "[[fill]align][sign][z][#][0][width][,|_][.prec][type]"
 * and padding a formatted body to its width. */
#ifndef OURO_FMTSPEC_H
#define OURO_FMTSPEC_H

#include "object.h"
#include "str.h"

typedef struct FmtSpec {
    char fill[5];      // UTF-8 of the fill character, NUL-terminated (" " by default)
    char align;        // '<', '>', '^', '=' or 0 when not given
    char sign;         // '+', '-', ' ' or 0 when not given
    bool alt;          // '#'
    bool zero;         // '0' before the width
    bool no_neg_zero;  // 'z'
    int64_t width;     // -1 when not given
    char grouping;     // ',' or '_' or 0
    int64_t precision; // -1 when not given
    char type;         // presentation type, 0 when not given
} FmtSpec;

// Parses the text of `spec` (a str). `kind` is the type name for
// "Invalid format specifier '...' for object of type 'int'". Returns 0, or
// -1 with ValueError pending.
int fmtspec_parse(Vm *vm, Obj *spec, const char *kind, FmtSpec *out);

// The common start of the __format__ methods: checks that exactly one
// str argument was given, then either stores str(self) in `*plain` when
// the spec is empty (returns 1), or parses the spec into `*spec`
// (returns 0). -1 with TypeError / ValueError pending.
int fmtspec_begin(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames, const char *kind,
                  FmtSpec *spec, Obj **plain);

// Raises ValueError "Unknown format code 'x' for object of type 'float'".
// Returns -1.
int fmtspec_unknown(Vm *vm, char type, const char *kind);

// Appends `body` (`size` bytes, `len` code points) to `b`, padded to the
// spec's width with its fill and alignment (`default_align` when none was
// given; '=' is treated as '>'). Returns 0 or -1 (MemoryError).
int fmtspec_pad(StrBuf *b, const FmtSpec *spec, const char *body, size_t size, size_t len,
                char default_align);

// Appends `count` copies of the `fill_size` bytes at `fill` to `b` (nothing
// when `count` <= 0). The whole run is reserved first, so an absurd width
// ('a'.zfill(2**62), format(1, '99999999999999d')) fails at once with
// MemoryError instead of growing the buffer one copy at a time. Returns 0,
// or -1 with MemoryError pending. Shared by every padding method of str,
// bytes and bytearray, and by the % operators.
int fmtspec_append_fill(StrBuf *b, const char *fill, size_t fill_size, int64_t count);

// Converts the integer `o` (any __index__ object) to a C int, as CPython
// does for a tabsize or a '*' precision: OverflowError "Python int too
// large to convert to C int" outside [INT_MIN, INT_MAX]. Returns 0 or -1.
int fmtspec_as_cint(Vm *vm, Obj *o, int64_t *out);

// Formats a number as "[sign][prefix][digits with grouping][rest]" padded
// to the width: '=' alignment (and the '0' flag) puts the padding after
// the sign and prefix, with zeros grouped like the digits. `digits` are
// ASCII, most significant first. `group_every` is 3 (decimal) or 4 (hex,
// octal, binary with '_'). Returns a new str or NULL.
NEWREF Obj *fmtspec_number(Vm *vm, const FmtSpec *spec, bool negative, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest, int group_every);

// Whether the formatted number `text` (digits, point, exponent, '%'; no
// sign) shows zero: the 'z' flag then drops the sign of a negative zero.
bool fmtspec_is_zero_text(const char *text);

// Formats the double `v` per `spec` (types e E f F g G n % and none, as
// float.__format__; int.__format__ uses it for the float types). Implemented
// in float.c. A new str, or NULL with an exception pending.
NEWREF Obj *fmtspec_float(Vm *vm, double v, const FmtSpec *spec);

#endif
