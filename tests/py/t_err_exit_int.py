# sys.exit with an integer status: the status becomes the exit code, finally blocks run, stderr is empty.
import sys
try:
    print("about to exit with 4")
    sys.exit(4)
finally:
    print("finally runs during SystemExit")
print("not reached")
