# Rich comparisons: reflected operands, NotImplemented fallbacks, and a
# total ordering written by hand.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    # The rest derived by hand, as functools.total_ordering would.
    def __le__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else r or self == other

    def __gt__(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else not r

    def __ge__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        return f'Money({self.cents})'


a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Money(1), a != Money(1))
print(sorted([Money(3), a, b]), max(a, b), min([b, a]))
print(a == 1, a != 1, 1 == a)
for op in ('<', '<=', '>', '>='):
    try:
        eval('a ' + op + ' 1')
    except TypeError as e:
        print('TypeError:', e)
try:
    sorted([a, 1])
except TypeError as e:
    print('TypeError:', e)


# Reflection: a < b tries b > a when a gives NotImplemented.
class Left:
    def __lt__(self, other):
        print('Left.__lt__')
        return NotImplemented


class Right:
    def __gt__(self, other):
        print('Right.__gt__')
        return 'from right'


print(Left() < Right())


# A subclass's reflected method goes first.
class Base:
    def __eq__(self, other):
        print('Base.__eq__')
        return False

    __hash__ = object.__hash__


class Derived(Base):
    def __eq__(self, other):
        print('Derived.__eq__')
        return True

    __hash__ = object.__hash__


print(Base() == Derived())
print(Derived() == Base())


class Weird:
    def __eq__(self, other):
        return 'truthy'

    def __ne__(self, other):
        return 0


w = Weird()
print(w == 1, w != 1, [w] == [w], w in [1])


# Identity is checked before __eq__ in containers.
class Never:
    def __eq__(self, other):
        return False


n = Never()
print(n == n, n in [n], [n].count(n), [n] == [n])


# != falls back to the inverse of __eq__.
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))


# Chained comparisons call each method once.
class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v


print(Loud(1) < Loud(2) < Loud(3), Loud(2) < Loud(1) < Loud(3))
