/* mod_re.h: the `_re` module, the C core of `re` (lib/re.py). It compiles a
 * Python regular expression with PCRE2 (after translating the few places where
 * the two syntaxes differ) and runs one match at a time, reporting spans in
 * code points. Everything else of `re` (Pattern, Match, sub, split, ...) is
 * written in Python on top of it. */
#ifndef OURO_MOD_RE_H
#define OURO_MOD_RE_H

#include "objects/object.h"

// The type of compiled programs (`_re.Code`): a PCRE2 code and its match
// data. Holds no Python references, so it is not a GC container.
extern TypeObj modre_code_type;

// Creates the `_re` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
//
// _re.compile(pattern, flags) -> (code, groups, groupindex, flags) where
//   `flags` gains the global inline flags of the pattern ((?i) at its start);
//   on a bad pattern it returns (message, position) instead, so that lib/re.py
//   raises its own re.error with `pattern` and `pos` set.
// _re.exec(code, string, pos, endpos, mode) -> a tuple of 2 * (groups + 1)
//   code-point (or byte) offsets, -1 for groups that did not take part, or
//   None for no match. `mode`: 0 search, 1 match (anchored at pos),
//   2 fullmatch; add 4 to forbid an empty match at `pos` (the rule CPython
//   applies after an empty match in finditer, sub and split).
BORROWED Obj *modre_init(Vm *vm);

// The values of Python's re flags (re.I, re.M, ...).
enum {
    RE_FLAG_I = 2,
    RE_FLAG_L = 4,
    RE_FLAG_M = 8,
    RE_FLAG_S = 16,
    RE_FLAG_U = 32,
    RE_FLAG_X = 64,
    RE_FLAG_A = 256,
};

// The result of translating a Python pattern to PCRE2's syntax.
typedef struct ReTranslation {
    char *text;       // NUL-terminated; owned, release with mem_free
    size_t size;      // bytes of `text`, NUL excluded
    int flags;        // RE_FLAG_* set by global inline flags at the start
    char error[96];   // Python's message for a bad pattern
    size_t error_pos; // byte offset of the error in the pattern
} ReTranslation;

// Translates `size` bytes of the pattern `src` (UTF-8 for a str pattern,
// `is_str`) given the re flags `flags` (for re.X). Returns 0 with `res->text`
// set; 1 for a bad pattern (`res->error`, `res->error_pos` set, nothing
// pending); -1 with MemoryError pending.
int modre_translate(const char *src, size_t size, bool is_str, int flags, ReTranslation *res);

#endif
