# pprint: CPython's layouts for nested containers, widths, depth, compact,
# long strings and bytes, the collections types and recursion.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
data = {"name": "Ouro", "numbers": list(range(30)), "nested": {"b": [1, 2, {"x": (1, 2, 3)}], "a": "short"},
        "text": "The quick brown fox jumps over the lazy dog " * 3, 3: None, "t": (1,), "s": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, compact=True)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, sort_dicts=False)
print(pprint.pformat(list(range(100)), compact=True))
l = [1, 2]; l.append(l); print(pprint.isrecursive(l), pprint.isreadable(l), pprint.saferepr(l) == pprint.pformat(l))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
pprint.pprint(defaultdict(list, {i: list(range(i)) for i in range(8)}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(range(40)))
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
pprint.pprint(b"abcdefghij" * 10)
pprint.pprint(bytearray(b"xyz" * 30))
pprint.pprint(frozenset(range(30)))
pprint.pprint([["a" * 30, "b" * 30], ("c" * 30,), {"k": "v" * 70}])
pprint.pprint("line one\nline two is longer " * 5)
pprint.pp({"z": 1, "a": [1] * 40})
pprint.pprint(10**30, underscore_numbers=True)
pprint.pprint({1: "a", "b": 2, (1, 2): [3]})
print(pprint.pformat({}), pprint.pformat([]), pprint.pformat(()), pprint.pformat(set()), pprint.pformat(""))
class P(pprint.PrettyPrinter): pass
P(width=20).pprint(list("abcdefghij"))
