# sys.exc_info() inside and outside handlers, nested handlers, after handlers finish, in finally, in called functions.
import sys
def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None)
show("outside:")
try:
    raise ValueError("first")
except ValueError:
    show("in handler:")
    try:
        raise KeyError("second")
    except KeyError:
        show("nested handler:")
    show("back in outer handler:")
show("after try:")
def called_from_handler():
    show("in callee:")
try:
    1 / 0
except ZeroDivisionError:
    called_from_handler()
try:
    try:
        raise IndexError("in finally?")
    finally:
        show("finally with exception in flight:")
except IndexError:
    pass
try:
    pass
finally:
    show("finally without exception:")
try:
    raise TypeError("t")
except TypeError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[0] is type(e), sys.exc_info()[2] is e.__traceback__)
show("end:")
def gen_exc():
    try:
        raise RuntimeError("caught inside function")
    except RuntimeError:
        return sys.exc_info()[0].__name__
print(gen_exc())
show("after function:")
try:
    raise ValueError("outer")
except ValueError:
    def inner():
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        show("after inner handler, still in outer:")
    inner()
try:
    raise OSError(5, "io")
except OSError as e:
    print(sys.exc_info()[1].errno, e.__traceback__.tb_lineno, e.__traceback__.tb_next)
