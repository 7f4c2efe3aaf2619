#!/usr/bin/env bash
# Makes the machine-made copies of corpus texts in other encodings and scripts that the tests
# compare against their UTF-8 sources. Needs iconv (libc-bin) and uconv (icu-devtools).
# The results are committed; run this again only when a source text changes.
set -euo pipefail
cd "$(dirname "$0")/.."
src=Corpus/texts
out=Corpus/variants
mkdir -p "$out"
# GB18030 / GBK, the usual encoding of Chinese office documents.
for id in zh-01-village zh-04-hospital zh-16-hospital; do
  iconv -f UTF-8 -t GB18030 "$src/$id.txt" > "$out/$id.gb18030.txt"
done
# UTF-16 with byte-order marks (what Windows' Notepad writes as "Unicode").
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$src/zh-02-community.txt"; } > "$out/zh-02-community.utf16le.txt"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$src/en-01-school.txt"; } > "$out/en-01-school.utf16be.txt"
# UTF-8 with a BOM and CRLF line endings.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$src/zh-07-government.txt"; } > "$out/zh-07-government.bom-crlf.txt"
# Traditional script (ICU's Hans-Hant transliterator), in UTF-8 and in Big5.
for id in zh-01-village zh-04-hospital; do
  uconv -x Hans-Hant -f UTF-8 -t UTF-8 "$src/$id.txt" > "$out/$id.hant.txt"
done
iconv -f UTF-8 -t BIG5 "$src/zh-22-trad.txt" > "$out/zh-22-trad.big5.txt"
ls -l "$out"
