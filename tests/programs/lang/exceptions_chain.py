import sys
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class Sub(AppError):
    pass
try:
    raise Sub(3, "bad")
except AppError as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e))
def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e
try:
    chain()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
try:
    ctx()
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
def nofrom():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None
try:
    nofrom()
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def fin():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    try:
        return "ret"
    finally:
        print("finally runs")
print(fin())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            break
    return "swallowed"
print(swallow())
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    print("bare", e)
try:
    assert 1 > 2, "one is not > two"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert", e.args)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print(e)
def nested_finally():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
    except ValueError:
        print("outer caught", sys.exc_info()[1])
    print(sys.exc_info()[0])
nested_finally()
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class E2(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E2()
except E2 as e:
    print(e)
e = None
try:
    raise KeyError(1)
except (TypeError, KeyError) as err:
    print("tuple match", err)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("gen exit")
        raise
g = gen_exc(); next(g); g.close()
def ctx_chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    ctx_chain()
except TypeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
raise AppError(1, "final") from KeyError("cause")
