# str + int: only str can be concatenated to str.
print('abc' + 'def')
print('abc' + 5)
