def f():
    print(count)
    count = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
print(undefined_variable)
