#!/usr/bin/env bash
# Publishes the stylelint command in its fast-starting form: ReadyToRun (code compiled ahead of time), self-contained
# (the .NET runtime ships inside, so the framework's generic code over StyleLint's types is precompiled as well; see
# StyleLint.Cli.csproj). One 5 KB article: ~0.12-0.14 s end to end instead of ~0.3 s for `dotnet stylelint.dll` from
# a plain build (README, Speed).
#   tools/publish-cli.sh [output folder, default artifacts/stylelint] [--framework-dependent] [--reuse]
# --framework-dependent: ReadyToRun on the installed .NET runtime instead (70 MB instead of 175 MB, ~10-15 ms slower
# to start). --reuse: keep a CLI already published there in the same form when no source, rule or build file is newer
# than it (the bench scripts use this: publishing costs a few minutes of CPU). Prints the path of the executable on its
# last line.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/stylelint
self_contained=true
reuse=false
for arg in "$@"; do
  case "$arg" in
    --framework-dependent) self_contained=false ;;
    --reuse) reuse=true ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) out="$arg" ;;
  esac
done
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 2 ;;
esac
case "$(uname -s)" in
  Linux) rid="linux-$arch" ;;
  Darwin) rid="osx-$arch" ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 2 ;;
esac
if [ "$reuse" = true ] && [ -x "$out/stylelint" ]; then
  # The same form: a self-contained folder carries the runtime, a framework-dependent one does not.
  same_form=false
  if [ -e "$out/libcoreclr.so" ] || [ -e "$out/libcoreclr.dylib" ]; then [ "$self_contained" = true ] && same_form=true
  else [ "$self_contained" = false ] && same_form=true; fi
  newer=$(find src rules generators Directory.Build.props Directory.Packages.props -newer "$out/stylelint" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null || true)
  if [ "$same_form" = true ] && [ -z "$newer" ]; then
    echo "reusing $out (published after every source change)" >&2
    echo "$out/stylelint"
    exit 0
  fi
fi
# Start clean: the ReadyToRun step is incremental on its inputs, not on the options above, so images made for the
# other form would be reused; and a folder that held the other form would keep its extra files.
rm -rf "src/StyleLint.Cli/obj/Release/net10.0/$rid/R2R"
if [ -e "$out/stylelint.dll" ]; then rm -rf "$out"; fi
dotnet publish src/StyleLint.Cli -c Release -r "$rid" --self-contained "$self_contained" -p:PublishReadyToRun=true \
  -p:UseSharedCompilation=false -o "$out" -v q -nologo >&2
echo "$out/stylelint"
