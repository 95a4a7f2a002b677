# SyntaxError arguments from compile(): message, file, line, offset, text and end positions.
try:
    compile("  x=1","f","exec")
except SyntaxError as e:
    print(e.args)
try:
    compile("x = (1,","f","exec")
except SyntaxError as e:
    print(e.args)
try:
    compile("return 5","f","exec")
except SyntaxError as e:
    print(e.args)
