# %-formatting of ints: the direct path for small ints and the general one
# for big ints, bools and int subclasses must agree on every flag, width
# and precision, including the edges of the small-int range.
class I(int):
    def __format__(self, spec):
        return 'never used by %'

    def __index__(self):
        return 7


values = [0, 1, -1, 9, -10, 255, -256, 4095, 2**61 - 1, -2**61, 2**62 - 1, -2**62, 2**62,
          -2**62 - 1, 2**63, -2**63, 2**64 + 3, -(2**70), True, False, I(42), I(-5)]
specs = ['%d', '%i', '%u', '%x', '%X', '%o', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d',
         '%8.3x', '%#x', '%#X', '%#o', '%#08x', '%-#8o|', '%+05d', '%- 6d|', '%+.4o', '% 010X']
for v in values:
    print(' '.join(spec % v for spec in specs))
print('%d%%|%5i|%x' % (3, -4, 5))
print('%(a)d %(b)#x %(a)05d' % {'a': -12, 'b': 300})
print('%*d|%-*x|%.*d' % (6, 42, 5, 255, 4, 7))
print('%d' % 3.99, '%i' % -3.99, '%x' % I(1))
for bad in ['%d', '%x', '%o']:
    try:
        print(bad % 'a')
    except TypeError as e:
        print('TypeError:', e)
try:
    print('%x' % 3.5)
except TypeError as e:
    print('TypeError:', e)
# Unsupported characters: printable ASCII is shown, anything else as '?',
# and the index counts characters, not bytes.
for fmt in ['%y', 'ab%~', '%\x1f', '%\x00', 'éé%é', '%\x7f', '5%']:
    try:
        print(fmt % 1)
    except ValueError as e:
        print('ValueError:', e)
