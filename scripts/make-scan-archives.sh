#!/usr/bin/env bash
# Builds the two archives the OCR memory figures of docs/performance.md are measured on, from the
# LibreOffice-made Corpus/office-samples and the real licence photo, with pages scanned badly as
# scripts/bench-ocr.sh does (ImageMagick: blur and noise, a slight turn, a colour cast and a red
# seal, a lost resolution with specks; 300-dpi colour JPEGs):
#
#   scripts/make-scan-archives.sh [OUT]     # OUT: default /tmp/scan-archives
#
# OUT/scans-9.zip: 9 documents: 4 colour scans of the English sample's licences and roster, the
#   licence photo, its 3 attendance workbooks and 1 payroll PDF.
# OUT/scans-36.zip: those 9 as "Factory A", the two Chinese samples whole as "Factory B" and "C"
#   (PDFs with text layers, workbooks, nested payroll zips), 6 more colour scans of their pages
#   and the licence photo turned a quarter: 36 documents, 12 of them images read by OCR.
# The same inputs give the same archives (ImageMagick's noise seeded, zip -X, fixed dates).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/scan-archives}"
licence="$root/../shared/real-world/licenses/business_license_company_2021_fuben_watermarked.jpg"
magick=/usr/bin/convert
for tool in pdftoppm unzip zip "$magick"; do
  command -v "$tool" >/dev/null || { echo "make-scan-archives: $tool is missing (apt-get install poppler-utils zip imagemagick)" >&2; exit 2; }
done
[ -f "$licence" ] || { echo "make-scan-archives: $licence is missing" >&2; exit 2; }
work="$(mktemp -d /tmp/make-scan-archives.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# $1 PDF, $2 JPEG to write, $3 degradation (0-3, as in bench-ocr.sh): page 1 at 300 dpi, scanned badly.
scan() {
  local width height
  pdftoppm -r 300 -png -f 1 -l 1 -singlefile "$1" "$work/page"
  read -r width height <<<"$(/usr/bin/identify -format '%w %h' "$work/page.png")"
  case "$3" in
    0) "$magick" -seed 7 "$work/page.png" -blur 0x1.2 -attenuate 0.6 +noise Gaussian -quality 55 "$2" ;;
    1) "$magick" -seed 7 "$work/page.png" -background white -rotate 1.5 -attenuate 0.4 +noise Gaussian -quality 70 "$2" ;;
    2) "$magick" "$work/page.png" -fill '#f2e6c8' -colorize 25 -stroke '#d02020' -strokewidth 9 -fill none \
         -draw "circle $((width * 3 / 4)),$((height / 5)) $((width * 3 / 4 + 160)),$((height / 5))" -quality 65 "$2" ;;
    *) "$magick" -seed 7 "$work/page.png" -resize 70% -resize 143% -attenuate 0.5 +noise Impulse -quality 60 "$2" ;;
  esac
}

for sample in office-english-clean office-chinese-pdf office-chinese-xls; do
  unzip -q "$root/Corpus/office-samples/$sample.zip" -d "$work/$sample"
done

small="$work/small/Evidence"
english="$work/office-english-clean/Audit Evidence 2026"
mkdir -p "$small/Licenses" "$small/HR" "$small/Attendance" "$small/Payroll"
scan "$english/01 Licenses/Business License.pdf" "$small/Licenses/Business License scan.jpg" 0
scan "$english/01 Licenses/Fire Safety Certificate.pdf" "$small/Licenses/Fire Safety Certificate scan.jpg" 1
scan "$english/01 Licenses/ISO 45001 Certificate.pdf" "$small/Licenses/ISO 45001 Certificate scan.jpg" 2
scan "$english/02 HR/Employee Roster.pdf" "$small/HR/Employee Roster scan.jpg" 3
cp "$licence" "$small/Licenses/营业执照 business licence photo.jpg"
cp "$english/03 Attendance/"*.xlsx "$small/Attendance/"
cp "$english/04 Payroll/Payroll 2026-05.pdf" "$small/Payroll/"

large="$work/large"
mkdir -p "$large"
cp -r "$work/small/Evidence" "$large/Factory A"
cp -r "$work/office-chinese-pdf/Evidence" "$large/Factory B"
cp -r "$work/office-chinese-xls/Evidence" "$large/Factory C"
b="$large/Factory B/01 证照 Licenses" c="$large/Factory C/1. Legal Documents"
scan "$b/Business License.pdf" "$b/营业执照 scan.jpg" 0
scan "$b/ISO 9001 Certificate.pdf" "$b/ISO 9001 scan.jpg" 1
scan "$large/Factory B/02 人事 HR/scan_0022.pdf" "$large/Factory B/02 人事 HR/roster scan.jpg" 2
scan "$c/scan_0022.pdf" "$c/licence scan.jpg" 3
scan "$c/smeta_audit_report.pdf" "$c/SMETA report scan.jpg" 0
scan "$large/Factory C/2. Personnel/roster.pdf" "$large/Factory C/2. Personnel/roster scan.jpg" 2
"$magick" "$licence" -rotate 90 -quality 90 "$c/营业执照 photo turned.jpg"

for tree in small large; do
  find "$work/$tree" -exec touch -t 202609090930 {} +
done
name() { [ "$1" = small ] && echo scans-9 || echo scans-36; }
for tree in small large; do
  rm -f "$out/$(name $tree).zip"
  (cd "$work/$tree" && find . -type f | LC_ALL=C sort | zip -qX "$out/$(name $tree).zip" -@)
done
echo "make-scan-archives: $out/scans-9.zip ($(unzip -l "$out/scans-9.zip" | tail -1 | awk '{print $2}') files)," \
     "$out/scans-36.zip ($(unzip -l "$out/scans-36.zip" | tail -1 | awk '{print $2}') files)"
