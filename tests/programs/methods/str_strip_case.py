# str.strip, upper and lower.
print('[' + '  padded  '.strip() + ']')
print('[' + '\t\n both \n'.strip() + ']')
print('xxhixx'.strip('x'), '<<a>>'.strip('<>'), 'abc'.strip('c'))
print('Hello World'.upper(), 'Hello World'.lower(), 'MiXeD 123!'.lower())
print(''.strip(), 'abc'.upper().lower())
s = 'unchanged'
s.upper()
print(s)
