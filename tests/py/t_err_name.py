# uncaught NameError for an undefined global name used inside a nested function call.
def greet(name):
    message = "hello " + name
    return message + punctuation_mark
print("calling greet")
greet("ouro")
