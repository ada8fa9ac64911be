#!/usr/bin/env bash
# Copies a sample of the corpus the fuzzer grew (fuzz/.cifuzz-corpus, libFuzzer keeps only inputs that reached new
# coverage) into the stored corpus that every build replays, as corpus-<sha1>: at most N per target (default 60), the
# smallest first, so that the replay stays fast.
#   fuzz/keep-corpus.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
n=${1:-60}
for dir in .cifuzz-corpus/org.dvpp.fuzz.*/*; do
  [ -d "$dir" ] || continue
  cls=$(basename "$(dirname "$dir")"); cls=${cls#org.dvpp.fuzz.}
  dest="src/test/resources/org/dvpp/fuzz/${cls}Inputs/$(basename "$dir")"
  mkdir -p "$dest"
  find "$dest" -name 'corpus-*' -delete
  for f in $(ls -S -r "$dir" | sed -n "1,${n}p"); do cp "$dir/$f" "$dest/corpus-$f"; done
  echo "$cls/$(basename "$dir"): kept $(ls "$dest" | grep -c '^corpus-') of $(ls "$dir" | wc -l)"
done
