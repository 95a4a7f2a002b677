import string

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords(' hello   wORLD  again '))
print(string.capwords('a-b-c', '-'), string.capwords(''), string.capwords('x  y', ' '))
print(sorted(string.__all__))
print(all(c in string.printable for c in 'Hello, World!\n'))
print(''.join(c for c in 'a1b2c3' if c in string.digits))
