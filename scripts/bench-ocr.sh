#!/usr/bin/env bash
# Benchmarks AuditReady's OCR against the tesseract command line, and the engine pool against one
# engine, on 300-dpi pages rendered from the generated corpus. Prints one line per measurement.
#
#   scripts/bench-ocr.sh [PAGES]                 # PAGES: how many corpus pages (default 8)
#
# Environment:
#   BENCH_LANGUAGES   languages to compare, space-separated (default "eng+chi_sim")
#   BENCH_SOURCE      corpus (default): pages of the generator's own PDFs, clean; office: pages of
#                     the LibreOffice-made Corpus/office-samples, each degraded as a scanner or a
#                     phone does (ImageMagick: blur, noise, JPEG, a slight turn, a colour cast, a
#                     red seal; Debian's imagemagick), plus the real licence photo of
#                     ../shared/real-world/licenses when present (timed, no text to compare)
#   BENCH_BILINGUAL   1 to also read four drawn Chinese-English pages (default 1)
#   BENCH_ROUNDS      one engine and the pool take turns this many times; the fastest round of
#                     each counts (default 3), which keeps other work on a shared machine out
#   BENCH_SCRATCH     --scratch-path for building in this repository (default .build-ocr)
#   BENCH_PACKAGE     the Swift package whose AuditOCRTests to run (default: this repository), and
#   BENCH_PACKAGE_SCRATCH  its --scratch-path (default: BENCH_SCRATCH)
#
# How our engine is timed: the test "The pool reads pages exactly as one engine does" always checks
# that a pool of engines reads exactly what one engine reads; with AUDITREADY_BENCH=1 it reads the
# pages given in AUDITREADY_BENCH_PAGES and prints its timings too, so the benchmark is an ordinary
# test run, never a skipped test. Each engine is started (models loaded) before the clock starts;
# the command line loads its model for every page, which is part of what it costs per page.
# The test process runs WITHOUT OMP_THREAD_LIMIT: the pool confines OpenMP on its own threads.
set -euo pipefail

pages="${1:-8}"
languages="${BENCH_LANGUAGES:-eng+chi_sim}"
bilingual="${BENCH_BILINGUAL:-1}"
rounds="${BENCH_ROUNDS:-3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
package="${BENCH_PACKAGE:-$root}"
scratch="${BENCH_SCRATCH:-.build-ocr}"
package_scratch="${BENCH_PACKAGE_SCRATCH:-$scratch}"
work="$(mktemp -d /tmp/bench-ocr.XXXXXX)"
trap 'rm -rf "$work"' EXIT

for tool in pdftoppm pdftotext pdfinfo tesseract bc; do
  command -v "$tool" >/dev/null || { echo "bench-ocr: $tool is missing (apt-get install poppler-utils tesseract-ocr)" >&2; exit 2; }
done

echo "bench-ocr: machine: $(nproc --all) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
source="${BENCH_SOURCE:-corpus}"
mkdir -p "$work/pages"
count=0

