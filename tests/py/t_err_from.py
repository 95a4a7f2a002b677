# uncaught exception raised "from" another: the reported line is the outer exception.
class StorageError(Exception):
    pass
def read(path):
    try:
        return {"a.txt": "data"}[path]
    except KeyError as e:
        raise StorageError(f"cannot read {path}") from e
print(read("a.txt"))
read("b.txt")
