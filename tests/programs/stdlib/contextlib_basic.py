# contextlib: @contextmanager with and without exceptions, suppress,
# closing, nullcontext, redirect_stdout, ContextDecorator use.
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ContextDecorator, AbstractContextManager)
import sys


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["k"]
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not mine")
except TypeError as e:
    print("passed through:", e)


@contextmanager
def never_yields():
    if False:
        yield


try:
    with never_yields():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")


try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

with suppress(FileNotFoundError, KeyError):
    raise KeyError("gone")
print("suppressed")
with suppress():
    pass


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


buf = Buffer()
with redirect_stdout(buf) as target:
    print("hidden", 1)
print(target is buf, "".join(buf.parts), end="")
err = Buffer()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(err.parts)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(3))
print(work(4))
print(work.__name__)


class Logged(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


@Logged()
def f():
    print("in f")


f()
print(issubclass(Resource, AbstractContextManager))


class Manual(AbstractContextManager):
    def __exit__(self, *exc):
        print("manual exit")


with Manual() as m:
    print(type(m).__name__)
