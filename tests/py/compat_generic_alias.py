import collections, types, functools, itertools
class A: pass
try: print(A[int])
except TypeError as e: print(e)
print(type[int], type[A])
print(tuple[()], tuple[int, ...], list[list[int]], dict[str, 'A'], list[A], list[None], type(list[int]), list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int]([1,2]), list[int] == list[int], list[int] == list, list[int] != list[str])
print(hash(list[int]) == hash(list[int]), list[int].append, repr(list[int].__class__), list[int, str], set[int], frozenset[str], tuple[int](x for x in [1]))
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str], enumerate[int], functools.partial[int], itertools.chain[int])
class B(list[int]): pass
print(B.__mro__, B.__orig_bases__, B([1]))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
import collections.abc
print(collections.abc.Iterable[int], collections.abc.Callable[[int], str], collections.abc.Mapping[str, int])
print(types.GenericAlias is type(list[int]), types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
def f(x: list[int], y: dict[str, list[int]] = None) -> tuple[int, ...]: return x
print(f.__annotations__, f([1]))
x: list[int] = [1, 2]
print(x, list[int].__name__ if hasattr(list[int], "__name__") else "", list[int].__mro__ if False else "")
try: list[int][str]
except TypeError as e: print(e)
d = dict[str, int](a=1); print(d, type(d))
print({list[int]: 1}[list[int]], list[int] in [list[int]])
