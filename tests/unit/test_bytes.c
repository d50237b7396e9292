/* test_bytes.c: the bytes and bytearray C API (objects/bytesobj.h):
 * bytes_from_data and its accessors, bytearray_from_data, the bytes-like
 * view, and the repr, hash and size model built on them. */
#include <stdio.h>
#include <string.h>

#include "support.h"

#include "objects/bytesobj.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/str.h"

SUPPORT_SUITE(bytes);

static const char *repr_of(Obj *o) {
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", str_cstr(r));
    obj_decref(r);
    return buf;
}

Test(bytes, from_data_copies_the_octets) {
    char src[] = {'a', '\0', 'b'};
    Obj *b = bytes_from_data(vm, src, sizeof src);
    cr_assert_not_null(b);
    src[0] = 'z'; // the object owns a copy
    cr_assert(bytes_check(b));
    cr_assert(!bytearray_check(b));
    cr_assert_eq(bytes_len(b), 3);
    cr_assert_eq(memcmp(bytes_data(b), "a\0b", 3), 0);
    cr_assert_eq(bytes_data(b)[3], '\0', "data is NUL-terminated");
    obj_decref(b);
}

Test(bytes, empty_from_null_data) {
    Obj *b = bytes_from_data(vm, NULL, 0);
    cr_assert_not_null(b);
    cr_assert_eq(bytes_len(b), 0);
    cr_assert_str_eq(repr_of(b), "b''");
    cr_assert_eq(obj_hash(vm, b), 0, "hash(b'') is 0 as in CPython");
    obj_decref(b);
}

Test(bytes, repr_escapes_and_quotes) {
    Obj *b = bytes_from_data(vm, "a'\n\x00\xff\\", 6);
    cr_assert_str_eq(repr_of(b), "b\"a'\\n\\x00\\xff\\\\\"");
    obj_decref(b);
    b = bytes_from_data(vm, "'\"", 2);
    cr_assert_str_eq(repr_of(b), "b'\\'\"'");
    obj_decref(b);
}

Test(bytes, equal_bytes_hash_alike) {
    Obj *a = bytes_from_data(vm, "key", 3);
    Obj *b = bytes_from_data(vm, "key", 3);
    cr_assert_eq(obj_hash(vm, a), obj_hash(vm, b));
    cr_assert_eq(obj_eq(vm, a, b), 1);
    obj_decref(a);
    obj_decref(b);
}

Test(bytes, uninit_is_filled_by_the_caller) {
    Obj *b = bytes_new_uninit(vm, 2);
    cr_assert_not_null(b);
    memcpy(bytes_data_mut(b), "hi", 2);
    cr_assert_str_eq(repr_of(b), "b'hi'");
    obj_decref(b);
}

Test(bytes, bytearray_from_data_and_view) {
    Obj *ba = bytearray_from_data(vm, "xyz", 3);
    cr_assert_not_null(ba);
    cr_assert(bytearray_check(ba));
    cr_assert(!bytes_check(ba));
    cr_assert_eq(bytearray_len(ba), 3);
    cr_assert_eq(memcmp(bytearray_data(ba), "xyz", 3), 0);
    cr_assert_str_eq(repr_of(ba), "bytearray(b'xyz')");
    const char *d;
    size_t n;
    cr_assert(bytes_like_view(ba, &d, &n));
    cr_assert_eq(n, 3);
    cr_assert_eq(d, bytearray_data(ba));
    obj_decref(ba);
}

Test(bytes, view_rejects_other_types) {
    const char *d = NULL;
    size_t n = 0;
    Obj *s = str_from_cstr(vm, "abc");
    cr_assert(!bytes_like_view(s, &d, &n));
    cr_assert(!bytes_like_view(SMALLINT_FROM(1), &d, &n));
    cr_assert(!err_occurred(vm));
    obj_decref(s);
}

Test(bytes, bytearray_is_unhashable) {
    Obj *ba = bytearray_from_data(vm, "", 0);
    cr_assert_eq(obj_hash(vm, ba), -1);
    cr_assert(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    obj_decref(ba);
}

Test(bytes, sizeof_counts_the_buffer) {
    Obj *small = bytes_from_data(vm, "a", 1);
    Obj *big = bytes_from_data(vm, "abcdefghij", 10);
    cr_assert_eq(bytes_type.sizeof_(big) - bytes_type.sizeof_(small), 9);
    Obj *ba = bytearray_from_data(vm, "abcdefghij", 10);
    cr_assert_geq(bytearray_type.sizeof_(ba), sizeof(ByteArrayObj) + 10);
    obj_decref(small);
    obj_decref(big);
    obj_decref(ba);
}

Test(bytes, decode_and_encode_round_trip) {
    Obj *s = bytes_decode(vm, "caf\xc3\xa9", 5, "UTF-8", "strict");
    cr_assert_not_null(s);
    cr_assert_eq(str_len(s), 4);
    Obj *b = bytes_encode_str(vm, s, "latin-1", "strict");
    cr_assert_not_null(b);
    cr_assert_eq(bytes_len(b), 4);
    cr_assert_eq((unsigned char)bytes_data(b)[3], 0xe9);
    obj_decref(s);
    obj_decref(b);
}

Test(bytes, decode_error_is_unicode_decode_error) {
    cr_assert_null(bytes_decode(vm, "\xff", 1, "utf-8", "strict"));
    cr_assert(err_matches(vm, &exc_UnicodeDecodeError));
    err_clear(vm);
    cr_assert_null(bytes_decode(vm, "a", 1, "no-such", "strict"));
    cr_assert(err_matches(vm, &exc_LookupError));
    err_clear(vm);
    Obj *s = bytes_decode(vm, "a\xff", 2, "ascii", "replace");
    cr_assert_not_null(s);
    cr_assert_str_eq(str_cstr(s), "a\xef\xbf\xbd");
    obj_decref(s);
}
