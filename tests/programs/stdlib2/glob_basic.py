import glob
import os
import tempfile

# A scratch folder of its own, so that concurrent runs never collide.
home = os.getcwd()
scratch = tempfile.mkdtemp()
os.chdir(scratch)
root = 'glob_scratch'
files = ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt',
         'sub/deep/f.py', 'sub/.h/g.py', 'x[1].txt', 'q?.txt']
for f in files:
    path = os.path.join(root, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as fp:
        fp.write(f)


def show(pattern, **kw):
    print(pattern, kw, sorted(glob.glob(pattern, **kw)))


show(root + '/*.py')
show(root + '/*')
show(root + '/*', include_hidden=True)
show(root + '/.*')
show(root + '/?.txt')
show(root + '/[ab].py')
show(root + '/*/*.py')
show(root + '/**/*.py')
show(root + '/**/*.py', recursive=True)
show(root + '/**', recursive=True)
show(root + '/**/', recursive=True)
show(root + '/sub/**/*.py', recursive=True, include_hidden=True)
show(root + '/nothere/*')
show(root + '/a.py')
show(root + '/missing.py')
show(root + '/sub/')
show(glob.escape(root + '/x[1].txt'))
show(root + '/x[1].txt')
show(glob.escape(root + '/q?.txt'))
show('*.py', root_dir=root)
show('**/*.txt', root_dir=root, recursive=True)
print(sorted(glob.iglob(root + '/sub/*')))
print(glob.escape('a*b?c[d]'), glob.has_magic('a[b'), glob.has_magic('plain'), glob.escape(b'x*'))
print(sorted(glob.glob(os.fsencode(root) + b'/*.py')))

for dirpath, dirnames, filenames in sorted(os.walk(root, topdown=False)):
    pass
for f in files:
    os.remove(os.path.join(root, f))
for d in ['sub/deep', 'sub/.h', 'sub', '']:
    os.rmdir(os.path.join(root, d))
print(os.path.exists(root))
os.chdir(home)
os.rmdir(scratch)
