try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("while dividing") from e
