# Conditional expressions.
for n in [-3, 0, 4]:
    print(n, 'negative' if n < 0 else 'zero' if n == 0 else 'positive')
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([1, 2] if [] else 'empty list is false')
def pick(flag):
    return 'yes' if flag else 'no'
print(pick(1), pick(0), pick(None), pick('a'))
