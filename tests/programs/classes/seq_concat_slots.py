# A sequence's + is concatenation: str, bytes, bytearray, list, tuple,
# deque and array have __add__ but no __radd__ (numbers have both).
for t in (str, bytes, bytearray, list, tuple, int, float, complex, set, dict):
    print(t.__name__, hasattr(t, "__add__"), hasattr(t, "__radd__"), hasattr(t, "__mul__"), hasattr(t, "__rmul__"), hasattr(t, "__mod__"), hasattr(t, "__rmod__"))
from collections import deque
from array import array
print(hasattr(deque, "__radd__"), hasattr(array, "__radd__"), hasattr(deque, "__add__"), hasattr(array, "__rmul__"))
class R:
    def __radd__(self, other): return ("radd", other)
print([1] + R(), "a" + R(), (1,) + R())
class L(list):
    pass
print(L([1]) + [2], [2] + L([1]), "__radd__" in dir(L))
print(dir([]) == sorted(set(dir([]))), "__add__" in dir(""), "__radd__" in dir(""), "__rmul__" in dir(""))
