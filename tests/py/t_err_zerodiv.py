# uncaught ZeroDivisionError "integer division or modulo by zero" computing averages.
def average(xs):
    return sum(xs) // len(xs)
print(average([1, 2, 3]))
print(average([10]))
print(average([]))
