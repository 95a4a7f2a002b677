# SyntaxError: keyword argument repeated in a call.
print("never printed")
def f(**kw):
    return kw
f(a=1, b=2, a=3)
