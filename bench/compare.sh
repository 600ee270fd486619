#!/usr/bin/env bash
# Side by side in one run: stylelint check and proselint on the same corpus files, and stylelint on 1x, 10x and
# 100x the corpus to show how its cost grows. Prints wall seconds, MB/s and the time ratio.
#   bench/compare.sh [corpus folder] [number of files for the proselint comparison]
# Installs python3-proselint (Debian) when missing. Times stylelint as it ships: the ReadyToRun, self-contained
# publish of tools/publish-cli.sh, made first (into artifacts/stylelint; a few minutes of CPU, unless the one there
# is newer than every source).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
sample="${2:-200}"
[ -d "$corpus" ] || { echo "no corpus at $corpus (put ../shared beside the repository)"; exit 2; }

if ! command -v proselint >/dev/null 2>&1; then
  echo "== installing python3-proselint"
  (apt-get update -qq && apt-get install -y -qq python3-proselint) >/dev/null
fi

echo "== publishing stylelint (tools/publish-cli.sh: ReadyToRun, self-contained)"
stylelint=$(tools/publish-cli.sh artifacts/stylelint --reuse | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
megabytes() { du -cb "$@" | tail -1 | awk '{printf "%.2f", $1/1000000}'; }

# The same files for both tools.
mkdir -p "$work/sample"
# sed, not head: head would stop reading early, and sort, cut off (SIGPIPE), would end the script under pipefail.
ls "$corpus"/*.txt | sort | sed -n "1,${sample}p" | xargs -I{} cp {} "$work/sample/"
mb=$(megabytes "$work"/sample/*.txt)
t_style=$(seconds $stylelint check "$work/sample" --consistency file)
# proselint keeps a result cache per check under $XDG_CACHE_HOME; a warm cache answers a repeat run without
# checking anything (3.7 s instead of 36 s here), so every run starts it with an empty one. StyleLint caches no results.
t_prose=$(XDG_CACHE_HOME="$work/proselint-cache" seconds proselint "$work"/sample/*.txt)
echo "== $sample files, $mb MB, wall seconds on $(nproc) cores (stylelint: $stylelint, the published ReadyToRun CLI, start-up included)"
printf "stylelint  %7.2f s  %7.2f MB/s\n" "$t_style" "$(echo "$mb / $t_style" | bc -l)"
printf "proselint  %7.2f s  %7.2f MB/s\n" "$t_prose" "$(echo "$mb / $t_prose" | bc -l)"
printf "ratio      %7.1fx faster\n" "$(echo "$t_prose / $t_style" | bc -l)"

echo "== stylelint on 1x, 10x, 100x the corpus (copies in one folder)"
for n in 1 10 100; do
  rm -rf "$work/scaled"; mkdir -p "$work/scaled"
  for i in $(seq 1 "$n"); do mkdir -p "$work/scaled/$i"; cp "$corpus"/*.txt "$work/scaled/$i/"; done
  mb=$(du -sb "$work/scaled" | awk '{printf "%.2f", $1/1000000}')
  read -r wall peak <<<"$(/usr/bin/time -f "%e %M" $stylelint check "$work/scaled" --consistency file 2>&1 >/dev/null | tail -1)"
  printf "%4sx  %8.2f MB  %8.2f s  %7.2f MB/s  peak %6.0f MB\n" "$n" "$mb" "$wall" "$(echo "$mb / $wall" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
done
