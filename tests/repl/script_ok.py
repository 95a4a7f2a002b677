value = 42
print("script ran")
