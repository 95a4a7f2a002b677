# str indexing and slicing: negative indices, steps, out-of-range bounds, empty results, IndexError.
s = "0123456789"
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1], s[-1:-4:-1], s[::3], s[::-3])
print(s[100:], s[-100:], s[:100], s[5:100:2], s[-100:100:4], s[100:-100:-7], s[3:3], s[5:2], s[0:0:-1])
print(s[None:None:None], s[None:5], s[5:None:-1], s[slice(2, 6)], s[slice(None, None, -4)], s[slice(-2, None)])
for i in [-11, 10, 100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld €😀"
print(u[1], u[-1], u[-2], u[::-1], u[1:5], u[::2], len(u), u[7:9], u[-3:])
print(s[True], s[False:True], "abc"[-0], "a"[0:1], ""[0:5], ""[::-1])
word = "racecar"
print(word == word[::-1], word[len(word) // 2], [s[i:i + 3] for i in range(0, len(s), 3)])
for step in (1, 2, 3, -1, -2, -5):
    print(step, s[::step], s[2:8:step], s[8:2:step])
print(s[2:9][::-1][1:4], s[-5:][::2], s.__getitem__(4), s.__getitem__(slice(1, 3)))
