# traceback's formatting functions give the same text an uncaught
# exception prints: entries with source lines and carets, chains, repeats.
import sys
import traceback

HERE = __file__


def show(text):
    print(text.replace(HERE, "HERE"), end="")


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def inner(d):
    return d["missing"]


def outer():
    return inner({}) + 1


try:
    outer()
except KeyError:
    show(traceback.format_exc())
    collected = Collector()
    traceback.print_exc(file=collected)
    show("".join(collected.parts))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    print("--- without chain")
    show("".join(traceback.format_exception(e, chain=False)))
    print("--- only")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

try:
    [1, 2][5]
except IndexError as e:
    pieces = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(pieces), pieces[0], end="")
    print(pieces[-1], end="")


def recurse(n):
    if n == 0:
        raise RuntimeError("bottom")
    recurse(n - 1)


try:
    recurse(10)
except RuntimeError:
    show(traceback.format_exc())

print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exception(None))
