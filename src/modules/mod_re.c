/* mod_re.c: the `_re` module, the C core of `re`. It compiles patterns with
 * PCRE2's 8-bit library (UTF mode for str patterns, whose text is UTF-8
 * already) and runs single matches; lib/re.py builds Pattern and Match
 * objects, sub, split and the rest on top of these two functions. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "mod_re.h"

#include <pcre2.h>
#include <string.h>

#include "memory/mem.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

// A compiled pattern. `md` is reused by every match: pcre2_match never calls
// back into Python, so two matches cannot overlap on one code.
typedef struct ReCodeObj {
    Obj head;
    pcre2_code *code;
    pcre2_match_data *md;
    bool is_str;      // a str pattern (UTF mode, code-point offsets)
    uint32_t ngroups; // capturing groups, group 0 excluded
    // Where the last match on a non-ASCII str began, as code point and byte:
    // finditer, sub and split start each search where the previous match
    // ended, so converting from here keeps them linear. The reference to the
    // str (atomic, so no cycle) makes the identity test safe.
    Obj *last_subject;
    size_t last_cp, last_byte;
    bool last_valid; // `last_subject` holds no lone surrogate (valid UTF-8)
} ReCodeObj;

static void code_dealloc(Obj *self) {
    ReCodeObj *c = (ReCodeObj *)self;
    obj_xdecref(c->last_subject);
    pcre2_match_data_free(c->md);
    pcre2_code_free(c->code);
    obj_free(self);
}

TypeObj modre_code_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_re.Code",
    .basicsize = sizeof(ReCodeObj),
    .dealloc = code_dealloc,
};

// Newlines are "\n" only, as in Python, whatever PCRE2's build default is.
// The context lives for the whole process (PCRE2's own malloc, not counted).
static pcre2_compile_context *compile_context(Vm *vm) {
    static pcre2_compile_context *ctx;
    if (ctx == NULL) {
        ctx = pcre2_compile_context_create(NULL);
        if (ctx == NULL) {
            err_nomemory(vm);
            return NULL;
        }
        pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
    }
    return ctx;
}

// Code points in the UTF-8 bytes [a, b) of `data`.
static size_t utf8_count(const char *data, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        n += ((unsigned char)data[i] & 0xC0) != 0x80;
    }
    return n;
}

// The byte offset of code point `cp` in the UTF-8 `data` of `size` bytes.
static size_t utf8_offset(const char *data, size_t size, size_t cp) {
    size_t i = 0;
    for (; i < size; i++) {
        if (((unsigned char)data[i] & 0xC0) != 0x80 && cp-- == 0) {
            break;
        }
    }
    return i;
}

// The translation failed or PCRE2 refused the pattern: (message, position).
static Obj *pattern_error(Vm *vm, const char *msg, Obj *pattern, size_t byte_pos) {
    bool is_str = str_check(pattern);
    size_t size = is_str ? str_size(pattern) : bytes_len(pattern);
    size_t pos = byte_pos < size ? byte_pos : size; // PCRE2's offset may lie past the end
    if (is_str) {
        pos = utf8_count(str_cstr(pattern), 0, pos);
    }
    Obj *m = str_from_cstr(vm, msg);
    if (m == NULL) {
        return NULL;
    }
    return tuple_pack2_steal(vm, m, int_from_i64(vm, (int64_t)pos));
}

// CPython's words for the PCRE2 errors a Python program meets most; NULL
// keeps PCRE2's own message. `text` is the translated pattern, `off` the
// offset PCRE2 reported in it.
static const char *python_message(int errcode, const char *text, size_t off) {
    switch (errcode) {
        case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER:
            return "min repeat greater than max repeat";
        case PCRE2_ERROR_CLASS_RANGE_ORDER:
            return "bad character range";
        case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH:
            return "look-behind requires fixed-width pattern";
        case PCRE2_ERROR_DUPLICATE_SUBPATTERN_NAME:
            return "redefinition of group name";
        case PCRE2_ERROR_QUANTIFIER_INVALID:
            return off > 0 && strchr("*+?}", text[off - 1]) != NULL ? "multiple repeat"
                                                                    : "nothing to repeat";
        default:
            return NULL;
    }
}

// groupindex: {name: number} from PCRE2's name table, whose entries are a
// big-endian group number followed by the NUL-terminated name.
static Obj *group_index(Vm *vm, pcre2_code *code) {
    uint32_t count = 0, entry = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    Obj *d = dict_new(vm);
    for (uint32_t i = 0; d != NULL && i < count; i++) {
        const unsigned char *e = table + (size_t)i * entry;
        Obj *name = str_from_cstr(vm, (const char *)e + 2);
        Obj *num = int_from_i64(vm, ((int64_t)e[0] << 8) | e[1]);
        if (name == NULL || num == NULL || dict_set(vm, d, name, num) < 0) {
            obj_decref(d);
            d = NULL;
        }
        obj_xdecref(name);
        obj_xdecref(num);
    }
    return d;
}

// PCRE2 options for the re flags `flags` of a str (`is_str`) or bytes pattern.
static uint32_t compile_options(int flags, bool is_str) {
    // ALT_CIRCUMFLEX: under re.M, Python's ^ also matches after a final "\n".
    uint32_t opts = PCRE2_ALT_CIRCUMFLEX;
    if (is_str) {
        // re.ASCII keeps \d \w \s \b ASCII; otherwise they follow Unicode.
        opts |= PCRE2_UTF | ((flags & RE_FLAG_A) ? 0 : PCRE2_UCP);
    }
    opts |= (flags & RE_FLAG_I) ? PCRE2_CASELESS : 0;
    opts |= (flags & RE_FLAG_M) ? PCRE2_MULTILINE : 0;
    opts |= (flags & RE_FLAG_S) ? PCRE2_DOTALL : 0;
    opts |= (flags & RE_FLAG_X) ? PCRE2_EXTENDED : 0;
    return opts;
}

// Wraps a compiled `code` (taken over) into (code, groups, groupindex, flags).
static Obj *code_result(Vm *vm, pcre2_code *code, bool is_str, int flags) {
    ReCodeObj *c = (ReCodeObj *)obj_new(vm, &modre_code_type, sizeof(ReCodeObj));
    if (c == NULL) {
        pcre2_code_free(code);
        return NULL;
    }
    c->code = code;
    c->is_str = is_str;
    // PCRE2's JIT makes searches several times faster; where it is not
    // available (or refuses the pattern) the interpreter runs instead.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->ngroups);
    c->md = pcre2_match_data_create_from_pattern(code, NULL);
    Obj *items[4] = {(Obj *)c, NULL, NULL, NULL};
    Obj *res = NULL;
    if (c->md == NULL) {
        err_nomemory(vm);
        goto fail;
    }
    items[1] = int_from_i64(vm, c->ngroups);
    items[2] = group_index(vm, code);
    items[3] = int_from_i64(vm, flags);
    if (items[1] != NULL && items[2] != NULL && items[3] != NULL) {
        res = tuple_pack(vm, 4, items);
    }
fail:
    for (int i = 0; i < 4; i++) {
        obj_xdecref(items[i]);
    }
    return res;
}

static Obj *modre_py_compile(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t flags = 0;
    if (args_check(vm, "compile", nargs, kwnames, 2, 2) < 0 ||
        int_as_i64(vm, args[1], &flags) < 0) {
        return NULL;
    }
    Obj *pattern = args[0];
    bool is_str = str_check(pattern);
    if (!is_str && !bytes_check(pattern)) {
        return err_raise(vm, &exc_TypeError, "first argument must be string or compiled pattern");
    }
    const char *src = is_str ? str_cstr(pattern) : bytes_data(pattern);
    size_t size = is_str ? str_size(pattern) : bytes_len(pattern);
    ReTranslation tr;
    int rc = modre_translate(src, size, is_str, (int)flags, &tr);
    if (rc != 0) {
        return rc < 0 ? NULL : pattern_error(vm, tr.error, pattern, tr.error_pos);
    }
    pcre2_compile_context *ctx = compile_context(vm);
    if (ctx == NULL) {
        mem_free(tr.text);
        return NULL;
    }
    int all = (int)flags | tr.flags;
    int errcode = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)tr.text, tr.size, compile_options(all, is_str),
                                     &errcode, &erroff, ctx);
    if (code == NULL) {
        // The offset is into the translated text, which is close to the
        // original (most rewrites add a byte or two): good enough to point.
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        const char *py = python_message(errcode, tr.text, erroff);
        Obj *res = pattern_error(vm, py != NULL ? py : (const char *)msg, pattern, erroff);
        mem_free(tr.text);
        return res;
    }
    mem_free(tr.text);
    return code_result(vm, code, is_str, all);
}

// The subject of a match: its bytes, and whether offsets are code points.
typedef struct Subject {
    const char *data;
    size_t size;  // bytes
    size_t len;   // code points (== size for bytes and ASCII strs)
    bool is_utf8; // offsets need converting
} Subject;

static int get_subject(Vm *vm, const ReCodeObj *c, Obj *s, Subject *out) {
    if (str_check(s)) {
        if (!c->is_str) {
            err_raise(vm, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        out->data = str_cstr(s);
        out->size = str_size(s);
        out->len = str_len(s);
        out->is_utf8 = !((const StrObj *)s)->is_ascii;
        return 0;
    }
    if (!bytes_like_view(s, &out->data, &out->size)) {
        err_raise(vm, &exc_TypeError, "expected string or bytes-like object, got '%s'",
                  obj_type(s)->name);
        return -1;
    }
    if (c->is_str) {
        err_raise(vm, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    out->len = out->size;
    out->is_utf8 = false;
    return 0;
}

// The ovector of a successful match as a tuple of offsets in the subject's
// units. `start` is the byte where matching began, `start_cp` its index:
// most offsets lie after it, so counting from there keeps finditer linear.
static Obj *spans(Vm *vm, const ReCodeObj *c, int rc, const Subject *s, size_t start,
                  size_t start_cp) {
    size_t n = 2 * ((size_t)c->ngroups + 1);
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    Obj *t = tuple_new(vm, n);
    if (t == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        int64_t v = -1;
        if (i < 2 * (size_t)rc && ov[i] != PCRE2_UNSET) {
            size_t off = ov[i];
            if (!s->is_utf8) {
                v = (int64_t)off;
            } else if (off >= start) {
                v = (int64_t)(start_cp + utf8_count(s->data, start, off));
            } else {
                v = (int64_t)(start_cp - utf8_count(s->data, off, start));
            }
        }
        tuple_set_steal(t, i, SMALLINT_FROM(v));
    }
    return t;
}

// True when UTF-8 `data` holds an encoded surrogate (ED A0..BF xx), which
// Ouro's str allows and PCRE2 rejects as invalid UTF-8.
static bool has_surrogate(const char *data, size_t size) {
    for (size_t i = 0; i + 1 < size; i++) {
        if ((unsigned char)data[i] == 0xED && (unsigned char)data[i + 1] >= 0xA0) {
            return true;
        }
    }
    return false;
}

// The byte offset of code point `pos` in the non-ASCII str `subject`,
// starting from the anchor of the previous match when it is on the way.
// A new subject is checked for surrogates once, so that every match can
// skip PCRE2's own UTF check (which reads the whole rest of the subject).
static size_t start_byte(ReCodeObj *c, Obj *subject, const Subject *s, size_t pos) {
    size_t from_cp = 0, from_byte = 0;
    if (c->last_subject == subject && c->last_cp <= pos) {
        from_cp = c->last_cp;
        from_byte = c->last_byte;
    } else if (c->last_subject != subject) {
        c->last_valid = !has_surrogate(s->data, s->size);
    }
    size_t b = from_byte + utf8_offset(s->data + from_byte, s->size - from_byte, pos - from_cp);
    obj_replace(&c->last_subject, subject);
    c->last_cp = pos;
    c->last_byte = b;
    return b;
}

// Clamps a pos/endpos argument to [0, len], as CPython does.
static int clamp_index(Vm *vm, Obj *o, size_t len, size_t *out) {
    int64_t v = 0;
    if (int_as_i64(vm, o, &v) < 0) {
        return -1;
    }
    *out = v < 0 ? 0 : (uint64_t)v > len ? len : (size_t)v;
    return 0;
}

static Obj *modre_py_exec(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t mode = 0;
    if (args_check(vm, "exec", nargs, kwnames, 5, 5) < 0 || int_as_i64(vm, args[4], &mode) < 0) {
        return NULL;
    }
    if (obj_type(args[0]) != &modre_code_type) {
        return err_raise(vm, &exc_TypeError, "exec() needs a compiled code");
    }
    ReCodeObj *c = (ReCodeObj *)args[0];
    Subject s;
    size_t pos = 0, endpos = 0;
    if (get_subject(vm, c, args[1], &s) < 0 || clamp_index(vm, args[2], s.len, &pos) < 0 ||
        clamp_index(vm, args[3], s.len, &endpos) < 0) {
        return NULL;
    }
    if (pos > endpos) {
        return obj_newref(OBJ_NONE);
    }
    size_t start = s.is_utf8 ? start_byte(c, args[1], &s, pos) : pos;
    size_t end = endpos;
    if (s.is_utf8) {
        end = endpos == s.len ? s.size
                              : start + utf8_offset(s.data + start, s.size - start, endpos - pos);
        if (!c->last_valid) {
            return err_raise(vm, &exc_ValueError,
                             "cannot match a regular expression on a str with lone surrogates");
        }
    }
    uint32_t opts = 0;
    opts |= (mode & 3) != 0 ? PCRE2_ANCHORED : 0;
    opts |= (mode & 3) == 2 ? PCRE2_ENDANCHORED : 0;
    opts |= (mode & 4) != 0 ? PCRE2_NOTEMPTY_ATSTART : 0;
    // Valid UTF-8 (an ASCII str, or checked by start_byte): skip PCRE2's
    // check, which reads the rest of the subject on every call.
    opts |= c->is_str ? PCRE2_NO_UTF_CHECK : 0;
    int rc = pcre2_match(c->code, (PCRE2_SPTR)s.data, end, start, opts, c->md, NULL);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        // The JIT's small machine stack ran out: the interpreter keeps its
        // backtracking state on the heap.
        rc = pcre2_match(c->code, (PCRE2_SPTR)s.data, end, start, opts | PCRE2_NO_JIT, c->md, NULL);
    }
    if (rc == PCRE2_ERROR_NOMATCH) {
        return obj_newref(OBJ_NONE);
    }
    if (rc < 0) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(rc, msg, sizeof msg);
        return err_raise(vm, &exc_RuntimeError, "regular expression match failed: %s",
                         (const char *)msg);
    }
    return spans(vm, c, rc, &s, start, pos);
}

#define DEF(name, doc)                                                                             \
    { #name, modre_py_##name, METH_DEFAULT, doc }
static const MethodDef modre_functions[] = {
    DEF(compile, "Compile a pattern: (code, groups, groupindex, flags) or (message, pos)."),
    DEF(exec, "Run one match: a tuple of group offsets, or None."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

Obj *modre_init(Vm *vm) {
    // modre_code_type is readied at start-up with the other static types.
    return module_create_builtin(vm, "_re", modre_functions);
}
