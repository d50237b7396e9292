# An uncaught ValueError from bytes.fromhex.
print(bytes.fromhex('41 42'))
print(bytes.fromhex('41 4x'))
