import argparse

p = argparse.ArgumentParser(prog='demo', description='Shows help, then exits with 0.')
p.add_argument('name', help='who to greet')
p.add_argument('--count', type=int, default=1, help='how many times')
p.parse_args(['--help'])
print('not reached')
