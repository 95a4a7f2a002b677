# sys.getsizeof of str by kind (ASCII, latin-1, UCS-2, UCS-4) and length, plus bytes and bytearray sizes.
import sys
sz = sys.getsizeof
for ch in ["a", "é", "€", "😀"]:
    print(repr(ch), [sz(ch * n) for n in [0, 1, 2, 5, 10, 100]])
print(sz(""), sz("abc"), sz("a" * 1000), sz("é" * 1000), sz("€" * 1000), sz("😀" * 1000))
print("mixed:", sz("aé"), sz("a€"), sz("a😀"), sz("é€"), sz("€😀"), sz("abc" + "😀"))
print("runtime built:", sz("".join(["ab", "cd"])), sz(str(12345)), sz(repr(1.5)), sz("x".upper()))
print("bytes:", [sz(b"x" * n) for n in [0, 1, 2, 10, 100]], sz(bytes(1000)))
ba = bytearray()
sizes = [sz(ba)]
for i in range(20):
    ba.append(i)
    sizes.append(sz(ba))
print("bytearray growth:", sizes)
print("bytearray ctor:", sz(bytearray(b"abc")), sz(bytearray(10)), sz(bytearray(b"")))
