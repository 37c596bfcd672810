#!/usr/bin/env bash
# Makes the PDF and DOCX fixtures of test/fixtures/ the way agencies publish reports: from the
# development corpus' truth files, rendered to HTML (border="1" tables) and DOCX (w:tbl with
# gridSpan/vMerge), then to PDF by LibreOffice (from DOCX and from HTML) and by Chromium's
# print-to-PDF; and corpus reports written straight to PDF by a PDF library (pdfkit). Needs
# (Debian): libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei
# poppler-utils qpdf chromium. The tests only read the committed results.
set -euo pipefail
cd "$(dirname "$0")/.."
PDF=test/fixtures/pdf
DOCX=test/fixtures/docx
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$PDF" "$DOCX"
render() { node --import tsx scripts/make-fixtures-render.ts "$@"; }
wqy='"font":"WenQuanYi Zen Hei"'

lo_pdf() { # FILE [INFILTER]: LibreOffice to PDF, in $WORK/lo
  local filter=()
  [ $# -gt 1 ] && filter=(--infilter="$2")
  soffice --headless "${filter[@]}" --convert-to pdf:writer_pdf_Export --outdir "$WORK/lo" "$1" >/dev/null 2>&1
}
chrome_pdf() { # HTML OUT [extra chromium flags]
  local html=$1 out=$2
  shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync "$@" --print-to-pdf="$WORK/chrome.pdf" "file://$html" >/dev/null 2>&1
  # Skia writes uncompressed-ish Type 3 glyphs; recompressing halves the committed size.
  qpdf --recompress-flate --compression-level=9 --object-streams=generate "$WORK/chrome.pdf" "$out"
}
fixture() { # NAME: copy the truth-derived expectation beside the fixture
  cp "$WORK/$1.expected.json" "$2/$3.expected.json"
}

# 1. Word-made PDF: DOCX -> LibreOffice; table 3 on a landscape page that breaks over two pages,
#    narrow label columns (labels wrapped over 2-3 lines), "- N -" page-number footers.
render report test/corpus/dev/d04.truth.json "{\"narrow\":true,\"landscape\":true,\"filler\":3,$wqy}" "$WORK/d04"
lo_pdf "$WORK/d04.docx"
cp "$WORK/lo/d04.pdf" "$PDF/d04-lo-docx-landscape.pdf"
fixture d04 "$PDF" d04-lo-docx-landscape
cp "$WORK/d04.docx" "$DOCX/d04-landscape.docx"
fixture d04 "$DOCX" d04-landscape

# 2. 2019 template, DOCX -> LibreOffice, page break inside table 3 (Noto CJK, Type 1 fonts).
render report test/corpus/dev/d03.truth.json '{"filler":9}' "$WORK/d03"
lo_pdf "$WORK/d03.docx"
cp "$WORK/lo/d03.pdf" "$PDF/d03-lo-docx-2019.pdf"
fixture d03 "$PDF" d03-lo-docx-2019
cp "$WORK/d03.docx" "$DOCX/d03-2019.docx"
fixture d03 "$DOCX" d03-2019

# 3. HTML -> LibreOffice's HTML import (as from a web page saved and printed).
render report test/corpus/dev/d01.truth.json "{\"narrow\":true,\"filler\":6,$wqy}" "$WORK/d01"
lo_pdf "$WORK/d01.html" "HTML (StarWriter)"
cp "$WORK/lo/d01.pdf" "$PDF/d01-lo-html.pdf"
fixture d01 "$PDF" d01-lo-html

# 4. Chromium print-to-PDF with its default header (date, title) and footer (URL, "1/4").
render report test/corpus/dev/d05.truth.json "{\"filler\":5,$wqy}" "$WORK/d05"
chrome_pdf "$WORK/d05.html" "$PDF/d05-chromium.pdf"
fixture d05 "$PDF" d05-chromium

# 5. Chromium, no header/footer, table 3 on a landscape named page, wrapped labels.
render report test/corpus/dev/d07.truth.json "{\"narrow\":true,\"landscape\":true,\"filler\":2,$wqy}" "$WORK/d07"
chrome_pdf "$WORK/d07.html" "$PDF/d07-chromium-landscape.pdf" --no-pdf-header-footer
fixture d07 "$PDF" d07-chromium-landscape

# 6. Chromium, tables without any ruling lines: rebuilt from text positions alone.
render report test/corpus/dev/d01.truth.json "{\"borderless\":true,\"filler\":1,$wqy}" "$WORK/d01b"
chrome_pdf "$WORK/d01b.html" "$PDF/d01-chromium-borderless.pdf" --no-pdf-header-footer
fixture d01b "$PDF" d01-chromium-borderless

# 7. More DOCX: the markdown-sourced report.
render report test/corpus/dev/d02.truth.json "{\"narrow\":true,$wqy}" "$WORK/d02"
cp "$WORK/d02.docx" "$DOCX/d02.docx"
fixture d02 "$DOCX" d02

# 8. A PDF library (pdfkit) placing text and drawing lines itself: seed and dev reports with their
#    own narrative and reviewed tables. Ruled tables with wrapped labels and a page break inside
#    table 3 (Noto Sans CJK, CFF); a table without ruling lines (WenQuanYi Micro Hei); a 6-page
#    report. The script reads each back and fails unless it gives the report's tables and findings.
node --import tsx scripts/make-fixtures-pdfkit.ts "$PDF"
for f in s000-pdfkit-ruled s001-pdfkit-borderless d05-pdfkit-6pages; do
  pdftotext -layout "$PDF/$f.pdf" "test/fixtures/pdftotext/$f.layout.txt"
done

# Damaged and non-report inputs.
mkdir -p "$PDF/bad" "$DOCX/bad"
cat >"$WORK/note.html" <<'HTML'
<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:'WenQuanYi Zen Hei'">
<h1>会议通知</h1><p>定于下周一上午九时在三楼会议室召开季度工作会议，请各科室负责人准时参加。</p></body></html>
HTML
lo_pdf "$WORK/note.html" "HTML (StarWriter)"
cp "$WORK/lo/note.pdf" "$PDF/bad/not-report.pdf"
qpdf --encrypt user owner 256 -- "$WORK/lo/note.pdf" "$PDF/bad/encrypted.pdf"
pdftoppm -r 24 -gray -f 1 -l 2 "$PDF/d04-lo-docx-landscape.pdf" "$WORK/scan"
render scan "$PDF/bad/scanned.pdf" "$WORK"/scan*.pgm
render nodoc "$DOCX/bad/no-document.docx"
head -c 3000 "$DOCX/d02.docx" >"$DOCX/bad/truncated.docx"
ls -la "$PDF" "$PDF/bad" "$DOCX" "$DOCX/bad"
du -sh test/fixtures
