#!/usr/bin/env bash
# Renders a yearly report DOCX to PDF and to one PNG per page, for a person to look at: the
# GB/T 9704 page (版心, fonts, line pitch, page numbers) and the tables' merged header cells.
# Not used by the tests. Needs LibreOffice and poppler:
#   apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk
#
#   bash scripts/review-report.sh                      # the golden demo report
#   bash scripts/review-report.sh REPORT.docx [OUTDIR] # any DOCX (default OUTDIR: ./review)
set -euo pipefail
cd "$(dirname "$0")/.."
docx=${1:-test/golden/annual/demo-2025.docx}
out=${2:-review}
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null; then
    echo "缺少 $tool：请先安装 apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk" >&2
    exit 2
  fi
done
[ -f "$docx" ] || { echo "文件不存在：$docx" >&2; exit 2; }
mkdir -p "$out"
name=$(basename "$docx" .docx)
# A private LibreOffice profile: no clash with a running office, nothing left in $HOME.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The official fonts (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体) are not free; where they are
# missing, stand-ins of the same kind keep the page's look: serif body, sans headings, bold title.
cat > "$profile/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias><family>仿宋_GB2312</family><prefer><family>FangSong</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>楷体_GB2312</family><prefer><family>KaiTi</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>黑体</family><prefer><family>SimHei</family><family>Noto Sans CJK SC</family></prefer></alias>
  <alias><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias><family>宋体</family><prefer><family>SimSun</family><family>Noto Serif CJK SC</family></prefer></alias>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test>
    <edit name="weight" mode="assign"><const>bold</const></edit></match>
</fontconfig>
XML
FONTCONFIG_FILE="$profile/fonts.conf" \
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
echo "PDF: $out/$name.pdf"
ls "$out/$name"*.png
