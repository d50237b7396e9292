import argparse

p = argparse.ArgumentParser(prog='demo')
p.add_argument('name')
p.add_argument('--count', type=int, default=1)
print(p.parse_args(['bob']))
p.parse_args(['bob', '--count', 'many'])
print('not reached')
