# The smallest Ouro program. Run it with:  scripts/run examples/hello.py
print('Hello from Ouro!')

# Names, arithmetic and a loop: Ouro runs ordinary Python code.
total = 0
for n in range(1, 11):
    total += n
print('1 + 2 + ... + 10 =', total)

# Ints have no size limit, as in Python.
print('2 ** 100 =', 2 ** 100)
