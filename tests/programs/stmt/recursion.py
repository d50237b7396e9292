# Recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(5), fact(20), fact(40))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def depth(lst):
    if type(lst) is not list:
        return 0
    best = 0
    for item in lst:
        d = depth(item)
        if d > best:
            best = d
    return best + 1
print(depth([1, [2, [3, [4]]], []]))
def count_down(n):
    if n == 0:
        return 'done'
    return count_down(n - 1)
print(count_down(500))
