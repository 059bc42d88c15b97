#!/usr/bin/env python3
"""Validate data/actors.tsv and data/demonyms.tsv (stdlib only).

Usage:
    python3 tools/check_actors.py            # check, print warnings, collisions, counts
    python3 tools/check_actors.py --summary  # also print a Markdown table of counts
    python3 tools/check_actors.py --quiet    # errors and the final counts only

Exit status is 1 when an error is found, 0 otherwise. Collisions (one surface
form listed under several entries, e.g. RSF) are reported but are not errors:
the matcher keeps every candidate and the code resolves them from context.

The matcher is case-sensitive and matches each alias as written, its ALL-CAPS
form and its first-letter-upper-cased form; collisions and in-entry
redundancies are computed over those expanded forms.
"""

import argparse
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTORS = os.path.join(ROOT, "data", "actors.tsv")
DEMONYMS = os.path.join(ROOT, "data", "demonyms.tsv")

CATEGORIES = (
    "military", "police", "government", "armed_group", "militia", "party",
    "international_org", "ngo", "media", "company", "other",
)
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")

# Bare words that must never be actor aliases: countries and their short forms
# belong to the places/demonyms files, and generic capitalised nouns would fire
# on every sentence-initial or headline use.
FORBIDDEN_ALIASES = {
    "US", "U.S.", "USA", "UK", "U.K.", "is", "Is", "it", "It", "the", "The",
    "Government", "government", "Army", "army", "Police", "police",
    "Military", "military", "Navy", "navy", "Air Force", "Ministry", "Parliament",
    "Senate", "Court", "Supreme Court", "President", "Presidency", "State",
    "Forces", "Front", "Party", "Movement", "Council", "Agency", "Group",
    "Brigade", "Brigades", "Militia", "Rebels", "Army of", "News",
}


def forms(alias):
    """The surface forms the matcher generates for an alias."""
    out = {alias, alias.upper()}
    if alias:
        out.add(alias[0].upper() + alias[1:])
    return out


