# float() from numbers and strings.
print(float(), float(3), float(-2**53), float('1.5'), float('  -2.25  '))
print(float('1e3'), float('.5'), float('5.'), float('1_0.5'))
print(float('inf'), float('-inf'), float('Infinity'), float('nan'))
print(float(True), float('-0'), float(' 42 '))
x = float('nan')
print(x == x, x != x)
