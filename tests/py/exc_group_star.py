# except*: matching splits the group, each handler sees its part, the rest propagates.
import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]

def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  ValueError handler:", repr(e), type(e).__name__)
        print("  exc_info:", repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("  TypeError handler:", repr(e))
run("basic", basic)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("  got", repr(e))
    except* OSError:
        print("  never")
run("partial", partial)

def order():
    # each handler runs at most once, in order, with what the earlier ones left
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("  first", repr(e))
    except* TypeError as e:
        print("  second (never)", repr(e))
run("order", order)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("  values", repr(e))
    except* TypeError as e:
        print("  types", repr(e))
run("nested", nested)

def no_match_passthrough():
    try:
        raise ExceptionGroup("eg", [KeyError(1)])
    except* ValueError:
        print("  never")
run("no match", no_match_passthrough)

def caught_outside():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  handled ValueError")
    except ExceptionGroup as e:
        print("  outer except got", repr(e), leaves(e))
run("caught outside", caught_outside)

def else_finally():
    for exc in (None, ExceptionGroup("eg", [ValueError(1)]), ExceptionGroup("eg", [TypeError(1)])):
        try:
            try:
                if exc:
                    raise exc
                print("  body ok")
            except* ValueError:
                print("  handler")
            else:
                print("  else")
            finally:
                print("  finally")
        except ExceptionGroup as e:
            print("  escaped", repr(e))
run("else/finally", else_finally)

def names_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        print("  ", ne)
run("names", names_cleared)

def exc_info_after():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    print("  after:", sys.exc_info())
run("exc_info after", exc_info_after)

def in_except_block():
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            print("  inner exc_info", repr(sys.exc_info()[1]))
        print("  restored exc_info", repr(sys.exc_info()[1]))
run("inside except", in_except_block)

def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  kbd", repr(e))
    except* Exception as e:
        print("  exc", repr(e))
run("base", base_exceptions)

def star_type_errors():
    for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1)):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1)])
            except* t:
                print("  never")
        except TypeError as e:
            print("  TypeError", e, "| context:", repr(e.__context__))
run("bad types", star_type_errors)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

def subclass_group():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  handler got", type(e).__name__, repr(e))
run("subclass", subclass_group)

def in_loop():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("  iteration", i, repr(e))
            for j in range(2):
                if j == 1:
                    break
                continue
run("loop", in_loop)

def in_generator():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
        yield repr(sys.exc_info()[1])
    except* TypeError as e:
        yield repr(e)
def gen_driver():
    for x in in_generator():
        print("  yielded", x, "| outside:", sys.exc_info()[1])
run("generator", gen_driver)

def func_caller():
    def f():
        try:
            raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
        except* ValueError:
            return_value = "handled"
        return return_value
    return f()
run("function", func_caller)
print(func_caller())
