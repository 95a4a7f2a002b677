# argparse error path for real: usage and message on stderr, exit status 2,
# prog taken from sys.argv[0].
import argparse
import os

os.environ["COLUMNS"] = "80"
p = argparse.ArgumentParser()
p.add_argument("x")
p.add_argument("--flag", action="store_true")
print(p.prog)
print(p.format_usage(), end="")
print(p.parse_args(["1", "--flag"]))
p.parse_args(["--flag"])
print("not reached")
