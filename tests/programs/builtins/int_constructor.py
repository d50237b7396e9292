# int() from numbers and strings.
print(int(), int(7), int(-3.9), int(3.9), int(True), int(2.0**70))
print(int('42'), int('  -17  '), int('+5'), int('1_000'), int('0'))
print(int('ff', 16), int('FF', 16), int('0x1f', 16), int('777', 8), int('101', 2))
print(int('z', 36), int('0b11', 0), int('0o17', 0), int('0x10', 0), int('99', 0))
print(int('123456789012345678901234567890'))
print(int(1e20))
