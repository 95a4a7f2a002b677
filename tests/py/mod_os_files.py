# os: directories and files, stat_result, errors with file names, walk
import os

base = 'os_files_tmp_dir'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

os.mkdir(base)
show(os.mkdir, base)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b', 'c'), exist_ok=True)
show(os.makedirs, os.path.join(base, 'a', 'b', 'c'))
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('hello world')
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, 'a', 'f.txt')),
      os.path.getsize(os.path.join(base, 'a', 'f.txt')))
st = os.stat(os.path.join(base, 'a', 'f.txt'))
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8],
      oct(st.st_mode & 0o170000), os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.lstat(base).st_nlink >= 2)
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)), os.listdir(base + '/a/b/c'), sorted(os.listdir(os.fsencode(base))))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
show(os.remove, os.path.join(base, 'nope'))
show(os.rmdir, os.path.join(base, 'a'))
show(os.rename, os.path.join(base, 'nope'), os.path.join(base, 'x'))
show(os.listdir, os.path.join(base, 'nope'))
show(os.stat, os.path.join(base, 'nope'))
show(os.remove, base)
show(os.mkdir, 5); show(os.listdir, 5.0); show(os.stat, 'a\0b'); show(os.remove, None); show(os.stat, 1.5)
fd = os.open(os.path.join(base, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'raw bytes'), os.isatty(fd))
os.close(fd)
fd = os.open(os.path.join(base, 'raw.bin'), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
os.close(fd)
os.remove(os.path.join(base, 'raw.bin'))
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base), os.access('.', os.F_OK), os.access('no_such_file_here', os.R_OK))
os.mkdir(base)
os.mkdir(os.path.join(base, 'sub'))
with open(os.path.join(base, 'file.txt'), 'w') as f:
    f.write('12345')
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-',
          os.fspath(e), e.inode() == os.stat(e.path).st_ino)
print(sorted(e.name for e in os.scandir(os.path.join(base, 'sub'))))
os.remove(os.path.join(base, 'file.txt'))
os.rmdir(os.path.join(base, 'sub'))
os.rmdir(base)
