# raise SystemExit with a string: message goes to stderr, exit status 1; catching SystemExit first is possible.
try:
    raise SystemExit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("now exiting for real")
raise SystemExit("fatal: giving up")
