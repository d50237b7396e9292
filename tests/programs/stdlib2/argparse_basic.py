import argparse

p = argparse.ArgumentParser(prog='prog', description='Process some integers.',
                            epilog='That is all.')
p.add_argument('integers', metavar='N', type=int, nargs='+',
               help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
               default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('-I', '--include', action='append', help='include dir')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--ratio', type=float, default='0.5', help='ratio (%(default)s)')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--req', required=False)
p.print_help()
print(p.format_usage(), end='')

for argv in [['1', '2', '3'], ['1', '2', '--sum'], ['-vvv', '5', '-v'],
             ['-q', '--no-color', '-I', 'a', '--include=b', '-Ic', '7'],
             ['--mode', 'slow', '--ratio', '2', '8'], ['--pair', 'x', 'y', '9'],
             ['--opt', '1', '2'], ['--opt', '--', '1'], ['1', '--opt'], ['--many', 'a', 'b', '--', '4'],
             ['--inc', 'abbrev', '3'], ['-q', '-vv', '-qv', '1'], ['--', '-5'], ['-5']]:
    ns = p.parse_args(argv)
    d = vars(ns)
    d['accumulate'] = d['accumulate'].__name__
    print(argv, '->', ns)
ns = p.parse_args(['4', '5', '--sum'])
print(ns.accumulate(ns.integers), 'integers' in ns, 'nope' in ns)
print(p.parse_known_args(['1', '--unknown', 'x', '2']))
print(argparse.Namespace(a=1, b='x') == argparse.Namespace(b='x', a=1))
print(argparse.Namespace(**{'a-b': 1, 'c': 2}))
