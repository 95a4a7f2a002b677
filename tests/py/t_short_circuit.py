# short-circuit evaluation of and/or/not, operand values returned, evaluation order of arguments, subscripts and assignments.
def t(v, tag):
    print(f"  eval {tag} -> {v!r}")
    return v
print("result:", t(0, "a") and t(1, "b"))
print("result:", t(1, "a") and t(2, "b"))
print("result:", t(0, "a") or t("", "b") or t([], "c"))
print("result:", t(1, "a") or t(2, "b"))
print("result:", t(None, "a") or t(0, "b") and t(3, "c"))
print("result:", not t([], "a"), not t("x", "b"))
print(0 and 1, 1 and 0, [] or {}, "a" or "b", None and 1, 0 or None, (1 and 2) or 3, 1 and 2 or 3, 0 and 2 or 3)
print("call args:", t(1, "first") + t(2, "second") * t(3, "third"))
def f(*args): return args
print(f(t("x", "arg1"), t("y", "arg2")))
d = {}
d[t("key", "subscript")] = t("value", "rhs")
print(d)
lst = [0, 0, 0]
lst[t(1, "index")] = t(9, "value")
print(lst)
a = t([1, 2, 3], "container")[t(0, "idx")]
print(a)
x = t(1, "left") if t(True, "cond") else t(2, "right")
print(x)
print({t("k1", "key1"): t("v1", "val1"), t("k2", "key2"): t("v2", "val2")})
print(t(2, "base") ** t(3, "exp"))
print([t(i, f"item{i}") for i in range(2)])
print(t(1, "l") == t(1, "r") or t(False, "never"))
print(any([t(0, "a0"), t(1, "a1")]), all([t(1, "b0"), t(0, "b1")]))
def side(): print("  side effect"); return True
print(False and side(), True or side(), None or side())
print(t(1, "cmp1") < t(0, "cmp2") < t(5, "cmp3"))
