# os.makedirs, os.walk (top-down and bottom-up), os.scandir and
# os.removedirs.
import os

d = 'os_walk_dir'
os.makedirs(os.path.join(d, 'a', 'b'))
os.makedirs(os.path.join(d, 'c'), exist_ok=True)
os.makedirs(os.path.join(d, 'a'), exist_ok=True)
for name in ['a/f1.txt', 'a/b/f2.txt', 'top.txt']:
    with open(os.path.join(d, name), 'w') as f:
        f.write(name)

for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root, dirs, sorted(files))
print([root for root, dirs, files in sorted(os.walk(d, topdown=False))])
for root, dirs, files in os.walk(d):
    if 'a' in dirs:
        dirs.remove('a')  # pruning skips the subtree
    print('pruned', root, sorted(dirs))
print(list(os.walk('no_such_dir')))

with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e) == e.path)
print(repr(entries[0]), entries[-1].stat().st_size)
print(sorted(e.name for e in os.scandir(os.path.join(d, 'a'))))

for name in ['a/f1.txt', 'a/b/f2.txt', 'top.txt']:
    os.remove(os.path.join(d, name))
os.rmdir(os.path.join(d, 'c'))
os.removedirs(os.path.join(d, 'a', 'b'))
print(os.path.exists(d))
