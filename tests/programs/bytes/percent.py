# printf-style formatting of bytes and bytearray (PEP 461).
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(B('%d %s') % (1, B('x')))
print(B('%s|%b|%5s|%-5s|%.1s') % (B('ab'), bytearray(B('cd')), B('ef'), B('gh'), B('ij')))
print(B('%r %a %r') % ('é', 1, B('x')))
print(B('%5.2f|%-4d|%04x|%+d|%i|%u|%o|%#x|%X') % (1.234, 5, 255, 3, True, 7, 8, 255, 255))
print(B('%e %g %G %F') % (1.5, 1e20, 1e-10, 2.5))
print(B('%c%c%c') % (65, B('B'), bytearray(B('C'))))
print(B('%3c|%-3c|') % (120, 121))
print(B('%*d|%-*d|%.*f') % (4, 1, 3, 2, 2, 3.14159))
print(B('%(a)s-%(b)d') % {B('a'): B('A'), B('b'): 2})
print(B('100%%') % (), B('%s') % B('single'), B('no args') % {})
print(bytearray(B('%d-%d')) % (1, 2), type(bytearray(B('%d')) % 1).__name__)
print(B('%d') % 2.7, B('%x') % -255, B('%5s') % B('toolong'))
class WithBytes:
    def __bytes__(self):
        return B('custom')
print(B('[%s]') % WithBytes())
attempt(lambda: B('%d') % 'x')
attempt(lambda: B('%s') % 'x')
attempt(lambda: B('%s') % 1)
attempt(lambda: B('%c') % 256)
attempt(lambda: B('%c') % B('ab'))
attempt(lambda: B('%c') % 'a')
attempt(lambda: B('%x') % 1.5)
attempt(lambda: B('%y') % 1)
attempt(lambda: B('%d %d') % (1,))
attempt(lambda: B('%d') % (1, 2))
attempt(lambda: B('x') % 1)
attempt(lambda: B('%') % 1)
attempt(lambda: B('%(a)s') % 1)
attempt(lambda: B('%(a)s') % {B('b'): 1})
