# Dict and str work: counting words, building and joining strings.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
counts = {}
for _ in range(800):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
parts = []
for i in range(100000):
    parts.append(str(i) + ":" + words[i % len(words)])
s = ",".join(parts)
print(len(counts), counts["gamma"], len(s), s.count("beta"), s[:20].upper())