class Report:
    def __init__(self, quiet=False):
        self.errors = 0
        self.warnings = 0
        self.quiet = quiet

    def error(self, where, msg):
        self.errors += 1
        print(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print(f"warning {where}: {msg}")


def read_rows(path, ncols, rep):
    """Yield (lineno, fields) for data lines; check header, encoding, layout."""
    name = os.path.relpath(path, ROOT)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        rep.error(name, f"cannot read: {exc}")
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(name, f"not UTF-8: {exc}")
        return []
    if text.startswith("\ufeff"):
        rep.error(name, "starts with a byte-order mark")
    if "\r" in text:
        rep.error(name, "contains carriage returns (use LF line endings)")
    lines = text.split("\n")
    if not lines or not lines[0].startswith("#"):
        rep.error(f"{name}:1", "first line must be a '#' header")
    else:
        hdr = lines[0].lstrip("#").strip().split("\t")
        if len(hdr) != ncols:
            rep.error(f"{name}:1", f"header has {len(hdr)} columns, want {ncols}")
    rows = []
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{name}:{i}"
        if len(cols) != ncols:
            rep.error(where, f"{len(cols)} columns, want {ncols}: {line!r}")
            continue
        for c in cols:
            if c != c.strip():
                rep.error(where, f"field with surrounding whitespace: {c!r}")
        rows.append((where, cols))
    return rows


def split_list(field, where, what, rep, allow_empty=True):
    if field == "":
        if not allow_empty:
            rep.error(where, f"empty {what}")
        return []
    items = field.split("|")
    for it in items:
        if it == "" or it != it.strip():
            rep.error(where, f"empty or padded item in {what}: {field!r}")
    dup = [k for k, n in collections.Counter(items).items() if n > 1]
    if dup:
        rep.error(where, f"duplicate {what} within entry: {', '.join(dup)}")
    return [it for it in items if it]


def check_demonyms(rep):
    rows = read_rows(DEMONYMS, 4, rep)
    codes = {}
    surface = collections.defaultdict(set)
    n_adj = n_people = 0
    n_states = n_groups = 0
    for where, (cc, cname, adjs, people) in rows:
        if cc:
            n_states += 1
            if not COUNTRY_RE.match(cc):
                rep.error(where, f"bad country code {cc!r}")
            if cc in codes:
                rep.error(where, f"country code {cc} repeated (first at {codes[cc]})")
            codes[cc] = where
        else:
            n_groups += 1
        if not cname:
            rep.error(where, "empty country_name")
        a = split_list(adjs, where, "adjectives", rep, allow_empty=False)
        p = split_list(people, where, "people", rep)
        n_adj += len(a)
        n_people += len(p)
        label = f"{cc or '-'} {cname}"
        for w in a + p:
            for f in forms(w):
                surface[f].add(label)
    shared = {f: sorted(v) for f, v in surface.items() if len(v) > 1}
    return {
        "rows": len(rows), "states": n_states, "groups": n_groups,
        "adjectives": n_adj, "people": n_people, "shared": shared,
        "surface": set(surface),
    }


def check_actors(rep, demonym_forms):
    rows = read_rows(ACTORS, 5, rep)
    names = {}
    surface = collections.defaultdict(list)
    by_cat = collections.Counter()
    n_alias = 0
    for where, (name, cat, cc, code, aliases) in rows:
        if not name:
            rep.error(where, "empty name")
        elif name in names:
            rep.error(where, f"name {name!r} repeated (first at {names[name]})")
        names.setdefault(name, where)
        if cat not in CATEGORIES:
            rep.error(where, f"unknown category {cat!r}")
        by_cat[cat] += 1
        if cc and not COUNTRY_RE.match(cc):
            rep.error(where, f"bad country code {cc!r}")
        if code and not CODE_RE.match(code):
            rep.error(where, f"bad code {code!r}")
        al = split_list(aliases, where, "aliases", rep)
        n_alias += len(al)
        if name in al:
            rep.error(where, f"alias repeats the name {name!r}")
        for a in al:
            if a in FORBIDDEN_ALIASES:
                rep.error(where, f"forbidden generic alias {a!r}")
            if a in demonym_forms:
                rep.error(where, f"alias {a!r} is a demonym/country form")
        # Redundant spellings: an alias already generated from another one.
        seen = {}
        for a in [name] + al:
            for f in sorted(forms(a)):
                if f in seen and seen[f] != a and f == a:
                    rep.warn(where, f"alias {a!r} is already generated from {seen[f]!r}")
                seen.setdefault(f, a)
        label = f"{name} [{cat}{', ' + cc if cc else ''}]"
        for f in set().union(*(forms(a) for a in [name] + al)):
            surface[f].append(label)
    collisions = {f: v for f, v in surface.items() if len(v) > 1}
    return {
        "entries": len(rows), "aliases": n_alias, "by_cat": by_cat,
        "collisions": collisions, "forms": len(surface),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--summary", action="store_true", help="print a Markdown count table")
    ap.add_argument("--quiet", action="store_true", help="hide warnings and collision lists")
    args = ap.parse_args()
    rep = Report(args.quiet)

    dem = check_demonyms(rep)
    act = check_actors(rep, dem["surface"])

    if not args.quiet:
        print(f"\nActor surface forms shared by several entries ({len(act['collisions'])}):")
        # Collapse case variants of the same form into one line.
        seen = set()
        for f in sorted(act["collisions"], key=lambda s: (s.upper(), s)):
            key = (f.upper(), tuple(sorted(act["collisions"][f])))
            if key in seen:
                continue
            seen.add(key)
            print(f"  {f}: " + " / ".join(sorted(act["collisions"][f])))
        print(f"\nDemonym forms shared by several rows ({len(dem['shared'])}):")
        seen = set()
        for f in sorted(dem["shared"], key=lambda s: (s.upper(), s)):
            key = (f.upper(), tuple(dem["shared"][f]))
            if key in seen:
                continue
            seen.add(key)
            print(f"  {f}: " + " / ".join(dem["shared"][f]))

    print(f"\nactors.tsv: {act['entries']} entries, {act['aliases']} aliases, "
          f"{act['forms']} distinct surface forms")
    for cat in CATEGORIES:
        print(f"  {cat:18} {act['by_cat'].get(cat, 0)}")
    print(f"demonyms.tsv: {dem['rows']} rows ({dem['states']} with a country code, "
          f"{dem['groups']} peoples/groups), {dem['adjectives']} adjectives, "
          f"{dem['people']} people forms")
    if args.summary:
        print("\n| category | entries |\n| --- | ---: |")
        for cat in CATEGORIES:
            print(f"| `{cat}` | {act['by_cat'].get(cat, 0)} |")
        print(f"| **total** | **{act['entries']}** |")
    print(f"\n{rep.errors} error(s), {rep.warnings} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
