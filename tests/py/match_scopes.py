# names bound by patterns in functions, closures, classes, loops
def f(v):
    match v:
        case [x, y]:
            pass
        case {"a": x, **y}:
            pass
        case _:
            x = y = None
    return x, y
print(f([1, 2]), f({"a": 3, "b": 4}), f(7))

def g():
    result = []
    for item in [1, "a", (1, 2), [3], {"x": 1}]:
        match item:
            case int():
                result.append("int")
                continue
            case str():
                result.append("str")
            case (a, b):
                result.append(f"pair{a}{b}")
                break
        result.append("-")
    return result
print(g())

def closure(v):
    match v:
        case [first, *rest]:
            return lambda: (first, rest)
    return lambda: None
print(closure([1, 2, 3])())

class K:
    match (1, 2):
        case (a, b):
            total = a + b
print(K.a, K.b, K.total)

def failed_bindings(v):
    x = "before"
    match v:
        case [x, 0]:
            pass
        case _:
            pass
    return x
# CPython binds only when the whole pattern matched
print(failed_bindings([5, 1]), failed_bindings([5, 0]))

def evaluation_order():
    log = []
    class Sub:
        def __eq__(self, other):
            log.append(("eq", other))
            return other == 2
    class C:
        V = Sub()
    match [1, 2]:
        case [1, C.V]:
            log.append("matched")
    return log
print(evaluation_order())

def subject_once():
    calls = []
    def subj():
        calls.append(1)
        return 3
    match subj():
        case 1: pass
        case 2: pass
        case 3: print("three")
    return len(calls)
print(subject_once())

def returns_in_cases(v):
    match v:
        case int(): return "int"
        case _: return "other"
print(returns_in_cases(1), returns_in_cases("x"))

