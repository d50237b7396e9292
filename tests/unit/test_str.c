/* test_str.c: str (objects/str*.c): construction and the %S/%R formatter,
 * interning, hashing, repr quoting, indexing over UTF-8, methods,
 * str.format, format() specs and % formatting with CPython's messages. */
#include "support.h"

#include <string.h>

#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/strimpl.h"
#include "objects/tuple.h"

SUPPORT_SUITE(str);

static void expect_text(Obj *o, const char *text) {
    cr_assert_not_null(o, "expected %s, got an exception", text);
    cr_assert(str_check(o));
    cr_assert_str_eq(str_cstr(o), text);
    obj_decref(o);
}

static void expect_repr(Obj *o, const char *text) {
    cr_assert_not_null(o, "expected %s, got an exception", text);
    expect_text(obj_repr(vm, o), text);
    obj_decref(o);
}

static void expect_error(TypeObj *type, const char *text) {
    cr_assert(err_matches(vm, type));
    Obj *e = err_fetch(vm);
    Obj *m = exc_message(vm, e);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

// Calls method `name` of `self` with up to two C-string arguments.
static Obj *call(Obj *self, const char *name, const char *a, const char *b) {
    Obj *args[2] = {NULL, NULL};
    size_t n = 0;
    if (a != NULL) {
        args[n++] = str_from_cstr(vm, a);
    }
    if (b != NULL) {
        args[n++] = str_from_cstr(vm, b);
    }
    Obj *res = obj_call_method(vm, self, name, args, n);
    for (size_t i = 0; i < n; i++) {
        obj_decref(args[i]);
    }
    return res;
}

Test(str, lengths_count_code_points) {
    Obj *s = str_from_cstr(vm, "h\xc3\xa9llo");
    cr_assert_eq(str_len(s), 5);
    cr_assert_eq(str_size(s), 6);
    cr_assert_eq(str_codepoint_at(s, 1), 0xE9);
    expect_text(obj_getitem(vm, s, SMALLINT_FROM(-4)), "\xc3\xa9");
    cr_assert_null(obj_getitem(vm, s, SMALLINT_FROM(5)));
    expect_error(&exc_IndexError, "string index out of range");
    obj_decref(s);
}

Test(str, from_ascii_skips_the_scan_and_shares_one_char_strs) {
    Obj *s = str_from_ascii(vm, "abc", 3);
    cr_assert_eq(str_len(s), 3);
    cr_assert(((StrObj *)s)->is_ascii);
    cr_assert(str_equal_cstr(s, "abc"));
    cr_assert_eq(str_hash(s), str_hash_bytes("abc", 3));
    Obj *a = str_from_ascii(vm, "a", 1), *b = str_from_ascii(vm, "ab", 1);
    cr_assert_eq(a, b); // one immortal str per ASCII character
    cr_assert_eq(str_len(a), 1);
    cr_assert_str_eq(str_cstr(a), "a");
    expect_text(obj_getitem(vm, s, SMALLINT_FROM(0)), "a");
    obj_decref(a);
    obj_decref(b);
    obj_decref(s);
}

Test(str, equality_of_short_and_long_texts) {
    const char *texts[] = {
        "", "a", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t n = strlen(texts[i]);
        Obj *x = str_from_cstr(vm, texts[i]), *y = str_from_cstr(vm, texts[i]);
        cr_assert(str_equal(x, y), "%s", texts[i]);
        for (size_t k = 0; k < n; k++) {
            char buf[32];
            memcpy(buf, texts[i], n + 1);
            buf[k] = 'Z';
            Obj *z = str_from_cstr(vm, buf);
            cr_assert(!str_equal(x, z), "%s vs %s", texts[i], buf);
            obj_decref(z);
        }
        obj_decref(x);
        obj_decref(y);
    }
}

Test(str, fmt_formats_objects) {
    Obj *s = str_from_cstr(vm, "x");
    expect_text(str_from_fmt(vm, "%d-%s-%zu-%S-%R-%%-%c", -3, "c", (size_t)9, s, s, 'z'),
                "-3-c-9-x-'x'-%-z");
    obj_decref(s);
}

Test(str, interning_shares_one_object) {
    Obj *a = str_intern_cstr(vm, "hello_name");
    Obj *b = str_intern_cstr(vm, "hello_name");
    cr_assert_eq(a, b);
    Obj *c = str_intern_steal(vm, str_from_cstr(vm, "hello_name"));
    cr_assert_eq(a, c);
    obj_decref(c);
}

Test(str, hash_and_equality) {
    Obj *a = str_from_cstr(vm, "abc");
    Obj *b = str_from_cstr(vm, "abc");
    cr_assert_neq(a, b);
    cr_assert_eq(str_hash(a), str_hash(b));
    cr_assert(str_equal(a, b));
    cr_assert(str_equal_cstr(a, "abc"));
    cr_assert_eq(obj_eq(vm, a, b), 1);
    expect_text(str_concat(vm, a, b), "abcabc");
    obj_decref(a);
    obj_decref(b);
}

Test(str, repr_quoting) {
    const char *cases[][2] = {
        {"it's", "\"it's\""},          {"a\"b", "'a\"b'"},         {"a'b\"c", "'a\\'b\"c'"},
        {"\n\t\x01", "'\\n\\t\\x01'"}, {"\xc3\xa9", "'\xc3\xa9'"}, {"\xe2\x80\x8b", "'\\u200b'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        expect_repr(str_from_cstr(vm, cases[i][0]), cases[i][1]);
    }
}

Test(str, repetition_and_errors) {
    Obj *s = str_from_cstr(vm, "ab");
    expect_text(obj_binop(vm, s, SMALLINT_FROM(3), BINOP_MUL), "ababab");
    expect_text(obj_binop(vm, SMALLINT_FROM(2), s, BINOP_MUL), "abab");
    cr_assert_null(obj_binop(vm, s, SMALLINT_FROM(1), BINOP_ADD));
    expect_error(&exc_TypeError, "can only concatenate str (not \"int\") to str");
    obj_decref(s);
}

Test(str, split_and_join) {
    Obj *s = str_from_cstr(vm, " a b  c ");
    expect_repr(call(s, "split", NULL, NULL), "['a', 'b', 'c']");
    obj_decref(s);
    s = str_from_cstr(vm, "a,b,,c");
    expect_repr(call(s, "split", ",", NULL), "['a', 'b', '', 'c']");
    cr_assert_null(call(s, "split", "", NULL));
    expect_error(&exc_ValueError, "empty separator");
    obj_decref(s);
    Obj *sep = str_from_cstr(vm, "-");
    Obj *l = list_new(vm, 0);
    list_append_steal(vm, l, str_from_cstr(vm, "x"));
    list_append_steal(vm, l, str_from_cstr(vm, "y"));
    expect_text(obj_call_method(vm, sep, "join", &l, 1), "x-y");
    list_append(vm, l, SMALLINT_FROM(1));
    cr_assert_null(obj_call_method(vm, sep, "join", &l, 1));
    expect_error(&exc_TypeError, "sequence item 2: expected str instance, int found");
    obj_decref(l);
    obj_decref(sep);
}

Test(str, searching_and_case) {
    Obj *s = str_from_cstr(vm, "hello world");
    expect_repr(call(s, "find", "o", NULL), "4");
    expect_repr(call(s, "rfind", "o", NULL), "7");
    expect_repr(call(s, "count", "l", NULL), "3");
    cr_assert_null(call(s, "index", "z", NULL));
    expect_error(&exc_ValueError, "substring not found");
    expect_text(call(s, "title", NULL, NULL), "Hello World");
    expect_text(call(s, "upper", NULL, NULL), "HELLO WORLD");
    expect_text(call(s, "replace", "l", "L"), "heLLo worLd");
    expect_repr(call(s, "startswith", "hell", NULL), "True");
    expect_repr(call(s, "partition", " ", NULL), "('hello', ' ', 'world')");
    obj_decref(s);
}

Test(str, format_method) {
    Obj *f = str_from_cstr(vm, "{0}-{1!r}-{0:>4}|{2[1]}");
    Obj *t = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(2));
    Obj *args[3] = {SMALLINT_FROM(7), str_from_cstr(vm, "s"), t};
    expect_text(obj_call_method(vm, f, "format", args, 3), "7-'s'-   7|2");
    obj_decref(f);
    f = str_from_cstr(vm, "{} {}");
    cr_assert_null(obj_call_method(vm, f, "format", args, 1));
    expect_error(&exc_IndexError, "Replacement index 1 out of range for positional args tuple");
    obj_decref(f);
    obj_decref(args[1]);
    obj_decref(t);
}

Test(str, format_value_specs) {
    struct {
        Obj *value;
        const char *spec, *text;
    } cases[] = {
        {SMALLINT_FROM(1234567), ",", "1,234,567"},
        {SMALLINT_FROM(255), "#010x", "0x000000ff"},
        {SMALLINT_FROM(1234), "010,", "00,001,234"},
        {SMALLINT_FROM(-12), "=+8", "-     12"},
        {SMALLINT_FROM(65), "c", "A"},
        {SMALLINT_FROM(12), ".2f", "12.00"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Obj *spec = str_from_cstr(vm, cases[i].spec);
        expect_text(str_format_value(vm, cases[i].value, spec), cases[i].text);
        obj_decref(spec);
    }
    Obj *f = float_from_double(vm, 1234.5678);
    Obj *spec = str_from_cstr(vm, ",.2f");
    expect_text(str_format_value(vm, f, spec), "1,234.57");
    obj_decref(spec);
    obj_decref(f);
    Obj *s = str_from_cstr(vm, "abc");
    spec = str_from_cstr(vm, "^9.2");
    expect_text(str_format_value(vm, s, spec), "   ab    ");
    obj_decref(spec);
    spec = str_from_cstr(vm, "d");
    cr_assert_null(str_format_value(vm, s, spec));
    expect_error(&exc_ValueError, "Unknown format code 'd' for object of type 'str'");
    obj_decref(spec);
    obj_decref(s);
}

Test(str, percent_formatting) {
    Obj *f = str_from_cstr(vm, "%d|%5.2f|%-3s|%r|%x|%%");
    Obj *s = str_from_cstr(vm, "a");
    Obj *d = float_from_double(vm, 3.14159);
    Obj *items[5] = {SMALLINT_FROM(42), d, s, s, SMALLINT_FROM(255)};
    Obj *t = tuple_pack(vm, 5, items);
    expect_text(str_percent_format(vm, f, t), "42| 3.14|a  |'a'|ff|%");
    obj_decref(t);
    obj_decref(f);
    f = str_from_cstr(vm, "%s %s");
    cr_assert_null(str_percent_format(vm, f, s));
    expect_error(&exc_TypeError, "not enough arguments for format string");
    obj_decref(f);
    f = str_from_cstr(vm, "%d");
    cr_assert_null(str_percent_format(vm, f, s));
    expect_error(&exc_TypeError, "%d format: a real number is required, not str");
    obj_decref(f);
    f = str_from_cstr(vm, "x");
    cr_assert_null(str_percent_format(vm, f, SMALLINT_FROM(1)));
    expect_error(&exc_TypeError, "not all arguments converted during string formatting");
    obj_decref(f);
    obj_decref(s);
    obj_decref(d);
}

Test(str, strbuf_builds_strings) {
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 1000; i++) {
        cr_assert_eq(strbuf_append_char(&b, 'x'), 0);
    }
    cr_assert_eq(strbuf_append_cstr(&b, "\xc3\xa9"), 0);
    Obj *s = strbuf_finish(vm, &b);
    cr_assert_eq(str_len(s), 1001);
    cr_assert_eq(str_size(s), 1002);
    obj_decref(s);
}

Test(str, codepoint_helpers) {
    expect_text(str_from_codepoint(vm, 0x20AC), "\xe2\x82\xac");
    cr_assert_null(str_from_codepoint(vm, 0x110000));
    expect_error(&exc_ValueError, "chr() arg not in range(0x110000)");
}

Test(str, byte_offsets_of_non_ascii_text_in_any_order) {
    // "aé€😀" repeated: 1 + 2 + 3 + 4 bytes per group of 4 code points.
    char text[10 * 50 + 1];
    size_t n = 0;
    for (int i = 0; i < 50; i++) {
        memcpy(text + n, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10);
        n += 10;
    }
    Obj *s = str_from_utf8(vm, text, n);
    const size_t order[] = {199, 0, 101, 100, 102, 3, 150, 149, 200, 57, 58, 1};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        size_t i = order[k];
        size_t expect = (i / 4) * 10 + (size_t[]){0, 1, 3, 6}[i % 4];
        cr_assert_eq(str_byte_offset(s, i), expect, "code point %zu", i);
    }
    cr_assert_eq(str_codepoint_at(s, 199), 0x1F600);
    cr_assert_eq(str_codepoint_at(s, 2), 0x20AC);
    obj_decref(s);
}
