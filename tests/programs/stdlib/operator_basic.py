import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.pow(2, 10))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.lshift(1, 4), operator.rshift(32, 2), operator.inv(5), operator.invert(0))
print(operator.getitem([1, 2, 3], 1), operator.contains('abc', 'b'), operator.index(7))
print(operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd(lst, [4]), lst)
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print('ValueError:', e)

rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0)))
print(itemgetter(1, 0)(rows[0]), itemgetter('k')({'k': 'v'}))
print(itemgetter(slice(1, None))('hello'))
print(repr(itemgetter(1, 'x')))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct

p = P('ann', P('bob'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('a', 'b.c')))
try:
    attrgetter('missing')(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError:', e)
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p))
print(methodcaller('upper')('abc'), repr(methodcaller('greet', 'hi', punct='.')))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
