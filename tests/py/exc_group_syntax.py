# except* syntax errors, through compile(): message, line and columns.
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept* ValueError\n    pass\n",
    "try:\n    pass\nexcept* ValueError as e\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 42\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        if x:\n            return x + 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "try:\n    pass\nexcept* ValueError:\n    with x:\n        continue\n",
    # allowed: loops and functions inside the handler, return in the try body
    "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n        continue\n",
    "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    else:\n        return 2\n    finally:\n        pass\n",
    "while x:\n    try:\n        pass\n    except* ValueError:\n        pass\n    finally:\n        break\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<exg>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
