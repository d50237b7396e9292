# os: folders and files: mkdir, listdir, rename, replace, remove, unlink,
# rmdir, stat, getcwd/chdir, and os.path's questions about them.
import os

d = 'os_files_dir'
os.mkdir(d)
print(os.listdir(d), os.path.isdir(d), os.path.exists(d))
a = os.path.join(d, 'a.txt')
with open(a, 'w') as f:
    f.write('12345')
st = os.stat(a)
print(st.st_size, st.st_mode & 0o170000 == 0o100000, isinstance(st.st_mtime, float))
print(type(st).__name__, st.st_nlink, os.path.getsize(a), os.stat(d).st_mode & 0o170000 == 0o040000)
print(os.path.getmtime(a) == st.st_mtime, st.st_mtime_ns > 0)
os.rename(a, os.path.join(d, 'b.txt'))
print(os.listdir(d), os.path.exists(a))
with open(a, 'w') as f:
    f.write('new')
os.replace(a, os.path.join(d, 'b.txt'))
print(os.listdir(d), open(os.path.join(d, 'b.txt')).read())
os.mkdir(os.path.join(d, 'sub'))
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
here = os.getcwd()
os.chdir(d)
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir('.')))
os.chdir('..')
print(os.getcwd() == here)
os.unlink(os.path.join(d, 'b.txt'))
os.rmdir(os.path.join(d, 'sub'))
print(os.listdir(d))
with open(os.path.join(d, 'c'), 'wb') as f:
    fd = f.fileno()
    print(os.fstat(fd).st_size, os.stat(fd).st_size, os.isatty(fd))
print(os.access(d, os.F_OK), os.access(os.path.join(d, 'none'), os.F_OK))
os.remove(os.path.join(d, 'c'))
os.rmdir(d)
print(os.path.exists(d))
