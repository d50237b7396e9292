# if / elif / else.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in [-1, 0, 5, 50]:
    print(v, classify(v))
if []:
    print('not printed')
else:
    print('empty list is false')
if 'x':
    print('non-empty string is true')
if 0:
    pass
elif None:
    pass
else:
    print('all false')
x = 3
if x > 1:
    if x > 2:
        print('nested true')
