# sys.exit(None) and exit with code 0 end the program successfully; output after it never appears.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught code", e.code, repr(e))
print("exiting with None")
sys.exit(None)
print("not reached")
