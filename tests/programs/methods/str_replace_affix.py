# str.replace, startswith and endswith.
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('x', 'y'))
print('hello world'.replace('world', 'there'), 'abab'.replace('ab', ''))
print('abc'.replace('', '-'))
name = 'report.txt'
print(name.startswith('rep'), name.startswith('txt'), name.endswith('.txt'))
print(name.startswith(''), name.endswith(('.csv', '.txt')), name.startswith(('a', 'b')))
print('abc'.startswith('bc', 1), 'abc'.endswith('ab', 0, 2))
