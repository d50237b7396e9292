# exceptions: exceptions raised and caught in a loop. A user exception class
# with an attribute raised from a nested call, built-in exceptions raised by
# the interpreter (KeyError, ZeroDivisionError, IndexError), caught by the
# matching handler, with else and finally clauses.
# Size: number of iterations (default 600000).
# Checksum: counts of each path taken.
import sys


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class SmallError(AppError):
    pass


def check(i):
    if i % 3 == 0:
        raise SmallError(i % 7)
    if i % 5 == 0:
        raise AppError(i % 11)
    return i


def deep(i, d):
    if d == 0:
        return check(i)
    return deep(i, d - 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    table = {"a": 1, "b": 2}
    items = [1, 2, 3]
    small = app = ok = keys = zero = index = fin = 0
    codes = 0
    for i in range(n):
        try:
            deep(i, 3)
        except SmallError as e:
            small += 1
            codes += e.code
        except AppError as e:
            app += 1
            codes += e.code * 2
        else:
            ok += 1
        finally:
            fin += 1
        try:
            table["c" if i % 4 == 0 else "a"]
        except KeyError:
            keys += 1
        try:
            x = 10 // (i % 6)
        except ZeroDivisionError:
            zero += 1
        try:
            items[i % 5]
        except IndexError:
            index += 1
    print("exceptions", n, small, app, ok, fin, codes, keys, zero, index)


main()
