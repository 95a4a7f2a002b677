# complex numbers: literals, repr, arithmetic, attributes, conjugate, abs, equality, errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), type(z).__name__)
print(1j, -1j, 0j, 1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) + 1, 2 - (1 + 1j))
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("1+2j"), complex("-3j"), complex(" 2 "), complex(True))
print(1j ** 2, (1 + 1j) ** 2, (2 + 0j) ** 2, (1 - 1j) ** 3, z ** 0, z ** 1)
print(z == 3 + 4j, z != 3 - 4j, (1 + 0j) == 1, 1.5 == 1.5 + 0j, complex(2, 0) == 2.0)
print(-z, +z, -(0j), complex(-0.0, -0.0), complex(0.0, -0.0), 1e300j * 1e300j)
print(hash(1 + 0j) == hash(1), hash(0j), bool(0j), bool(1j), bool(0 + 0.0j))
print(complex("inf+nanj"), complex(float("inf"), 1), (1 + 2j).__class__, isinstance(1j, complex))
print([1j, 2 + 3.5j], {1j: "i"}, (0.1 + 0.2j) * 10, 1e20 + 1e-20j)
for f in [lambda: 1j < 2j, lambda: 1j // 1, lambda: 1j % 2, lambda: int(1j), lambda: float(1 + 0j)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
print(f"{z}", f"{z:.2f}", format(1.5 - 2j, ">12"), str(complex(1, 1)), "%s" % (2j,))
