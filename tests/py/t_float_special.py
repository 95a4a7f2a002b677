# float inf and nan: arithmetic, comparisons, identity vs equality, containers, conversions, hashing.
inf = float("inf"); nan = float("nan"); ninf = float("-inf")
print(inf, ninf, nan, -nan, repr(inf), str(nan), [inf, nan])
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf, ninf < inf, inf > 10 ** 400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan), (nan,) == (nan,))
print(float("nan") in [float("nan")], {nan: 1}[nan], len({nan, nan}), len({float("nan"), float("nan")}))
print(float("Infinity"), float("-INF"), float("+inf"), float("iNfInItY"), float("NaN"), float("-nan"), float(" inf "))
print(inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf, divmod(5, inf), nan % 1, divmod(inf, 1))
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan), sorted([3, nan, 1]))
print(hash(inf), hash(ninf), hash(0.0), hash(-0.0), hash(nan) == hash(nan))
print(inf.is_integer(), nan.is_integer(), (1e300).is_integer(), round(inf, 2), round(nan, 1))
for f in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan), lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio()]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(bool(nan), bool(inf), bool(0.0), bool(-0.0), nan or 1, 0.0 or "zero")
print(abs(ninf), -inf, -(-inf), inf - 1e308, 1e308 * 1e308 == inf, -1e308 * 1e308)
print(f"{inf:f} {nan:.2f} {inf:e} {ninf:g} {inf:10} {nan:>6}| {inf:+} {1e300 * 1e300:,}")
print(inf.hex(), nan.hex(), ninf.hex(), (-0.0).hex(), float.fromhex("inf"), float.fromhex("-NaN"))
