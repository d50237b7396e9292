# Arbitrary-precision ints.
a = 2**100
b = 3**50
print(a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b)
print(a // 7, a % 7, a // -7, a % -7)
f = 1
for i in range(1, 31):
    f = f * i
print(f)
print(f // (2**20), f % 1000007)
print(a > b, a == 2**100, a != b, -a < 0)
print(2**64 + 1 - 2**64)
print(int('123456789012345678901234567890') + 1)
print(str(2**70), len(str(2**200)))
print(abs(-2**80), -(-2**80))
print((2**100) / (2**98))
x = 2**62
print(x, x * 2, x * x)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
