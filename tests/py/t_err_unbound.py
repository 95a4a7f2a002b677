# uncaught UnboundLocalError: a local assigned only in one branch is read on the other.
def pick(flag):
    if flag:
        choice = "left"
    return choice
print(pick(True))
pick(False)
