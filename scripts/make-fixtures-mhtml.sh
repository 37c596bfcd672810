#!/usr/bin/env bash
# Makes the MHTML fixtures of test/fixtures/mhtml/: a report page saved as a web archive, the way
# Word ("单个文件网页") writes it: the HTML part labelled us-ascii but holding GB18030 bytes,
# quoted-printable, followed by an image part. Needs iconv and python3. The tests only read the
# committed result.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures/mhtml
mkdir -p "$OUT"
sed 's/<meta charset="utf-8"/<meta charset="gb2312"/' test/corpus/dev/d01.html | iconv -f utf-8 -t gb18030 | python3 -c '
import quopri, sys
body = quopri.encodestring(sys.stdin.buffer.read()).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
b = b"----=_NextPart_01DA1C2B.3F4E5A60"
head = b"\r\n".join([
    b"MIME-Version: 1.0",
    b"Content-Type: multipart/related; boundary=\"" + b + b"\"",
    b"",
    b"\xb4\xcb\xce\xc4\xb5\xb5\xce\xaa\xb5\xa5\xb8\xf6\xce\xc4\xbc\xfe\xcd\xf8\xd2\xb3\xa1\xa3",
    b"",
    b"--" + b,
    b"Content-Location: file:///C:/report.htm",
    b"Content-Transfer-Encoding: quoted-printable",
    b"Content-Type: text/html; charset=\"us-ascii\"",
    b"", b""])
tail = b"\r\n".join([b"", b"--" + b, b"Content-Location: file:///C:/report.files/image001.png",
    b"Content-Transfer-Encoding: base64", b"Content-Type: image/png", b"", b"iVBORw0KGgo=", b"",
    b"--" + b + b"--", b""])
sys.stdout.buffer.write(head + body + tail)
' > "$OUT/word-gb18030.mht"
