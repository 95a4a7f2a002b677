# Many generated paragraphs and widths, so every branch of the chunking and packing runs.
import textwrap

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n

pieces = ["hello", "world", "a", "well-known", "self-contained-thing", "--", "---", "foo--bar",
          "x-y", "ab-cd-ef", "Mr.", "end.", "Wow!", "q?", '"quoted."', "it's", " ", "  ",
          "\t", "\n", "supercalifragilistic", "1-2", "a_b-c_d", "état", "-", "--x", "x--",
          "ab-", "-ab", "e.g.", "9th-floor", "co-op", "re-re-entry", "A-B", "zz--yy", "!--a",
          "long-long-long-word", "a-b-c-d-e", "1234567890123"]
for t in range(120):
    words = [pieces[rnd(len(pieces))] for _ in range(rnd(20) + 1)]
    text = "".join(w + [" ", "", "  ", "\t"][rnd(4)] for w in words)
    width = rnd(25) + 3
    kw = {}
    if rnd(3) == 0: kw["break_on_hyphens"] = False
    if rnd(3) == 0: kw["break_long_words"] = False
    if rnd(3) == 0: kw["fix_sentence_endings"] = True
    if rnd(4) == 0: kw["drop_whitespace"] = False
    if rnd(4) == 0: kw["expand_tabs"] = False
    if rnd(4) == 0: kw["replace_whitespace"] = False
    if rnd(3) == 0: kw["initial_indent"] = "* "
    if rnd(3) == 0: kw["subsequent_indent"] = "  "
    if rnd(3) == 0: kw["max_lines"] = rnd(4) + 1
    try:
        print(t, textwrap.wrap(text, width, **kw))
    except ValueError as e:
        print(t, "ValueError:", e)
    print(t, repr(textwrap.shorten(text, width + 12)))
