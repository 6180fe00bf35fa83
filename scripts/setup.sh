#!/usr/bin/env bash
# Installs the Debian packages AuditReady needs that are missing, then builds it.
# Idempotent: packages already present are not touched. Needs root (or sudo) for apt.
set -euo pipefail

packages=(
  pkg-config
  libarchive-dev        # intake: zip, tar.*, 7z, rar
  libpoppler-glib-dev   # extraction: PDF text and word boxes (pulls in cairo and glib)
  libcairo2-dev         # the corpus generator draws PDFs with cairo
  libtesseract-dev      # OCR of scans and image-only PDF pages (C API)
  libleptonica-dev      # image decoding for Tesseract
  tesseract-ocr-eng     # English language data
  tesseract-ocr-chi-sim # Simplified Chinese language data
  tesseract-ocr-osd     # orientation and script detection
  libfreexl-dev         # legacy .xls workbooks
  libsqlite3-dev        # the extraction cache (GRDB)
  fonts-wqy-microhei    # a CJK font for the corpus generator's Chinese documents
  chromium              # the HTML report test renders the report in a real browser
  chromium-driver       # the web page test drives Chromium (Tests/Browser/upload_flow.py)
  python3-selenium      # ... through selenium, with Debian's /usr/bin/python3
  fonts-dejavu-core     # the font the corpus generator draws with
  python3-jsonschema    # the test suite validates reports against the contract's JSON Schema
  poppler-utils         # pdftotext, the reference the extraction benchmark compares with
  postgresql-15         # the PostgreSQL store's tests start a throwaway server (initdb, pg_ctl)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$(dirname "$0")/.."
swift build "$@"
