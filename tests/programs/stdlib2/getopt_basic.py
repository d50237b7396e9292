import getopt

print(getopt.getopt(['-a', '-bval', '-c', 'x', 'rest', '-d'], 'ab:c:d'))
print(getopt.getopt(['--alpha', '--beta=1', '--gam', '2', '--', '-a'],
                    'a', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['-ab', 'arg'], 'ab'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--beta', 'v', 'z'], 'a', ['beta=']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt('--long', 'x', 'long'))
for args, short, longs in [(['-x'], 'a', []), (['-b'], 'b:', []),
                           (['--nope'], '', ['yes']), (['--be'], '', ['beta', 'bert']),
                           (['--beta'], '', ['beta=']), (['--beta=3'], '', ['beta'])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError)
