import argparse
import io
import sys


def run(parser, argv):
    err = io.StringIO()
    saved, sys.stderr = sys.stderr, err
    try:
        print('ok:', parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    finally:
        sys.stderr = saved
    print(err.getvalue(), end='')


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', type=int, choices=[1, 2, 3])
p.add_argument('--level', type=int, required=True)
p.add_argument('--two', nargs=2)
p.add_argument('--flag', action='store_true')
p.add_argument('--ver', action='version', version='%(prog)s 1.0')
p.add_argument('--size', type=float)
p.add_argument('--verbose')
p.add_argument('--version2', action='store_true')
for argv in [[], ['a'], ['a', '--level', 'x'], ['a', '--level', '1', '-n', '5'],
             ['a', '--level'], ['a', '--level', '1', '--two', 'x'],
             ['a', 'b', 'c', '--level', '1'], ['a', '--level', '1', '--bogus'],
             ['a', '--level=1', '--flag=yes'], ['a', '--level', '1', '--ver'],
             ['--level', '2', 'x', '--size', '1e3'], ['--ver', 'a'],
             ['a', '--level', '1', '--vers'], ['a', '--level', '1', '--ve', '1'],
             ['a', '--level', '1', '-n3']]:
    print(argv)
    run(p, argv)

g = argparse.ArgumentParser(prog='mx')
grp = g.add_mutually_exclusive_group(required=True)
grp.add_argument('--json', action='store_true')
grp.add_argument('--xml', action='store_true')
g.add_argument('--x', type=int, default=3)
g.print_help()
for argv in [['--json'], ['--json', '--xml'], [], ['--x', '4', '--xml']]:
    print(argv)
    run(g, argv)


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


t = argparse.ArgumentParser(prog='t', exit_on_error=False)
t.add_argument('--n', type=positive)
try:
    t.parse_args(['--n', '-3'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
print(t.parse_args(['--n', '4']))
for bad in [lambda: t.add_argument('--n'), lambda: t.add_argument('x', dest='y'),
            lambda: t.add_argument('x', required=True), lambda: t.add_argument('--z', action='nope'),
            lambda: t.add_argument('--z', nargs=0),
            lambda: t.add_argument('--z', nargs=0, action='append'),
            lambda: t.add_argument('--z', const=1, action='append'), lambda: t.add_argument('z', type='int'),
            lambda: t.add_argument('bad-opt', 'x')]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
