# obj.__dict__ and C.__dict__ with the dict operators (|, |=, reversed,
# popitem), as CPython's dict and mappingproxy.
class A: pass
a = A(); a.x = 1; a.y = 2
d = a.__dict__
print(d | {'z': 3}, {'w': 0} | d, d | d, type(d | {}).__name__)
d |= {'q': 9}
print(a.q, list(reversed(d)), d.popitem(), hasattr(a, 'q'))
try: d | 1
except TypeError as e: print(e)
try: d |= 1
except (TypeError, ValueError) as e: print(type(e).__name__, e)
p = A.__dict__
print(type(p | {}).__name__, 'x' in (p | {'x': 1}), list(reversed(type('T', (), {'k': 1}).__dict__))[0])
e = A(); 
try: e.__dict__.popitem()
except KeyError as ex: print(ex)
print(type(A().__dict__).__name__)
