# wrap, fill and shorten with the TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? Sphinx of black quartz, "
        "judge my vow.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.shorten(text, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))

hyph = "A well-known, self-contained, state-of-the-art approach -- really -- works."
print(textwrap.wrap(hyph, 12))
print(textwrap.wrap(hyph, 12, break_on_hyphens=False))
long = "Supercalifragilisticexpialidocious is long; so-is-this-hyphenated-thing."
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap(long, 10, break_long_words=False, break_on_hyphens=False))

tabs = "col1\tcol2\tcol3\nnext line\there"
print(textwrap.wrap(tabs, 15))
print(textwrap.wrap(tabs, 15, expand_tabs=False))
print(textwrap.wrap(tabs, 15, replace_whitespace=False))
print(textwrap.wrap(tabs, 20, tabsize=4))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")

w = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("one two three four five six seven eight nine ten"))
w.width = 12
print(w.fill("one two three four five six seven"))
for bad in (0, -1):
    try:
        textwrap.wrap("text", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("some words here", 5, max_lines=1, initial_indent="abcd")
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("Hello there, how are you this fine day?", 20, max_lines=2,
                    placeholder=" [..]"))
print(textwrap.wrap("ümlaut wörds ärë wrapped by characters", 12))
