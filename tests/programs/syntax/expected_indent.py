# A block that is not indented.
x = 1
if x:
print('not indented')
