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


p = argparse.ArgumentParser(prog='git', description='A stupid content tracker.')
p.add_argument('--git-dir', metavar='PATH', help='set the path to the repository')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
a = sub.add_parser('add', aliases=['stage'], help='add files')
a.add_argument('paths', nargs='+')
sub.add_parser('status')
p.print_help()
c.print_help()
for argv in [['commit', '-m', 'hi'], ['--git-dir', 'x', 'add', 'a', 'b'],
             ['stage', 'f'], ['status'], [], ['push'], ['commit'],
             ['add', '--bogus', 'f']]:
    print(argv)
    run(p, argv)

s2 = argparse.ArgumentParser(prog='s2')
s2.add_argument('pos')
sp = s2.add_subparsers(title='commands', description='valid commands', required=True, dest='cmd')
sp.add_parser('go', help='go somewhere')
sp.add_parser('stop')
s2.print_help()
run(s2, ['x'])
run(s2, ['x', 'go'])
print(sp.choices['go'].prog)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='cfg.ini')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--debug', action=argparse.BooleanOptionalAction, default=False, help='debugging')
grp = child.add_argument_group('output', 'Options that control the output.')
grp.add_argument('--width', type=int, default=80, help='line width')
child.print_help()
run(child, ['--no-debug', '--config', 'x'])
run(child, ['--debug', '--width', '100'])

d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description='''first line
    second   line''')
d.add_argument('--alpha', default=1, help='the alpha')
d.add_argument('files', nargs='*', default=['-'], help='input files')
d.add_argument('--beta', help=argparse.SUPPRESS)
d.add_argument('--a-very-long-option-name-here', metavar='VALUE', help='a long option whose help text is long enough that it has to be wrapped over more than one line of output')
d.print_help()
r = argparse.ArgumentParser(prog='r', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='keep\n  these\n    lines', usage='%(prog)s [options] things')
r.add_argument('thing', help='a thing')
r.print_help()
rt = argparse.ArgumentParser(prog='rt', formatter_class=argparse.RawTextHelpFormatter, add_help=False)
rt.add_argument('--x', help='line one\n  line two')
rt.print_help()
dflt = argparse.ArgumentParser()
print(dflt.prog, dflt.format_usage(), end='')
dflt.add_argument('--verbose', '-v', action='version', version='v9')
run(dflt, ['-v'])
big = argparse.ArgumentParser(prog='a_program_with_quite_a_long_name_indeed_for_testing_wraps')
for i in range(6):
    big.add_argument('--option-number-%d' % i, metavar='VAL%d' % i)
big.add_argument('first_positional')
big.add_argument('second_positional', nargs='*')
print(big.format_usage(), end='')
print(repr(c.parse_known_args(['-m', 'x', 'extra'])))
