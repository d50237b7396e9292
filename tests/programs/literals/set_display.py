# Set displays. Sets of several items are printed through sorted() so that the
# output does not depend on hashing.
print({1})
print({'only'})
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s))
print(set())
print(type({1, 2}), type({}))
print(2 in s, 5 in s)
print(sorted({'b', 'a', 'c'}))
