# gc.get_referents of dicts and instances: the values, and the keys only
# when some key is not a str (CPython skips the keys of str-keyed dicts);
# a dict that held a non-str key forgets it once cleared.
import gc


class C:
    pass


print(gc.get_referents({"a": [1], "b": "y"}))
mixed = {"a": [1], 2: "x", "b": "y", (1, 2): None}
print(gc.get_referents(mixed))
mixed.clear()
mixed["k"] = "v"
print(gc.get_referents(mixed))
print(gc.get_referents(dict(mixed)))
c = C()
c.x = [1]
c.y = "s"
print(gc.get_referents(c)[:2], gc.get_referents(c)[2] is C)
