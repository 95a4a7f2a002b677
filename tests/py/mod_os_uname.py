import os
u = os.uname()
print(type(u), type(u).__name__, len(u), isinstance(u, tuple))
print(u.sysname, u[0] == u.sysname, u.machine == u[4])
print(all(isinstance(x, str) for x in u))
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
print(os.uname_result is type(u), "uname" in dir(os))
