#!/usr/bin/env python3
"""Builds the seed corpora (fuzz/corpus/<target>/, git-ignored) and the
extract/dates dictionary (fuzz/casus.dict) from the dev articles and the
data files. Run from fuzz/: `python3 seed.py`."""
import glob, json, os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


texts = []
for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/dev/*.json"))):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if isinstance(doc, dict) and isinstance(doc.get("text"), str):
        texts.append((os.path.basename(path)[:-5], doc["text"]))

# extract: whole articles (cut at 4096 bytes on a char boundary) and paragraphs.
for name, text in texts:
    raw = text.encode("utf-8")[:4096].decode("utf-8", "ignore").encode("utf-8")
    write("extract", name, raw)
    for i, para in enumerate(p for p in text.split("\n") if p.strip()):
        write("extract", f"{name}-p{i}", para.encode("utf-8"))

# dates: a 5-byte header (selector, i32 LE) and a paragraph. Selectors:
# 0 none, 1 days from CE, 2 near MIN, 3 near MAX, 4 any year, 5 1900..2100.
headers = [
    (0, 0), (1, 736934), (1, -(2**31)), (1, 2**31 - 1), (2, 0), (2, 400),
    (3, 0), (3, 400), (4, 262143), (4, -262144), (5, 118),
]
n = 0
for name, text in texts:
    for para in (p for p in text.split("\n") if p.strip()):
        sel, off = headers[n % len(headers)]
        write("dates", f"{name}-{n}", bytes([sel]) + struct.pack("<i", off) + para.encode("utf-8"))
        n += 1

# gazetteer: a selector byte (0 places, 1 actors, 2 demonyms, 3 all three
# separated by NUL bytes) and the head lines of the data files.
def head(path, lines):
    with open(os.path.join(ROOT, path), "rb") as f:
        return b"".join(f.readlines()[:lines])

places, actors, demonyms = (head("data/places.tsv", 30), head("data/actors.tsv", 30),
                            head("data/demonyms.tsv", 30))
for lines in (5, 12, 30):
    write("gazetteer", f"places-{lines}", b"\0" + head("data/places.tsv", lines))
    write("gazetteer", f"actors-{lines}", b"\1" + head("data/actors.tsv", lines))
    write("gazetteer", f"demonyms-{lines}", b"\2" + head("data/demonyms.tsv", lines))
write("gazetteer", "all-30", b"\3" + places + b"\0" + actors + b"\0" + demonyms)

# Dictionary: trigger and actor phrases, titles, date words.
words = set()
for path, col in (("data/lexicon/triggers.tsv", 0), ("data/lexicon/generic_actors.tsv", 0),
                  ("data/lexicon/titles.txt", 0)):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            words.add(line.rstrip("\n").split("\t")[col])
words |= {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan.", "Feb.", "Sept.", "Oct.",
    "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "today", "yesterday", "tomorrow", "tonight", "last", "next", "this",
    "ago", "later", "earlier", "before", "after", "since", "until", "during", "week",
    "month", "year", "quarter", "weekend", "days", "the day before", "mid-", "Q3",
    "2018", "1999", "2100", "16th", "of", "in", "on", "the", " ", ". ", ", ", "\n",
    "will", "scheduled", "summer", "1990s", "'90s", "2021-03-03", "03/04/2021", "\u2019",
    "Iraqi", "Kirkuk", "Islamic State", "Kaduna State", "said", "not", "did not",
}
with open(os.path.join(HERE, "casus.dict"), "w", encoding="utf-8") as f:
    f.write("# libFuzzer dictionary for the extract and dates targets (built by seed.py).\n")
    for w in sorted(words):
        esc = w.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\x0A")
        esc = "".join(c if ord(c) < 128 else "".join(f"\\x{b:02X}" for b in c.encode("utf-8")) for c in esc)
        f.write(f'"{esc}"\n')
print({t: len(os.listdir(os.path.join(HERE, "corpus", t))) for t in ("extract", "dates", "gazetteer")})
