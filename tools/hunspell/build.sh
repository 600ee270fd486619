#!/usr/bin/env bash
# Regenerates the default dictionary of Vale `spelling` rules (src/StyleLint.Core/Data/en_US-web.aff.gz,
# en_US-web.dic.gz; the notices are in Data/en_US-web.LICENSE.md). Sources and licenses: tools/hunspell/SOURCES.md.
#
# Usage (from anywhere inside the repository):
#   tools/hunspell/build.sh                    Vale's en_US-web at the pinned commit, from GitHub (curl)
#   VALE_REPO=/path/to/vale tools/hunspell/build.sh   the same files from a local clone of errata-ai/vale
#   tools/hunspell/build.sh --debian           Debian's hunspell-en-us instead (needs root for apt-get); Vale's
#                                              suite then loses the scenarios that use words only en_US-web has
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
data="$root/src/StyleLint.Core/Data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--debian" ]; then
  want="1:2020.12.07-2"
  if [ "$(dpkg-query -W -f='${Version}' hunspell-en-us 2>/dev/null || true)" != "$want" ]; then
    apt-get install -y -qq "hunspell-en-us=$want" >/dev/null
  fi
  cp /usr/share/hunspell/en_US.aff "$work/en_US-web.aff"
  cp /usr/share/hunspell/en_US.dic "$work/en_US-web.dic"
else
  commit="bb78a3211355f1b93283fa646b543196c0a8b9e8"
  for ext in aff dic; do
    if [ -n "${VALE_REPO:-}" ]; then
      git -C "$VALE_REPO" show "$commit:internal/spell/data/en_US-web.$ext" > "$work/en_US-web.$ext"
    else
      curl -fsSL "https://raw.githubusercontent.com/errata-ai/vale/$commit/internal/spell/data/en_US-web.$ext" -o "$work/en_US-web.$ext"
    fi
  done
  # The files this script was written against: a different download is an error, not a silent change.
  (cd "$work" && sha256sum -c --quiet - <<'SUMS'
e3aa3f24f75ea49468f79f0aaf43e1095797f465d90ebd5a3e47690612e4b189  en_US-web.aff
43829bd20f983dc970916c347c4fc7a224e8fa2d4e7134219b1f9b840e82f00b  en_US-web.dic
SUMS
  )
fi

for ext in aff dic; do
  # -n: no name or time stamp, so the same input gives the same bytes.
  gzip -9 -n -c "$work/en_US-web.$ext" > "$data/en_US-web.$ext.gz"
done
echo "wrote $data/en_US-web.aff.gz, en_US-web.dic.gz"
