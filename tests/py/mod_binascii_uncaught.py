# binascii.Error escaping the program: the traceback names it binascii.Error
import binascii
import base64
print(base64.b64decode(b"YWJj"))
print(binascii.a2b_hex(b"ab"))
base64.b32decode(b"MZXW6")
