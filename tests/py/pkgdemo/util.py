def shout(s):
    return s.upper() + "!"
loaded = True
