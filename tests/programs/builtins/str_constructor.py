# str() of built-in values.
print(str(), str(1), str(-2.5), str(None), str(True), str(2**65))
print(str([1, 'a']), str((1, 'b')), str({'k': 'v'}))
print(str('already'), str(''), len(str(12345)))
print(str(1.0), str(1e16), str(0.1), str(1 / 3))
print(str(range(2, 5)))
