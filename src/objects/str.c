/* str.c: the str type's core: allocation from UTF-8, the printf-like
 * formatter behind err_raise (%S, %R), interning, hashing, StrBuf, and the
 * type's slots (repr, comparison, concatenation, repetition, indexing,
 * slicing, iteration). Methods are in str_methods.c; str.format and %
 * formatting in str_format.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/mem.h"
#include "alloc.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "type.h"

// ---------------------------------------------------------------------------
// UTF-8 helpers (strimpl.h).
// ---------------------------------------------------------------------------
size_t utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] < 0xE0) {
        *cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (p[0] < 0xF0) {
        *cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
          ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
}

size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

// Byte offset of the code point that is `count` code points after (when
// `forward`) or before the one at byte offset `pos`.
static size_t utf8_walk(const unsigned char *p, size_t size, size_t pos, size_t count,
                        bool forward) {
    if (forward) {
        while (count > 0 && pos < size) {
            pos++;
            while (pos < size && (p[pos] & 0xC0) == 0x80) {
                pos++;
            }
            count--;
        }
        return pos;
    }
    while (count > 0 && pos > 0) {
        pos--;
        while (pos > 0 && (p[pos] & 0xC0) == 0x80) {
            pos--;
        }
        count--;
    }
    return pos;
}

// Where the last lookups in non-ASCII strs landed: the str, a code point
// index and its byte offset. str_byte_offset walks from the nearest of
// the start, the remembered position and the end, so a loop over s[i]
// (forward or backward) costs O(1) per step rather than O(i). A few
// strs are remembered at once (by address), so that code walking two
// strings side by side keeps both; the str layout (and its size) stays
// as it is. Entries are dropped when their str is freed or refilled.
#define OFFSET_CACHE_SIZE 8

typedef struct OffsetHint {
    const Obj *s;
    size_t cp, byte;
} OffsetHint;

static OffsetHint offset_cache[OFFSET_CACHE_SIZE];

static OffsetHint *offset_hint(const Obj *s) {
    return &offset_cache[((uintptr_t)s >> 4) % OFFSET_CACHE_SIZE];
}

void str_forget_offsets(const Obj *s) {
    OffsetHint *h = offset_hint(s);
    if (h->s == s) {
        h->s = NULL;
    }
}

size_t str_byte_offset(const Obj *s, size_t i) {
    const StrObj *so = (const StrObj *)s;
    if (so->is_ascii) {
        return i;
    }
    // The two ends are answered without touching the remembered position,
    // so that s.rfind(x, 0, j) keeps the position near j.
    if (i == 0 || i >= so->len) {
        return i == 0 ? 0 : so->size;
    }
    const unsigned char *p = (const unsigned char *)so->data;
    OffsetHint *h = offset_hint(s);
    if (h->s != s) {
        h->s = s;
        h->cp = h->byte = 0;
    }
    size_t pos;
    size_t from_hint = i > h->cp ? i - h->cp : h->cp - i;
    if (from_hint <= i && from_hint <= so->len - i) {
        pos = utf8_walk(p, so->size, h->byte, from_hint, i > h->cp);
    } else if (i <= so->len - i) {
        pos = utf8_walk(p, so->size, 0, i, true);
    } else {
        pos = utf8_walk(p, so->size, so->size, so->len - i, false);
    }
    h->cp = i;
    h->byte = pos;
    return pos;
}

const char *bytes_find(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) {
        return h;
    }
    if (nn > hn) {
        return NULL;
    }
    if (nn == 1) {
        return memchr(h, n[0], hn); // split("|"), count(","): no compare
    }
    const char *last = h + (hn - nn);
    const char *p = h;
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p) + 1);
        if (p == NULL) {
            return NULL;
        }
        // The last byte first: most false starts fail there without a call.
        if (p[nn - 1] == n[nn - 1] && memcmp(p + 1, n + 1, nn - 2) == 0) {
            return p;
        }
        p++;
    }
    return NULL;
}

const char *bytes_rfind(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) {
        return NULL;
    }
    for (const char *p = h + (hn - nn);; p--) {
        if (memcmp(p, n, nn) == 0) {
            return p;
        }
        if (p == h) {
            return NULL;
        }
    }
}

size_t str_byte_offset_from(const Obj *s, size_t from, size_t count) {
    const StrObj *so = (const StrObj *)s;
    return utf8_walk((const unsigned char *)so->data, so->size, from, count, true) - from;
}

// ---------------------------------------------------------------------------
// Construction.
// ---------------------------------------------------------------------------
NEWREF Obj *str_alloc_type(Vm *vm, TypeObj *type, size_t size) {
    size_t total;
    if (!mem_add_ok(sizeof(StrObj) + 1, size, &total)) {
        return err_nomemory(vm);
    }
    StrObj *s;
    if (type == &str_type) {
        // An exact str: the header fields are set here and the caller
        // writes the bytes, so nothing needs the zero fill.
        s = (StrObj *)obj_new_uninit(vm, type, total);
        if (s == NULL) {
            return NULL;
        }
        s->len = 0;
        s->is_ascii = false;
        s->is_interned = false;
    } else {
        s = (StrObj *)((type->flags & TYPE_FLAG_GC) ? obj_new_container(vm, type, total)
                                                    : obj_new(vm, type, total));
        if (s == NULL) {
            return NULL;
        }
        if (type->flags & TYPE_FLAG_HEAPTYPE) {
            obj_incref((Obj *)type); // released by the class's dealloc (subtype_dealloc)
        }
    }
    s->hash = -1;
    s->size = size;
    s->data[size] = '\0';
    return (Obj *)s;
}

void str_finish_init(Obj *o) {
    StrObj *s = (StrObj *)o;
    size_t n = 0;
    bool ascii = true;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    // Most text is ASCII: eight bytes at a time while no high bit is set.
    for (; i + 8 <= s->size; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if ((w & UINT64_C(0x8080808080808080)) != 0) {
            break;
        }
        n += 8;
    }
    for (; i < s->size; i++) {
        if (p[i] >= 0x80) {
            ascii = false;
            if ((p[i] & 0xC0) == 0x80) {
                continue;
            }
        }
        n++;
    }
    s->len = n;
    s->is_ascii = ascii;
    str_forget_offsets(o);
}

NEWREF Obj *str_from_utf8(Vm *vm, const char *s, size_t size) {
    Obj *o = str_alloc_type(vm, &str_type, size);
    if (o == NULL) {
        return NULL;
    }
    memcpy(((StrObj *)o)->data, s, size);
    str_finish_init(o);
    return o;
}

// The 128 one-character ASCII strs are shared, as CPython shares its
// Latin-1 singletons: s[i], iteration and one-letter pieces allocate
// nothing. They are immortal statics, built on first use. The storage is
// plain bytes because a struct with a flexible array member cannot be an
// array element; each slot has room for the header, the byte and the NUL.
#define ONE_CHAR_SLOT 64
_Static_assert(sizeof(StrObj) + 2 <= ONE_CHAR_SLOT, "one-char str slot too small");
static _Alignas(16) unsigned char one_char_store[128][ONE_CHAR_SLOT];

static Obj *one_char(unsigned char c) {
    StrObj *s = (StrObj *)(void *)one_char_store[c];
    if (s->head.type == NULL) {
        s->head.refcnt = OBJ_IMMORTAL_REFCNT;
        s->head.type = &str_type;
        s->hash = -1;
        s->len = s->size = 1;
        s->is_ascii = true;
        s->data[0] = (char)c;
        s->data[1] = '\0';
    }
    return (Obj *)s;
}

BORROWED Obj *str_ascii_char_borrow(unsigned char c) {
    return one_char(c);
}

NEWREF Obj *str_from_ascii(Vm *vm, const char *p, size_t size) {
    if (size == 1) {
        return one_char((unsigned char)p[0]);
    }
    Obj *o = str_alloc_type(vm, &str_type, size);
    if (o == NULL) {
        return NULL;
    }
    memcpy(((StrObj *)o)->data, p, size);
    // A fresh block: str_dealloc already dropped any remembered offsets
    // for this address, and ASCII strs never consult them.
    str_finish_ascii(o);
    return o;
}

NEWREF Obj *str_from_cstr(Vm *vm, const char *s) {
    return str_from_utf8(vm, s, strlen(s));
}

NEWREF Obj *str_from_codepoint(Vm *vm, uint32_t cp) {
    if (cp > 0x10FFFF) {
        return err_raise(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    }
    char buf[4];
    size_t n = utf8_encode(cp, buf);
    return str_from_utf8(vm, buf, n);
}

uint32_t str_codepoint_at(const Obj *s, size_t i) {
    const StrObj *so = (const StrObj *)s;
    if (so->is_ascii) {
        return (unsigned char)so->data[i];
    }
    uint32_t cp;
    utf8_decode(so->data + str_byte_offset(s, i), &cp);
    return cp;
}

// Appends one printf conversion (`spec` is "%...X") of the next argument.
static int fmt_one(Vm *vm, StrBuf *b, const char *spec, char conv, int lmod, va_list *ap) {
    char buf[64];
    int n = 0;
    switch (conv) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
            if (lmod == 'z') {
                if (conv == 'd' || conv == 'i') {
                    n = snprintf(buf, sizeof buf, spec, va_arg(*ap, ptrdiff_t));
                } else {
                    n = snprintf(buf, sizeof buf, spec, va_arg(*ap, size_t));
                }
            } else if (lmod == 'L') {
                n = snprintf(buf, sizeof buf, spec, va_arg(*ap, long long));
            } else if (lmod == 'l') {
                n = snprintf(buf, sizeof buf, spec, va_arg(*ap, long));
            } else {
                n = snprintf(buf, sizeof buf, spec, va_arg(*ap, int));
            }
            break;
        case 'c': {
            // A code point: encoded as UTF-8 so that non-ASCII characters work.
            int cp = va_arg(*ap, int);
            n = (int)utf8_encode((uint32_t)cp & 0x1FFFFF, buf);
            break;
        }
        case 'p':
            n = snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *));
            break;
        case 'f':
        case 'g':
        case 'e':
            n = snprintf(buf, sizeof buf, spec, va_arg(*ap, double));
            break;
        case 's': {
            const char *s = va_arg(*ap, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            const char *dot = strchr(spec, '.');
            size_t len = strlen(s);
            if (dot != NULL) {
                size_t prec = (size_t)strtoul(dot + 1, NULL, 10);
                // Cut at a character boundary.
                while (prec < len && (((unsigned char)s[prec]) & 0xC0) == 0x80) {
                    prec--;
                }
                len = prec < len ? prec : len;
            }
            return strbuf_append(b, s, len);
        }
        case 'S':
        case 'R': {
            Obj *o = va_arg(*ap, Obj *);
            Obj *t = conv == 'S' ? obj_str(vm, o) : obj_repr(vm, o);
            if (t == NULL) {
                return -1;
            }
            int rc = strbuf_append_str(b, t);
            obj_decref(t);
            return rc;
        }
        default:
            return strbuf_append_cstr(b, spec);
    }
    if (n < 0) {
        n = 0;
    }
    return strbuf_append(b, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

NEWREF Obj *str_from_vfmt(Vm *vm, const char *fmt, va_list ap_in) {
    StrBuf b;
    strbuf_init(&b);
    va_list ap;
    va_copy(ap, ap_in);
    const char *p = fmt;
    while (*p != '\0') {
        const char *pct = strchr(p, '%');
        if (pct == NULL) {
            if (strbuf_append_cstr(&b, p) < 0) {
                goto fail;
            }
            break;
        }
        if (strbuf_append(&b, p, (size_t)(pct - p)) < 0) {
            goto fail;
        }
        if (pct[1] == '%') {
            if (strbuf_append_char(&b, '%') < 0) {
                goto fail;
            }
            p = pct + 2;
            continue;
        }
        // Collect flags, width and precision, then the length modifier.
        char spec[32];
        size_t k = 0;
        const char *q = pct;
        spec[k++] = *q++;
        while (*q != '\0' && strchr("-+ #0123456789.", *q) != NULL && k < 20) {
            spec[k++] = *q++;
        }
        int lmod = 0;
        if (*q == 'z') {
            lmod = 'z';
            spec[k++] = *q++;
        } else if (q[0] == 'l' && q[1] == 'l') {
            lmod = 'L';
            spec[k++] = *q++;
            spec[k++] = *q++;
        } else if (*q == 'l') {
            lmod = 'l';
            spec[k++] = *q++;
        }
        char conv = *q;
        if (conv == '\0') {
            break;
        }
        spec[k++] = conv;
        spec[k] = '\0';
        if (fmt_one(vm, &b, spec, conv, lmod, &ap) < 0) {
            goto fail;
        }
        p = q + 1;
    }
    va_end(ap);
    return strbuf_finish(vm, &b);
fail:
    va_end(ap);
    strbuf_free(&b);
    return NULL;
}

NEWREF Obj *str_from_fmt(Vm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *res = str_from_vfmt(vm, fmt, ap);
    va_end(ap);
    return res;
}

// ---------------------------------------------------------------------------
// Interning, hashing, equality.
// ---------------------------------------------------------------------------
static int ensure_interned_table(Vm *vm) {
    if (vm->interned == NULL) {
        vm->interned = dict_new(vm);
        if (vm->interned == NULL) {
            return -1;
        }
    }
    return 0;
}

BORROWED Obj *str_intern_cstr(Vm *vm, const char *s) {
    if (ensure_interned_table(vm) < 0) {
        return NULL;
    }
    Obj *found = dict_get_cstr_borrow(vm, vm->interned, s);
    if (found != NULL || err_occurred(vm)) {
        return found;
    }
    Obj *str = str_from_cstr(vm, s);
    if (str == NULL) {
        return NULL;
    }
    ((StrObj *)str)->is_interned = true;
    int rc = dict_set(vm, vm->interned, str, str);
    obj_decref(str); // the table holds it
    return rc < 0 ? NULL : str;
}

NEWREF Obj *str_intern_steal(Vm *vm, STEALS Obj *s) {
    if (((StrObj *)s)->is_interned || s->type != &str_type) {
        return s;
    }
    if (ensure_interned_table(vm) < 0) {
        obj_decref(s);
        return NULL;
    }
    Obj *found = dict_get_borrow(vm, vm->interned, s);
    if (found != NULL) {
        obj_incref(found);
        obj_decref(s);
        return found;
    }
    if (err_occurred(vm) || dict_set(vm, vm->interned, s, s) < 0) {
        obj_decref(s);
        return NULL;
    }
    ((StrObj *)s)->is_interned = true;
    return s;
}

// FNV-1a over the bytes (none: 0), then a final avalanche (splitmix64's) so that
// the low bits used by dict indexes depend on every byte.
int64_t str_hash_bytes(const char *data, size_t size) {
    if (size == 0) {
        return 0; // hash('') == 0, as in CPython
    }
    uint64_t h = 0xcbf29ce484222325ULL;
    const unsigned char *p = (const unsigned char *)data;
    for (size_t i = 0; i < size; i++) {
        h = (h ^ p[i]) * 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(Obj *s) {
    StrObj *so = (StrObj *)s;
    if (so->hash == -1) {
        so->hash = str_hash_bytes(so->data, so->size);
    }
    return so->hash;
}

int str_compare(const Obj *a, const Obj *b) {
    // UTF-8 byte order is code point order.
    size_t na = str_size(a), nb = str_size(b);
    int c = memcmp(str_cstr(a), str_cstr(b), na < nb ? na : nb);
    return c != 0 ? c : (na > nb) - (na < nb);
}

bool str_equal_cstr(const Obj *a, const char *s) {
    size_t n = strlen(s);
    return str_size(a) == n && memcmp(str_cstr(a), s, n) == 0;
}

NEWREF Obj *str_concat(Vm *vm, Obj *a, Obj *b) {
    size_t total;
    if (!mem_add_ok(str_size(a), str_size(b), &total)) {
        return err_nomemory(vm);
    }
    Obj *o = str_alloc_type(vm, &str_type, total);
    if (o == NULL) {
        return NULL;
    }
    StrObj *s = (StrObj *)o;
    memcpy(s->data, str_cstr(a), str_size(a));
    memcpy(s->data + str_size(a), str_cstr(b), str_size(b));
    s->len = str_len(a) + str_len(b);
    s->is_ascii = ((const StrObj *)a)->is_ascii && ((const StrObj *)b)->is_ascii;
    return o;
}

NEWREF Obj *str_concat_steal(Vm *vm, STEALS Obj *a, Obj *b) {
    StrObj *x = (StrObj *)a;
    if (a->refcnt != 1 || a->type != &str_type || x->is_interned) {
        Obj *r = str_concat(vm, a, b);
        obj_decref(a);
        return r;
    }
    // Nothing else can see `a`: it grows in place (its block moves only when
    // it needs a larger size class), as CPython's unicode_concatenate does.
    size_t na = x->size, nb = str_size(b), total, bytes;
    if (!mem_add_ok(na, nb, &total) || !mem_add_ok(sizeof(StrObj) + 1, total, &bytes)) {
        obj_decref(a);
        return err_nomemory(vm);
    }
    if (!x->is_ascii) {
        str_forget_offsets(a); // remembered by address, for the old text
    }
    StrObj *s = mem_realloc(x, bytes);
    if (s == NULL) {
        obj_decref(a); // mem_realloc left it valid; MemoryError is pending
        return NULL;
    }
    memcpy(s->data + na, str_cstr(b), nb);
    s->data[total] = '\0';
    s->size = total;
    s->len += str_len(b);
    s->is_ascii = s->is_ascii && ((const StrObj *)b)->is_ascii;
    s->hash = -1;
    return (Obj *)s;
}

// ---------------------------------------------------------------------------
// StrBuf.
// ---------------------------------------------------------------------------
void strbuf_init(StrBuf *b) {
    b->data = NULL;
    b->size = 0;
    b->cap = 0;
    b->on_stack = false;
}

void strbuf_init_stack(StrBuf *b, char *storage, size_t cap) {
    b->data = storage;
    b->size = 0;
    b->cap = cap;
    b->on_stack = true;
}

static int strbuf_reserve(StrBuf *b, size_t extra) {
    size_t need;
    if (!mem_add_ok(b->size, extra, &need)) {
        err_nomemory(rt_vm);
        return -1;
    }
    if (need <= b->cap) {
        return 0;
    }
    size_t cap = b->cap < 32 ? 32 : b->cap;
    while (cap < need) {
        if (!mem_mul_ok(cap, 2, &cap)) {
            cap = need;
            break;
        }
    }
    return strbuf_set_capacity(b, cap);
}

int strbuf_set_capacity(StrBuf *b, size_t cap) {
    if (cap <= b->cap) {
        return 0;
    }
    // The caller's storage is never resized or freed: the bytes move to
    // the heap the first time they outgrow it.
    char *d = b->on_stack ? mem_alloc(cap) : mem_realloc(b->data, cap);
    if (d == NULL) {
        return -1;
    }
    if (b->on_stack) {
        memcpy(d, b->data, b->size);
        b->on_stack = false;
    }
    b->data = d;
    b->cap = cap;
    return 0;
}

int strbuf_append(StrBuf *b, const char *s, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (strbuf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->data + b->size, s, n);
    b->size += n;
    return 0;
}

int strbuf_append_cstr(StrBuf *b, const char *s) {
    return strbuf_append(b, s, strlen(s));
}

int strbuf_append_char(StrBuf *b, char c) {
    return strbuf_append(b, &c, 1);
}

int strbuf_append_str(StrBuf *b, Obj *s) {
    return strbuf_append(b, str_cstr(s), str_size(s));
}

NEWREF Obj *strbuf_finish(Vm *vm, StrBuf *b) {
    Obj *s = str_from_utf8(vm, b->data != NULL ? b->data : "", b->size);
    strbuf_free(b);
    return s;
}

void strbuf_free(StrBuf *b) {
    if (!b->on_stack) {
        mem_free(b->data);
    }
    strbuf_init(b);
}
