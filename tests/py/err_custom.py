class ValidationError(Exception):
    pass
print("validating")
raise ValidationError("field 'age' must be positive")
