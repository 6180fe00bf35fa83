#!/usr/bin/env bash
# Builds one libFuzzer harness of Fuzz/ with the fuzzer and address sanitizer and runs it.
# Usage: bash scripts/fuzz.sh TARGET SECONDS
#   TARGET: reading | workbook | grammars | layout | archive | frames
# The corpus grows in Fuzz/corpus/TARGET (seeded from the Corpus samples and tests' fixtures);
# crashers are written to Fuzz/crashers/. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz.sh TARGET SECONDS}
seconds=${2:?usage: fuzz.sh TARGET SECONDS}
export OMP_THREAD_LIMIT=1
name="Fuzz$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}"
(cd Fuzz && swift build -c release --product "$name" -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld >&2)
binary="Fuzz/.build/release/$name"
corpus="Fuzz/corpus/$target"
mkdir -p "$corpus" Fuzz/crashers
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    reading)  for f in $(find Corpus Tests ../shared/real-world -name '*.csv' -size -64k 2>/dev/null | head -40); do
                { printf '\000'; cat "$f"; } > "$corpus/$(basename "$f")"; done ;;
    workbook) find Tests ../shared/real-world -name '*.xlsx' -size -256k 2>/dev/null | head -20 | xargs -r -I{} cp {} "$corpus/" ;;
    archive)  find Corpus/samples Tests -name '*.zip' -size -256k 2>/dev/null | head -20 | xargs -r -I{} cp {} "$corpus/" ;;
    formulas) find Tests ../shared/real-world -name '*.xls' -size -256k 2>/dev/null | head -20 | xargs -r -I{} cp {} "$corpus/" ;;
    grammars) printf '2026-07-01' > "$corpus/date"; printf '¥3,200.50' > "$corpus/money"; printf '2026年7月' > "$corpus/month"
              printf '08:00-17:30' > "$corpus/clock"; printf '11010519491231002X' > "$corpus/id" ;;
    *) head -c 600 /dev/urandom > "$corpus/seed" ;;
  esac
fi
"$binary" "$corpus" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -artifact_prefix=Fuzz/crashers/"$target"- -print_final_stats=1
