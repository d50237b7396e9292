# Regression: hash(x) is x.__hash__() when the result fits in 64 bits (as in
# CPython); only bigger ints are folded. Generated dataclass hashes rely on it.
class Big:
    def __hash__(self):
        return -5029647727744300836


class Huge:
    def __hash__(self):
        return 2**64 + 5


class MinusOne:
    def __hash__(self):
        return -1


class Boolish:
    def __hash__(self):
        return True


class Tup:
    def __init__(self, *items):
        self.items = items

    def __hash__(self):
        return hash(self.items)


print(hash(Big()), hash(Huge()), hash(MinusOne()), hash(Boolish()))
print(hash(Tup(1, 'a')) == hash((1, 'a')), hash(Huge()) == hash(2**64 + 5))
try:
    class Bad:
        def __hash__(self):
            return 'x'
    hash(Bad())
except TypeError as e:
    print(e)
