# sorted() with reverse and key.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted('banana'), sorted(('b', 'a')), sorted([]))
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}))
def second(pair):
    return pair[1]
pairs = [('a', 3), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=second))
print(sorted(pairs, key=second, reverse=True))
words = ['pear', 'fig', 'apple', 'kiwi']
print(sorted(words, key=len))
print(sorted([2.5, -1, 3, 0]))
original = [5, 4, 3]
copy = sorted(original)
print(original, copy)
print(sorted([[2, 1], [1, 2], [1]]))
