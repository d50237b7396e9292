# str.format with the whole mini-language, positional/keyword/attribute/index fields.
class P:
    x = 3
    items = [10, 20]
print("{} {} {}".format(1, "a", 2.5), "{1}{0}{1}".format("a", "b"), "{n}-{m!r}".format(n=1, m="s"))
print("{0.x} {0.items[1]} {d[key]} {l[0]}".format(P(), d={"key": "v"}, l=[7]))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}|{: }".format("r", "l", "c", "s", 3.14159, 5, 7))
print("{:,}|{:_}|{:#x}|{:#o}|{:#b}|{:X}|{:c}|{:e}|{:%}|{:.1%}".format(
    10 ** 6, 10 ** 6, 255, 8, 5, 255, 97, 12345.678, 0.25, 1 / 3))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "x", w=10, p=2), "{{literal}}".format())
print("{!s:>5}|{!r:>5}|{!a}".format("é", "é", "é"), "{:.3}".format("abcdef"), "{:5.1}|".format("xyz"))
print("{:=+8}|{:=8}|{:08}|{:<08}|{:x<5}".format(-42, -3, -3.5, 7, 1), format("é", "^5"))
print(format(True, ""), format(True, "d"), format(None, ""), "{}".format([1, "a"]))
print(f"{'abc':>{2 + 4}}", f"{12.5:{'.3'}}", f"{3!r:>4}", f"{'x'!a}")
for fmt, args in [("{", ()), ("}", ()), ("{0}", ()), ("{a}", ()), ("{:d}", ("s",)),
                  ("{:s}", (1,)), ("{0!x}", (1,)), ("{:,s}", ("a",)), ("{:=5}", ("a",)),
                  ("{:+}", ("a",)), ("{0[}", (1,)), ("{} {0}", (1, 2)), ("{:.2d}", (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
