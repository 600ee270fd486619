#!/usr/bin/env bash
# One large article through `stylelint serve`: the corpus joined into one text, cut at the last line end before
# the size given (default 2,000,000 bytes, under the 2 MB body limit), posted as {"text": ...} to /v1/check three
# times. Prints HTTP status, wall seconds, and the server process's own CPU time for each request.
#   bench/server-large.sh [corpus folder] [bytes]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
bytes="${2:-2000000}"
[ -d "$corpus" ] || { echo "no corpus at $corpus (put ../shared beside the repository)"; exit 2; }
dotnet build src/StyleLint.Cli -c Release -p:UseSharedCompilation=false -v q -nologo >/dev/null
work=$(mktemp -d)
token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
cat "$corpus"/*.txt | python3 -c "
import json, sys
text = sys.stdin.buffer.read()[:$bytes].decode('utf-8', 'ignore')
text = text[:text.rfind('\n')]
json.dump({'text': text}, open('$work/body.json', 'w'))
print(f'{len(text):,} characters')"
port=$((20000 + RANDOM % 20000))
STYLELINT_TOKENS=$token dotnet src/StyleLint.Cli/bin/Release/net10.0/stylelint.dll serve --urls "http://127.0.0.1:$port" --timeout 600 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do curl -s "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{printf "%.0f", ($14 + $15) * 1000 / t}' "/proc/$server/stat"; }
for _ in 1 2 3; do
  before=$(cpu)
  result=$(curl -s -o "$work/out.json" -w "HTTP %{http_code}, %{time_total} s wall" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary @"$work/body.json" "http://127.0.0.1:$port/v1/check")
  echo "$result, server CPU $(( $(cpu) - before )) ms, load average $(cut -d' ' -f1 /proc/loadavg)"
done
