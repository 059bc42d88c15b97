#!/usr/bin/env bash
# Regenerates benches/corpus/prose-kjv.txt, the committed seed of non-news
# prose mixed into the benchmark corpus: 1 Samuel, 2 Samuel and Acts from the
# King James Version (1611; public domain outside the UK's Crown patent), as
# shipped by Debian's `bible-kjv-text` package and printed by `bible`.
# One paragraph per line, six verses a paragraph, verse numbers removed.
#
#   apt-get install -y bible-kjv && bash benches/corpus/kjv-seed.sh
set -euo pipefail
cd "$(dirname "$0")"
out=prose-kjv.txt
{
  for book in 1Sa 2Sa Acts; do
    bible -f "${book}1:1-${book}99:99"
  done
} | awk '
  # bible prints "Ref Text" one verse a line (plus blank/header lines).
  /^[0-9A-Za-z]+[0-9]+:[0-9]+ / {
    sub(/^[^ ]+ /, "");
    para = para == "" ? $0 : para " " $0;
    if (++n % 6 == 0) { print para; para = "" }
  }
  END { if (para != "") print para }
' > "$out"
wc -c -l "$out"
