import argparse
import io
import os
import sys
import tempfile

d = tempfile.mkdtemp()
args_path = os.path.join(d, 'args.txt')
more_path = os.path.join(d, 'more.txt')
with open(args_path, 'w') as f:
    f.write('--name\nfrom file\n@' + more_path + '\n')
with open(more_path, 'w') as f:
    f.write('-v\n-v\n')

p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='count', default=0)
p.add_argument('rest', nargs='*')
print(p.parse_args(['@' + args_path, 'x', 'y']))


class Words(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


w = Words(prog='w', fromfile_prefix_chars='+')
w.add_argument('words', nargs='+')
with open(args_path, 'w') as f:
    f.write('one two\n  three  \n')
print(w.parse_args(['+' + args_path, '@literal']))
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
try:
    p.parse_args(['@' + os.path.join(d, 'missing.txt')])
except SystemExit as e:
    print('exit', e.code)
sys.stderr = saved
print(err.getvalue().splitlines()[-1].split(':')[0:3])
os.remove(args_path)
os.remove(more_path)
os.rmdir(d)
