#!/usr/bin/env bash
# Benchmarks AuditReady against the reference tools on the corpus generator's output and prints
# each figure as a ratio measured in the same run:
#   1. text extraction against pdftotext on the same PDFs,
#   2. OCR against the tesseract CLI page after page (scripts/bench-ocr.sh),
#   3. a warm re-check (result cache) against a cold one,
#   4. peak memory of a check on a generated 500-page archive, and on hostile archives,
#   5. a folder of archives against the Python peer (../shared/bench/peer_python.py).
# Slow (a release build and a few minutes of work): not part of the test suite.
# Usage: bash scripts/benchmark.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
work=${1:-$(mktemp -d /tmp/auditready-bench.XXXXXX)}
mkdir -p "$work"
swift build -c release --scratch-path .build-release --product auditready >/dev/null
swift build -c release --scratch-path .build-release --product auditready-corpus >/dev/null
bin=$(swift build -c release --scratch-path .build-release --show-bin-path)
ar="$bin/auditready"
corpus="$bin/auditready-corpus"

seconds() { /usr/bin/time -q -f %e -o "$work/time" "$@" >/dev/null 2>&1 || true; tail -1 "$work/time"; }
peak_mb() { /usr/bin/time -q -f %M -o "$work/mem" "$@" >/dev/null 2>&1 || true; echo $(( $(tail -1 "$work/mem") / 1024 )); }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

echo "machine: $(nproc --all) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), $(lsb_release -ds 2>/dev/null || echo Linux)"

