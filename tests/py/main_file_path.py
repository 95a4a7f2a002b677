# The main script is named by its absolute path in __file__ and in its code objects (CPython 3.11).
import sys
def f():
    pass
print(__file__.startswith("/"), __file__.endswith("/main_file_path.py"))
print(f.__code__.co_filename == __file__, sys.argv[0] == "main_file_path.py")
