# Functions calling functions, and locals that stay local.
def square(x):
    return x * x
def sum_squares(values):
    total = 0
    for v in values:
        total += square(v)
    return total
print(sum_squares([1, 2, 3, 4]))
def outer(n):
    result = []
    i = 0
    while i < n:
        result.append(square(i))
        i += 1
    return result
print(outer(5))
total = 'global total'
print(sum_squares(range(10)), total)
def apply(fn, value):
    return fn(value)
print(apply(square, 12), apply(len, 'four'), apply(str, 3.5))