if [ "$source" = office ]; then
  # 1. Pages nobody here drew: LibreOffice's PDFs, rendered at 300 dpi and then scanned badly, each
  #    page with its text layer as the expected text; one of four degradations per page in turn.
  magick=/usr/bin/convert
  [ -x "$magick" ] || { echo "bench-ocr: ImageMagick is missing (apt-get install imagemagick)" >&2; exit 2; }
  degrade() {  # $1 clean PNG, $2 JPEG to write, $3 which degradation (0-3)
    local size width height
    size="$(/usr/bin/identify -format '%w %h' "$1")"
    read -r width height <<<"$size"
    case "$3" in
      0) "$magick" "$1" -blur 0x1.2 -attenuate 0.6 +noise Gaussian -quality 55 "$2" ;;
      1) "$magick" "$1" -background white -rotate 1.5 -attenuate 0.4 +noise Gaussian -quality 70 "$2" ;;
      2) "$magick" "$1" -fill '#f2e6c8' -colorize 25 -stroke '#d02020' -strokewidth 9 -fill none \
           -draw "circle $((width * 3 / 4)),$((height / 5)) $((width * 3 / 4 + 160)),$((height / 5))" -quality 65 "$2" ;;
      *) "$magick" "$1" -resize 70% -resize 143% -attenuate 0.5 +noise Impulse -quality 60 "$2" ;;
    esac
  }
  mkdir -p "$work/office"
  for archive in "$root"/Corpus/office-samples/*.zip; do
    unzip -qo "$archive" -d "$work/office/$(basename "$archive" .zip)"
  done
  while IFS= read -r -d '' pdf && [ "$count" -lt "$pages" ]; do
    n="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
    for ((p = 1; p <= n && count < pages; p++)); do
      [ "$(pdftotext -f "$p" -l "$p" "$pdf" - | tr -d '[:space:]' | wc -c)" -gt 20 ] || continue
      count=$((count + 1))
      name="$(printf 'page-%02d' "$count")"
      pdftoppm -r 300 -png -f "$p" -l "$p" -singlefile "$pdf" "$work/$name-clean"
      degrade "$work/$name-clean.png" "$work/$name.jpg" $(((count - 1) % 4))
      "$magick" "$work/$name.jpg" -colorspace Gray "$work/pages/$name.png"
      pdftotext -f "$p" -l "$p" "$pdf" "$work/pages/$name.txt"
    done
  done < <(find "$work/office" -name '*.pdf' -print0 | sort -z)
  licence="$root/../shared/real-world/licenses"
  if [ -d "$licence" ] && [ "$count" -lt "$pages" ]; then
    for photo in "$licence"/*.jpg; do
      count=$((count + 1))
      "$magick" "$photo" -colorspace Gray "$work/pages/$(printf 'page-%02d' "$count").png"
    done
  fi
  echo "bench-ocr: $count degraded 300-dpi pages of LibreOffice's PDFs (and the licence photo) in $work/pages" >&2
else
# 1. Pages: 300-dpi grey PNGs of the corpus PDFs, each with its text layer as the expected text.
(cd "$root" && swift run --scratch-path "$scratch" auditready-corpus generate --seed 7 --profile clean --format dir --out "$work/corpus" >&2)
(cd "$root" && swift run --scratch-path "$scratch" auditready-corpus generate --seed 8 --profile clean --format dir --out "$work/corpus" >&2)
mkdir -p "$work/pages"
count=0
while IFS= read -r -d '' pdf && [ "$count" -lt "$pages" ]; do
  n="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for ((p = 1; p <= n && count < pages; p++)); do
    count=$((count + 1))
    name="$(printf 'page-%02d' "$count")"
    pdftoppm -r 300 -gray -png -f "$p" -l "$p" -singlefile "$pdf" "$work/pages/$name"
    pdftotext -f "$p" -l "$p" "$pdf" "$work/pages/$name.txt"
  done
done < <(find "$work/corpus" -name '*.pdf' -print0 | sort -z)
echo "bench-ocr: $count 300-dpi pages from the corpus PDFs in $work/pages" >&2
fi

run_test() {  # $1 languages, $2 pages folder or "bilingual"
  (cd "$package" && AUDITREADY_BENCH=1 AUDITREADY_BENCH_PAGES="$2" AUDITREADY_BENCH_LANGUAGES="$1" AUDITREADY_BENCH_ROUNDS="$rounds" \
    env -u OMP_THREAD_LIMIT swift test --scratch-path "$package_scratch" --filter 'poolMatchesOneEngine' 2>&1) \
    | grep '^bench ' || { echo "bench-ocr: the benchmark test failed" >&2; exit 1; }
}

for langs in $languages; do
  # 2. The command line, page after page, OpenMP limited as for us: wall and processor time,
  #    fastest of the rounds as for our engine.
  cli="" cli_cpu=""
  for ((round = 1; round <= rounds; round++)); do
    /usr/bin/time -f '%e %U %S' -o "$work/cli-time" bash -c '
      for png in "$1"/pages/*.png; do OMP_THREAD_LIMIT=1 tesseract "$png" - -l "$2" >/dev/null 2>&1; done' _ "$work" "$langs"
    read -r wall user system < "$work/cli-time"
    seconds="$(echo "$wall / $count" | bc -l)"
    if [ -z "$cli" ] || [ "$(echo "$seconds < $cli" | bc)" = 1 ]; then
      cli="$seconds"
      cli_cpu="$(echo "($user + $system) / $count" | bc -l)"
    fi
  done

  # 3. Our engine (one engine, then the pool) on the same pages.
  line="$(run_test "$langs" "$work/pages")"
  echo "$line"
  ours="$(sed -E 's/.*engine_seconds_per_page=([0-9.]+).*/\1/' <<<"$line")"
  ours_cpu="$(sed -E 's/.*engine_cpu_seconds_per_page=([0-9.]+).*/\1/' <<<"$line")"
  printf 'bench languages=%s cli_seconds_per_page=%.3f engine_seconds_per_page=%.3f ratio=%.3f cli_cpu_seconds_per_page=%.3f engine_cpu_seconds_per_page=%.3f cpu_ratio=%.3f (target <= 1.1)\n' \
    "$langs" "$cli" "$ours" "$(echo "$ours / $cli" | bc -l)" "$cli_cpu" "$ours_cpu" "$(echo "$ours_cpu / $cli_cpu" | bc -l)"

  # 4. Chinese-English pages, for the language choice.
  if [ "$bilingual" = 1 ]; then run_test "$langs" bilingual; fi
done
