# shutil in a scratch folder of its own: copyfile/copy/copy2, copytree with
# ignore_patterns and dirs_exist_ok, move (file and directory), rmtree
# with its error handlers, which and get_terminal_size.
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix='ouro-shutil-')
j = lambda *p: os.path.join(base, *p)

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for name in dirs + files:
            out.append(os.path.relpath(os.path.join(root, name), top))
    return sorted(out)

try:
    os.makedirs(j('src', 'sub', 'deep'))
    for name, text in [('a.txt', 'alpha'), ('b.log', 'beta'), ('sub/c.txt', 'gamma'),
                       ('sub/deep/d.pyc', 'delta')]:
        with open(j('src', name), 'w') as f:
            f.write(text)
    print(shutil.copyfile(j('src', 'a.txt'), j('copy.txt')) == j('copy.txt'))
    with open(j('copy.txt')) as f:
        print(f.read())
    os.mkdir(j('dest'))
    print(os.path.relpath(shutil.copy(j('src', 'a.txt'), j('dest')), base))
    print(os.path.relpath(shutil.copy2(j('src', 'b.log'), j('dest', 'b2.log')), base))
    print(tree(j('dest')))
    print(shutil.copytree(j('src'), j('tree')) == j('tree'), tree(j('tree')))
    shutil.copytree(j('src'), j('tree2'), ignore=shutil.ignore_patterns('*.pyc', '*.log'))
    print(tree(j('tree2')))
    shutil.copytree(j('src'), j('tree2'), dirs_exist_ok=True)
    print(tree(j('tree2')))
    print(os.path.relpath(shutil.move(j('copy.txt'), j('dest')), base))
    print(os.path.relpath(shutil.move(j('tree2'), j('moved')), base), os.path.exists(j('tree2')))
    print(os.path.relpath(shutil.move(j('moved'), j('dest')), base), tree(j('dest'))[:4])
    for bad in [lambda: shutil.copyfile(j('nope'), j('x')),
                lambda: shutil.copyfile(j('src', 'a.txt'), j('src', 'a.txt')),
                lambda: shutil.rmtree(j('nope')), lambda: shutil.copytree(j('src'), j('tree')),
                lambda: shutil.move(j('dest', 'copy.txt'), j('dest'))]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, isinstance(e, shutil.Error), getattr(e, 'strerror', None))
    shutil.rmtree(j('nope'), ignore_errors=True)
    seen = []
    shutil.rmtree(j('nope'), onerror=lambda fn, p, info: seen.append((fn.__name__, info[0].__name__)))
    print(seen)
    shutil.rmtree(j('tree'))
    print(os.path.exists(j('tree')), sorted(os.listdir(base)))
    print(shutil.which('sh') is not None, shutil.which('no-such-command-here'),
          shutil.which('sh', path='') is None, shutil.which('nope', path=base))
    os.environ['COLUMNS'] = '100'
    os.environ['LINES'] = '7'
    size = shutil.get_terminal_size()
    print(size, size.columns, size.lines, tuple(size))
    del os.environ['COLUMNS'], os.environ['LINES']
    print(shutil.get_terminal_size((33, 44)))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
