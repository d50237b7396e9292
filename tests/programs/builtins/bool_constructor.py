# bool() of values.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(''), bool(' '), bool([]), bool([[]]), bool(()), bool({}), bool(set()))
print(bool(None), bool(True), bool(2**100), bool(range(0)))
class Thing:
    pass
print(bool(Thing()))
print(bool(1) is True, type(bool(5)))
