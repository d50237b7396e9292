# collections.UserDict, UserList and UserString: subclassable wrappers with
# the ABC mixins, __missing__, operators returning the subclass.
from collections import UserDict, UserList, UserString
import collections
class Upper(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
d = Upper(a=1); d["b"] = 2; d.update({"c": 3}); print(d, len(d), "A" in d, d.get("Z", 0), sorted(d.keys()), d.data)
class Default(UserDict):
    def __missing__(self, k): return k * 2
print(Default()["x"], Default({1: 2}) | {3: 4}, {0: 1} | Default({1: 2}), type(Default() | {}).__name__)
print(UserDict.fromkeys("ab", 0), UserDict(x=1).copy(), isinstance(UserDict(), collections.abc.MutableMapping))
try: UserDict()["nope"]
except KeyError as e: print("KeyError", e)
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l), l == [0, 1, 2, 3], l < [5])
l.extend(UserList([7])); l.insert(0, -1); print(l.pop(), l.index(2), l.count(1), l, l.copy(), 2 in l)
l.reverse(); del l[0]; print(l); l += [5]; print(l); l *= 2; print(l)
s = UserString("Hello"); print(s + " world", s.upper(), s[1:3], repr(s[0]), len(s), s == "Hello", "ell" in s, s.split("l"), s.replace("l", "L"), s * 2, "%s!" % s, int(UserString("42")) + 1)
print(s.center(11, "*"), s.find("l"), s.startswith("He"), sorted([UserString("b"), UserString("a")]), hash(s) == hash("Hello"))
print(UserDict.__module__, UserList.__name__, UserString.__mro__[1].__name__, collections.UserList is UserList)
