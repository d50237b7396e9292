# Comparisons, including chains.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 == 1.0, 2 < 2.5, 1.0 != 1)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', 'apple' < 'apples')
print([1, 2] < [1, 3], [1, 2] == [1, 2], [1] < [1, 0])
print((1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 'a') == (1, 'a'))
print(None == None, None == 0, [] == [], {} == {}, {'a': 1} == {'a': 1})
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
