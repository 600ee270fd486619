#!/usr/bin/env bash
# Peak memory (RSS) and CPU time of `stylelint check` on a huge file and on many files, the figures of issue 9's
# goals: a 50 MB file in a few copies of itself, and memory flat from 1x to 100x the corpus.
#   bench/memory.sh [corpus folder] [multiples of the corpus, default "1 10 100"]
# The huge file is the corpus joined 13 times (about 50 MB). Copies are hard links where the file system allows.
# Times the published CLI (tools/publish-cli.sh --reuse: made first if missing or older than the sources), the form the
# README's start-up figures use. Each line: what, MB, wall s, CPU s (user+sys), peak RSS MB.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
multiples="${2:-1 10 100}"
[ -d "$corpus" ] || { echo "no corpus at $corpus (put ../shared beside the repository)"; exit 2; }

stylelint=$(tools/publish-cli.sh artifacts/stylelint --reuse | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # what, megabytes, check arguments...
  local what=$1 mb=$2; shift 2
  read -r wall user sys peak <<<"$(/usr/bin/time -f "%e %U %S %M" $stylelint check --format json "$@" 2>&1 >/dev/null | tail -1)"
  printf "%-34s %8.1f MB  %8.1f s wall  %7.1f s CPU  peak %5.0f MB\n" "$what" "$mb" "$wall" "$(echo "$user + $sys" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
}

for i in $(seq 1 13); do cat "$corpus"/*.txt; done > "$work/huge.txt"
measure "one file, corpus joined 13 times" "$(du -b "$work/huge.txt" | awk '{print $1/1000000}')" "$work/huge.txt"
rm "$work/huge.txt"

for n in $multiples; do
  rm -rf "$work/scaled"; mkdir -p "$work/scaled"
  for i in $(seq 1 "$n"); do mkdir -p "$work/scaled/$i"; cp -l "$corpus"/*.txt "$work/scaled/$i/" 2>/dev/null || cp "$corpus"/*.txt "$work/scaled/$i/"; done
  mb=$(echo "$n * $(du -cb "$corpus"/*.txt | tail -1 | awk '{print $1}') / 1000000" | bc -l)
  measure "${n}x corpus, consistency per file" "$mb" "$work/scaled" --consistency file
  measure "${n}x corpus, consistency run-wide" "$mb" "$work/scaled"
done
