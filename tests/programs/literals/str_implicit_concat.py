# Adjacent string literals are joined at compile time.
s = 'abc' "def" '''ghi'''
print(s, len(s))
t = ('one '
     'two '
     "three")
print(t)
print('x' 'y' == 'xy')
print(r'\n' '\n' == '\\n\n')
