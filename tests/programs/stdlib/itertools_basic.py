import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, filterfalse, groupby, islice, pairwise,
                       starmap, takewhile, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(1), 2)), list(repeat(0, -1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, 2, 0), ('a',)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    islice('abc')
except TypeError as e:
    print('TypeError:', e)
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(tee('ab', 3)), [list(t) for t in tee('xy', 3)])
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a', 'bc')))
print(list(product('ab', range(2))), list(product(range(2), repeat=2)), list(product()))
print(list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)))
print(list(combinations('abc', 0)))
for f, args in [(combinations, ('abc', -1)), (permutations, ('abc', -1)), (repeat, ('x', 'y'))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    product('ab', repeat=-1)
except ValueError as e:
    print('ValueError:', e)
print(next(iter(chain([5]))), sum(1 for _ in itertools.product(range(3), repeat=3)))
