# Output printed before an uncaught exception is kept; the exit status is 1.
for i in range(3):
    print('line', i)
print('no newline before the error', end='')
raise KeyError('late')
