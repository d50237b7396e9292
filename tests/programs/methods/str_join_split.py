# str.join and str.split.
print(', '.join(['a', 'b', 'c']), '-'.join('xyz'), ''.join([]), '+'.join(['one']))
print('a b  c'.split(), '  lead and trail  '.split())
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), ''.split(','), ''.split())
print('one::two::three'.split('::'))
print('x'.split('x'), 'line1\nline2\tword'.split())
parts = '2024-01-15'.split('-')
print(parts, '/'.join(parts))
print(' '.join([str(n) for n in range(5)]))
