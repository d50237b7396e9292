# repr() of built-in values.
print(repr(1), repr(-2**70), repr(1.5), repr(1e100), repr(0.1))
print(repr('text'), repr("it's"), repr('"'), repr('a\\b'))
print(repr([1, 'a', None]), repr((1,)), repr(()), repr({'a': [1]}))
print(repr(True), repr(None), repr(set()), repr({5}))
print(repr(range(3)), repr(''))
nested = [1, [2, ['three']]]
print(repr(nested) == str(nested))
print(str('x'), repr('x'))
