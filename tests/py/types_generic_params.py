# Type variables in built-in generic aliases and unions: __parameters__ and substitution.
import typing
T = typing.TypeVar("T")
K = typing.TypeVar("K")
V = typing.TypeVar("V")
print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, V].__parameters__)
print(list[T][int], dict[K, V][str, int], dict[str, list[V]][bytes])
print((T | None)[int] if hasattr(T | None, "__args__") else "typing union")
print((list[T] | set[T])[int], (list[T] | None)[str])
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(list[int].__parameters__, (int | str).__parameters__, (int | list[T]).__parameters__)
print(list[T] == list[T], list[T][int] == list[int], hash(list[int]) == hash(list[T][int]))
