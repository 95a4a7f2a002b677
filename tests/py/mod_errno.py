import errno, os
print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.EAGAIN == errno.EWOULDBLOCK)
print(list(errno.errorcode.items())[:10], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("E")) == sorted(set(errno.errorcode.values()) | {"EWOULDBLOCK", "EDEADLK", "EOPNOTSUPP"}))
print(errno.__doc__.splitlines()[-1])
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(os.strerror(errno.EACCES))
