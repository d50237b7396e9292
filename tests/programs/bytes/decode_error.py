# An uncaught UnicodeDecodeError ends the program with CPython's message.
data = bytes([104, 105, 0xff, 33])
print(data[:2].decode())
print(data.decode())
