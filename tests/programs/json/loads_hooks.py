# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, cls.
import json

doc = '{"b": {"x": 1}, "a": [1.5, 2, {"y": 3}]}'
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda p: dict(p), object_hook=lambda d: 'ignored'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1, 2.50, 1e2]', parse_float=lambda s: 'float:' + s))
print(json.loads('[1, -20, 2.0]', parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))

class Decimalish:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return 'D(' + self.text + ')'

print(json.loads('{"price": 19.99}', parse_float=Decimalish))

class Upper(json.JSONDecoder):
    def decode(self, s):
        return [x.upper() if isinstance(x, str) else x for x in super().decode(s)]

print(json.loads('["a", 1, "b"]', cls=Upper))
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [2]', 2))

class Hooked(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: ('hooked', d), **kw)

print(json.loads('{"k": {"v": 1}}', cls=Hooked))
