# Set displays of constants: CPython's order (its constant merging rebuilds the frozenset).
print({"apple", "banana", "cherry"}, set(["apple", "banana", "cherry"]))
print("x" in {"apple", "banana", "cherry"}, {1, 2, 3, 9, 17})
for w in {"pear", "fig", "kiwi", "lime", "date"}: print(w, end=" ")
print()
