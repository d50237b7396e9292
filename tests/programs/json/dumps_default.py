# default= and cls= extend the encoder.
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=encode_point, indent=1))
try:
    json.dumps(object(), default=encode_point)
except TypeError as e:
    print('TypeError:', e)

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps({'z': 1 + 2j}, cls=MyEncoder))
print(json.dumps([2j], cls=MyEncoder, sort_keys=True, indent=2))
print(MyEncoder().encode([3j]), json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))
try:
    json.dumps(b'x', cls=MyEncoder)
except TypeError as e:
    print('TypeError:', e)

class Sub(dict):
    pass

class IntSub(int):
    def __repr__(self):
        return 'IntSub!'

print(json.dumps(Sub(a=1)), json.dumps([IntSub(5)]), json.dumps({IntSub(2): 1}))
