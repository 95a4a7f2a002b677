import json
import sys

json.dump({"a": [1, 2], "b": "c"}, sys.stdout)
print()
json.dump([1, {"x": None}], sys.stdout, indent=2)
print()
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
c = Collect()
json.dump({"k": [True, 1.5]}, c, sort_keys=True)
print(c.read(), json.load(c))
print(json.dumps(json.loads('{"z": 1, "a": [3, 2, 1]}'), sort_keys=True, indent=3))
json.loads('[1, 2')
