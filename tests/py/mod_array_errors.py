from array import array

tests = ['array("z")', 'array(1)', 'array("ii")', 'array("b", [200])', 'array("b", [-200])',
         'array("b", [2**20])', 'array("B", [256])', 'array("B", [-1])', 'array("h", [2**15])',
         'array("h", [-2**15-1])', 'array("H", [2**16])', 'array("H", [-1])', 'array("H", [2**40])',
         'array("i", [2**31])', 'array("I", [2**32])', 'array("I", [-1])', 'array("l", [2**63])',
         'array("L", [2**64])', 'array("L", [-1])', 'array("q", [2**63])', 'array("Q", [-1])',
         'array("Q", [2**64])', 'array("i", ["a"])', 'array("i", [1.5])', 'array("f", ["a"])',
         'array("i", "abc")', 'array("u", ["ab"])', 'array("u", [1])', 'array("i", [1,2])[5]',
         'array("i").pop()', 'array("i", [1]).pop(5)', 'array("i", [1]).remove(3)',
         'array("i", [1]).index(3)', 'array("i").frombytes(b"abc")', 'array("i", [1]) + [2]',
         'array("i", [1]) + array("d")', 'array("i", [1]).extend(array("d"))',
         'hash(array("i"))', 'array("i", [1]).fromlist((1,))', 'array("i").tounicode()',
         'array(typecode="i")', 'array("i", [1])["a"]', 'array("i",[1,2,3]).index(2, 2)',
         'array("i", array("d", [1.0]))', 'array("i", [True, False])', 'array("d", [True, 2**60])',
         'array("u", "x").fromunicode(1)', 'array()']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
a = array('i', [1, 2, 3])
try:
    a += [4]
except TypeError as e:
    print(e)
try:
    a.extend([4, 'x', 5])
except TypeError as e:
    print(e, a)
try:
    a.fromlist([6, 'y'])
except TypeError as e:
    print(e, a)