# A corpus: several generated factories, as folders, and one large archive of them all.
rm -rf "$work/corpus" && mkdir -p "$work/corpus"
pages=0; seed=500
while [ "$pages" -lt 500 ]; do
  "$corpus" generate --seed "$seed" --profile violations --format dir --out "$work/corpus" --name "factory-$seed" >/dev/null
  while IFS= read -r pdf; do
    pages=$(( pages + $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') ))
  done < <(find "$work/corpus/factory-$seed" -name '*.pdf')
  seed=$((seed + 1))
done
mapfile -t pdfs < <(find "$work/corpus" -name '*.pdf' | sort)
# The truth files beside each factory are the generator's answers, not evidence: left out.
(cd "$work/corpus" && rm -f ../big.zip && zip -qr ../big.zip . -x '*.truth*.json')
echo "corpus: ${#pdfs[@]} PDFs, $pages PDF pages, $(find "$work/corpus" -name '*.csv' | wc -l) CSV files, big.zip $(du -h "$work/big.zip" | cut -f1)"

# 1. Text extraction: one auditready process for all PDFs against one pdftotext per PDF.
rm -rf "$work/pdfs" && mkdir -p "$work/pdfs"
for i in "${!pdfs[@]}"; do cp "${pdfs[$i]}" "$work/pdfs/$i.pdf"; done
ours=$(seconds "$ar" extract "$work/pdfs")
theirs=$(seconds bash -c 'for f in "$0"/*.pdf; do pdftotext "$f" /dev/null; done' "$work/pdfs")
echo "text extraction: auditready ${ours}s, pdftotext ${theirs}s, ratio (auditready/pdftotext) $(ratio "$ours" "$theirs")"

# 2. OCR (its own script measures seconds per page and the engine pool).
if [ -x scripts/bench-ocr.sh ] || [ -f scripts/bench-ocr.sh ]; then bash scripts/bench-ocr.sh 8 || echo "ocr benchmark failed"; fi

# 3. Cold against warm check with the result cache: the text-only archive, the same archive with
#    one document changed, and an archive of varied layouts where some documents are scans (OCR).
rm -rf "$work/cache"
cold=$(seconds "$ar" check "$work/big.zip" --as-of 2026-12-31 --format json --cache "$work/cache")
warm=$(seconds "$ar" check "$work/big.zip" --as-of 2026-12-31 --format json --cache "$work/cache")
echo "check of big.zip: cold ${cold}s, warm ${warm}s, ratio (warm/cold) $(ratio "$warm" "$cold")"
# Another day: the whole check is not reusable, every document's reading is (rules and report redone).
day=$(seconds "$ar" check "$work/big.zip" --as-of 2026-12-30 --format json --cache "$work/cache")
echo "check of big.zip on another day (documents from the cache): ${day}s, ratio (other day/cold) $(ratio "$day" "$cold")"
rm -rf "$work/changed" && cp -r "$work/corpus" "$work/changed"
changed=$(find "$work/changed" -name '*.csv' | sort | sed -n 1p)  # sed reads all: head would cut sort off (SIGPIPE under pipefail)
echo "E999,Added Worker,M,2000-01-01" >> "$changed"
(cd "$work/changed" && rm -f ../changed.zip && zip -qr ../changed.zip . -x '*.truth*.json')
one=$(seconds "$ar" check "$work/changed.zip" --as-of 2026-12-31 --format json --cache "$work/cache")
echo "check of big.zip with one file changed: ${one}s, ratio (one changed/cold) $(ratio "$one" "$cold")"
rm -rf "$work/varied" && mkdir -p "$work/varied"
for seed in 41 42 43 44 45 46; do
  "$corpus" generate --seed "$seed" --profile violations --varied --format dir --out "$work/varied" --name "factory-$seed" >/dev/null
done
(cd "$work/varied" && rm -f ../varied.zip && zip -qr ../varied.zip . -x '*.truth*.json')
vcold=$(seconds "$ar" check "$work/varied.zip" --as-of 2026-12-31 --format json --cache "$work/cache")
vwarm=$(seconds "$ar" check "$work/varied.zip" --as-of 2026-12-31 --format json --cache "$work/cache")
echo "check of varied.zip (6 factories, scans among them): cold ${vcold}s, warm ${vwarm}s, ratio (warm/cold) $(ratio "$vwarm" "$vcold")"

# What reading each document in a worker process costs against reading it in the check's process.
wcold=$(seconds "$ar" check "$work/big.zip" --as-of 2026-12-31 --format json --no-cache)
icold=$(seconds "$ar" check "$work/big.zip" --as-of 2026-12-31 --format json --no-cache --in-process)
echo "check of big.zip in worker processes: ${wcold}s, in process ${icold}s, ratio (workers/in process) $(ratio "$wcold" "$icold")"
vw=$(seconds "$ar" check "$work/varied.zip" --as-of 2026-12-31 --format json --no-cache)
vi=$(seconds "$ar" check "$work/varied.zip" --as-of 2026-12-31 --format json --no-cache --in-process)
echo "check of varied.zip in worker processes: ${vw}s, in process ${vi}s, ratio (workers/in process) $(ratio "$vw" "$vi")"
echo "peak memory of the check and its workers together, varied.zip: $(python3 scripts/tree-peak-memory.py "$ar" check "$work/varied.zip" --as-of 2026-12-31 --no-cache --format json) MB" \
     "(in process: $(python3 scripts/tree-peak-memory.py "$ar" check "$work/varied.zip" --as-of 2026-12-31 --no-cache --format json --in-process) MB)"

# 4. Peak memory: the 500-page archive, and hostile archives.
echo "peak memory, check of big.zip ($pages pages): $(peak_mb "$ar" check "$work/big.zip" --as-of 2026-12-31 --no-cache --format json) MB"
echo "peak memory, same check with the text report: $(peak_mb "$ar" check "$work/big.zip" --as-of 2026-12-31 --no-cache --format text) MB"
# How the peak grows with the archive: the first 20 and 40 factories of the same corpus.
for n in 20 40; do
  (cd "$work/corpus" && rm -f "../first-$n.zip" && zip -qr "../first-$n.zip" $(ls -d factory-* | grep -v '\.json$' | head -"$n"))
  echo "peak memory, check of the first $n factories: $(peak_mb "$ar" check "$work/first-$n.zip" --as-of 2026-12-31 --no-cache --format json) MB"
done
# One large, mostly compliant factory (1,000 workers, daily attendance): one year, then three,
# then one year whose attendance is a single CSV file.
rm -rf "$work/large" "$work/large-one-file" && for year in 2023 2024 2025; do python3 scripts/make-large-factory.py "$work/large/$year" 1000 "$year"; done
python3 scripts/make-large-factory.py "$work/large-one-file/2025" 1000 2025 one-file
rm -rf "$work/large-one-xlsx" && python3 scripts/make-large-factory.py "$work/large-one-xlsx/2025" 1000 2025 one-file xlsx
(cd "$work/large/2025" && rm -f ../../large-1y.zip && zip -qr ../../large-1y.zip .)
(cd "$work/large" && rm -f ../large-3y.zip && zip -qr ../large-3y.zip .)
(cd "$work/large-one-file/2025" && rm -f ../../large-1y-one-file.zip && zip -qr ../../large-1y-one-file.zip .)
(cd "$work/large-one-xlsx/2025" && rm -f ../../large-1y-one-xlsx.zip && zip -qr ../../large-1y-one-xlsx.zip .)
for archive in 1y:large/2025 3y:large 1y-one-file:large-one-file/2025 1y-one-xlsx:large-one-file/2025; do
  name=${archive%%:*} folder="$work/${archive#*:}"
  entries=$(find "$folder" -name 'attendance-*.csv' -exec cat {} + | grep -c '^E')
  /usr/bin/time -q -f "%e %M" -o "$work/large.time" "$ar" check "$work/large-$name.zip" --as-of 2026-01-15 --no-cache --format json >/dev/null 2>&1 || true
  read -r s kb < "$work/large.time"
  echo "large factory, $name of daily attendance ($entries time entries): ${s}s, peak $((kb / 1024)) MB"
done
# The same year where everyone works long days: a finding a worker a day.
rm -rf "$work/long-days" && python3 scripts/make-large-factory.py "$work/long-days" 1000 2025 long-days
/usr/bin/time -q -f "%e %M" -o "$work/large.time" "$ar" check "$work/long-days" --as-of 2026-01-15 --no-cache --format json --output "$work/long-days.json" >/dev/null 2>&1 || true
read -r s kb < "$work/large.time"
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$work/long-days.json")
echo "large factory, 1y of long days ($findings findings, $(( $(stat -c %s "$work/long-days.json") / 1000000 )) MB report): ${s}s, peak $((kb / 1024)) MB"
rm -rf "$work/cache-mem"
echo "peak memory, first check of big.zip writing a new cache: $(peak_mb "$ar" check "$work/big.zip" --as-of 2026-12-31 --cache "$work/cache-mem" --format json) MB"
python3 - "$work" <<'PY'
import sys, zipfile
work = sys.argv[1]
with zipfile.ZipFile(f"{work}/zeros.zip", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("zeros.bin", "w", force_zip64=True) as f:
        for _ in range(1024): f.write(b"\0" * (1 << 20))
with zipfile.ZipFile(f"{work}/many.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(30000): z.writestr(f"d/{i}.csv", "x")
PY
mkdir -p "$work/sparse" && truncate -s 4G "$work/sparse/big.bin" && tar -C "$work/sparse" -cf - big.bin | xz -T2 -1 > "$work/sparse.tar.xz"
for hostile in zeros.zip many.zip sparse.tar.xz; do
  /usr/bin/time -q -f "%e %M" -o "$work/hostile" "$ar" check "$work/$hostile" --no-cache --format json >/dev/null 2>&1 || true
  read -r s kb < "$work/hostile"
  echo "hostile $hostile: ${s}s, peak $((kb / 1024)) MB"
done

# 5. Against the Python a user would write (../shared/bench/peer_python.py: pdfplumber, pypdfium2 +
#    pytesseract, openpyxl, xlrd; two worker processes), in the same run, on the same archives:
#    varied factories with scans, one archive each. The peer only extracts; AuditReady also judges
#    and reports. Needs the peer's Python packages (see its header); skipped without them.
peer=../shared/bench/peer_python.py
python=${PEER_PYTHON:-python3}
if [ -f "$peer" ] && "$python" -c "import pdfplumber, pypdfium2, pytesseract, openpyxl, xlrd, py7zr" 2>/dev/null; then
  rm -rf "$work/peer-in" "$work/peer-reports" && mkdir -p "$work/peer-in" "$work/peer-reports"
  for seed in 61 62 63 64 65 66; do
    "$corpus" generate --seed "$seed" --profile violations --varied --format zip --out "$work/peer-in" --name "factory-$seed" >/dev/null
  done
  rm -f "$work/peer-in"/*.json
  t0=$(date +%s.%N)
  "$python" "$peer" --dir "$work/peer-in" --modes pool --workers 2 --no-omp-check --no-pdftotext | tail -1
  t1=$(date +%s.%N)
  "$ar" check "$work"/peer-in/*.zip --as-of 2026-12-31 --no-cache --format json --output-dir "$work/peer-reports" -q || true
  t2=$(date +%s.%N)
  py=$(python3 -c "print(f'{$t1 - $t0:.1f}')"); us=$(python3 -c "print(f'{$t2 - $t1:.1f}')")
  echo "6 varied archives: python peer (pool of 2) ${py}s, auditready check of all six ${us}s, ratio (python/auditready) $(ratio "$py" "$us")"
else
  echo "python peer skipped: install its packages (pip install pdfplumber pypdfium2 pytesseract openpyxl xlrd py7zr) or set PEER_PYTHON"
fi
