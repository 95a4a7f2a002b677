# uncaught custom exception subclass with a __str__ override and extra attributes.
class ConfigError(Exception):
    def __init__(self, key, line):
        super().__init__(key, line)
        self.key, self.line = key, line
    def __str__(self):
        return f"bad value for {self.key!r} on line {self.line}"
class MissingKey(ConfigError):
    pass
try:
    raise ConfigError("port", 3)
except ConfigError as e:
    print("handled:", e, e.args)
raise MissingKey("host", 7)
