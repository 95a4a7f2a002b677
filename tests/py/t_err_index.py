# uncaught IndexError "list index out of range" from an off-by-one loop.
data = [10, 20, 30]
for i in range(len(data) + 1):
    print(i, data[i])
