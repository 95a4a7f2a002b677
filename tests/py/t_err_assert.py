# uncaught AssertionError with a formatted message from a validation function.
def validate(age):
    assert isinstance(age, int), "age must be an int"
    assert 0 <= age < 150, f"age out of range: {age}"
    return age
print(validate(30))
try:
    validate("x")
except AssertionError as e:
    print("handled:", e)
validate(200)
