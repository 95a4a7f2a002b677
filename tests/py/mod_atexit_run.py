import atexit
atexit.register(print, "a")
atexit.register(print, "b")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "c")
atexit._clear()
atexit.register(print, "d")

def exits():
    raise SystemExit(5)
atexit.register(exits)
print("end of program")
