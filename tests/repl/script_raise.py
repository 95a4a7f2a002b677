import sys
data = [1, 2, 3]
print("script ran")
raise RuntimeError("from the script")
