# Integer loops: arithmetic on small ints in a while loop and a for loop.
total = 0
i = 0
while i < 3000000:
    total += i * 3 % 7
    i += 1
for j in range(2000000):
    total ^= j
print(total)
