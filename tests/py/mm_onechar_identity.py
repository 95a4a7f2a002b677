# One-character strings: chr(), indexing and slicing return the latin-1 singletons; a constant
# that looks like an identifier is interned at compile time, and for most letters CPython 3.11
# already holds another interned object for it.
import sys

for c in "xag0_Z9é":
    s = c                       # the constant
    print(repr(c), chr(ord(c)) is s, "abc xag0_Z9é"[("abc xag0_Z9é").index(c)] is chr(ord(c)),
          sys.intern(chr(ord(c))) is s)

word = "python"
print(word[0] is "python"[0], word[0] is 'p', word[1:2] is word[1])
print(str(5) is '5', chr(53) is str(5), format(7) is '7')
letters = [chr(i) for i in range(97, 123)]
print(''.join(ch for ch in letters if ch is eval(repr(ch))))
print(''.join(ch for ch in letters if ch is sys.intern(ch)))
print(chr(0) is '\x00', chr(255) is 'ÿ', 'ÿ' is bytes([255]).decode('latin-1'))
