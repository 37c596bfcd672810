#!/usr/bin/env bash
# Renders sample notices (告知书) through the real command line, from a demo database, and turns
# the DOCX files into PDF and PNG pages to look at (LibreOffice + pdftoppm). For review by eye;
# the tests do not need LibreOffice.
#
#   scripts/review-notices.sh [OUT_DIR]        # default: a new temporary directory
#
# Needs: sudo apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d -t gongkai-notices-XXXXXX)}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || {
    echo "缺少 $tool：sudo apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk" >&2
    exit 2
  }
done
mkdir -p "$out/notices/demo-agency" "$out/docx" "$out/html" "$out/pdf" "$out/png"
cat >"$out/notices/demo-agency/agency.json" <<'JSON'
{
  "name": "示例县医疗保障局",
  "address": "示例县人民路1号",
  "postcode": "100000",
  "phone": "0000-1234567",
  "contact": "李明",
  "reconsiderationBody": "示例县人民政府",
  "court": "示例县人民法院",
  "documentNumber": "示医保公开〔{year}〕{serial}号",
  "feePayment": "通过示例县非税收入缴款系统缴纳"
}
JSON
db="$out/demo.db"
gongkai() { GONGKAI_NOTICE_DIR="$out/notices" node bin/gongkai.js "$@"; }
[ -f "$db" ] || gongkai demo seed --db "$db" --year 2025 --seed 1 >/dev/null

# One application per kind of step and a few outcomes, found in the demo data.
mapfile -t ids < <(node -e '
  const db = new (require("better-sqlite3"))(process.argv[1], { readonly: true });
  const first = (sql, ...args) => db.prepare(sql + " order by 1 limit 1").get(...args)?.id;
  const byEvent = (type) => first("select application_id as id from application_events where type = ?", type);
  const byOutcome = (d) => first("select id from applications where disposition = ?", d);
  const ids = [
    ...["extended", "consultationStarted", "feeNoticeIssued", "supplementRequested", "withdrawn"].map(byEvent),
    ...["granted", "withheld.thirdPartyRights", "unableToProvide.notHeld", "otherHandling.feeUnpaid"].map(byOutcome),
  ];
  console.log([...new Set(ids.filter(Boolean))].join("\n"));
' "$db")

serial=1
for id in "${ids[@]}"; do
  for kind in $(gongkai cases notice "$id" --list --db "$db" | awk 'NR > 1 { print $1 }' | sort -u); do
    name="$id.$kind"
    gongkai cases notice "$id" --kind "$kind" --db "$db" --number "$serial" -o "$out/docx/$name.docx" 2>/dev/null
    gongkai cases notice "$id" --kind "$kind" --db "$db" --number "$serial" -o "$out/html/$name.html" 2>/dev/null
    serial=$((serial + 1))
  done
done

soffice --headless --convert-to pdf --outdir "$out/pdf" "$out"/docx/*.docx >/dev/null 2>&1
for pdf in "$out"/pdf/*.pdf; do
  pdftoppm -png -r 70 "$pdf" "$out/png/$(basename "$pdf" .pdf)"
done
echo "告知书：$out/docx、$out/html；页面图像：$out/png"
ls "$out/png"
