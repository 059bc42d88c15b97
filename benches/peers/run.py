#!/usr/bin/env python3
"""Peers of casus's gazetteer matching, timed on the benchmark corpus.

    python3 -m venv target/peers-venv
    target/peers-venv/bin/pip install -r benches/peers/requirements.txt
    CASUS_BENCH_CORPUS_ONLY=1 cargo bench --bench throughput   # writes target/bench-corpus/
    target/peers-venv/bin/python benches/peers/run.py \
        target/bench-corpus/news.txt target/bench-corpus/names.txt

`names.txt` is the extractor's own case-sensitive name patterns (places,
actors, demonyms; as written, ALL CAPS and capitalised), written by the bench.
Every peer gets the same patterns and only finds them: no segmentation, no
dates, no frames, no events. casus does all of that in the time it reports.

- flashtext: KeywordProcessor(case_sensitive=True), extract_keywords over the
  whole text (its own word boundaries: [A-Za-z0-9_]).
- pyahocorasick: Automaton, iter_long (leftmost-longest, non-overlapping) over
  the whole text, keeping matches whose neighbours are not alphanumeric.
- spaCy: spacy.blank("en") tokenizer + PhraseMatcher (ORTH, case-sensitive),
  on the first --spacy-mb MB of articles (it is slow); MB/s is measured on
  that subset, and the full-corpus time is extrapolated.

MB = 10**6 bytes of UTF-8 text. Times are wall-clock, one run each, single
thread.
"""

import argparse
import platform
import sys
import time


def mbs(nbytes, seconds):
    return nbytes / 1e6 / seconds if seconds > 0 else float("inf")


def run_flashtext(text, names):
    from flashtext import KeywordProcessor

    t = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=True)
    for n in names:
        kp.add_keyword(n)
    build = time.perf_counter() - t
    t = time.perf_counter()
    found = kp.extract_keywords(text)
    scan = time.perf_counter() - t
    return build, scan, len(found)


def run_pyahocorasick(text, names):
    import ahocorasick

    t = time.perf_counter()
    a = ahocorasick.Automaton()
    for i, n in enumerate(names):
        a.add_word(n, (i, len(n)))
    a.make_automaton()
    build = time.perf_counter() - t
    t = time.perf_counter()
    count = 0
    end_of_text = len(text) - 1
    for end, (_, length) in a.iter_long(text):
        start = end - length + 1
        if start > 0 and text[start - 1].isalnum():
            continue
        if end < end_of_text and text[end + 1].isalnum():
            continue
        count += 1
    scan = time.perf_counter() - t
    return build, scan, count


def run_spacy(articles, names):
    import spacy
    from spacy.matcher import PhraseMatcher

    t = time.perf_counter()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("NAME", list(nlp.tokenizer.pipe(names)))
    build = time.perf_counter() - t
    t = time.perf_counter()
    count = 0
    for doc in nlp.tokenizer.pipe(articles):
        count += len(matcher(doc))
    scan = time.perf_counter() - t
    return build, scan, count


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="news.txt (articles separated by blank lines)")
    ap.add_argument("names", help="names.txt (one pattern a line)")
    ap.add_argument("--spacy-mb", type=float, default=4.0,
                    help="MB of whole articles given to spaCy (default 4)")
    ap.add_argument("--only", choices=["flashtext", "pyahocorasick", "spacy"],
                    action="append", help="run only these peers")
    args = ap.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        text = f.read()
    with open(args.names, encoding="utf-8") as f:
        names = [line.rstrip("\n") for line in f if line.strip()]
    nbytes = len(text.encode("utf-8"))
    articles = [a for a in text.split("\n\n\n") if a.strip()]
    print(f"python {platform.python_version()}; corpus {nbytes / 1e6:.1f} MB, "
          f"{len(articles)} articles; {len(names)} name patterns", file=sys.stderr)

    rows = []
    peers = args.only or ["flashtext", "pyahocorasick", "spacy"]
    if "pyahocorasick" in peers:
        from importlib.metadata import version
        b, s, c = run_pyahocorasick(text, names)
        rows.append((f"pyahocorasick {version('pyahocorasick')}", "whole corpus", nbytes, b, s, c, s))
        print(f"pyahocorasick done: {s:.1f}s", file=sys.stderr)
    if "flashtext" in peers:
        b, s, c = run_flashtext(text, names)
        rows.append(("flashtext 2.7", "whole corpus", nbytes, b, s, c, s))
        print(f"flashtext done: {s:.1f}s", file=sys.stderr)
    if "spacy" in peers:
        import spacy
        subset, size = [], 0
        for a in articles:
            if size >= args.spacy_mb * 1e6:
                break
            subset.append(a)
            size += len(a.encode("utf-8"))
        b, s, c = run_spacy(subset, names)
        rows.append((f"spaCy {spacy.__version__} blank(en) + PhraseMatcher",
                     f"first {size / 1e6:.1f} MB", size, b, s, c, s * nbytes / size))
        print(f"spacy done: {s:.1f}s", file=sys.stderr)

    print("| peer (names only) | text | build s | scan s | MB/s | matches | whole corpus s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, what, size, b, s, c, whole in rows:
        print(f"| {name} | {what} | {b:.2f} | {s:.2f} | {mbs(size, s):.2f} | {c} | {whole:.1f} |")


if __name__ == "__main__":
    main()
