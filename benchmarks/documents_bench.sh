#!/usr/bin/env bash
# Web pages and PDF reports indexed by yjs-index and by Omega's omindex, side by side:
# documents a second, and how many page-furniture words each index holds (in how many
# documents). The pages are generated articles (yjs-corpus) wrapped in a news site's
# furniture (cookie banner, navigation, related-stories sidebar, footer); the PDFs are
# generated articles written by cairo with a running header and page numbers.
# Usage: benchmarks/documents_bench.sh BUILD_DIR WORK_DIR [PAGES] [PDFS]
# Needs omindex (xapian-omega) and, for omindex's PDFs, pdftotext (poppler-utils).
set -euo pipefail
build=$1 work=$2 pages=${3:-2000} pdfs=${4:-200}
rm -rf "$work" && mkdir -p "$work/in/pages" "$work/in/pdfs"
"$build/corpus/yjs-corpus" generate --out "$work/corpus" -n $((pages + pdfs)) >/dev/null
mapfile -t articles < <(find "$work/corpus" -name '*.txt' | sort)

escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
for ((i = 0; i < pages; ++i)); do
  file=${articles[i]}
  title=$(head -n 1 "$file" | escape)
  {
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s - GOV.UK</title></head><body>\n' "$title"
    printf '<div class="cookie-banner"><p>We use cookies to make this site work. Accept cookies</p></div>\n'
    printf '<header role="banner"><nav><a>Home</a> <a>iPlayer</a> <a>Recycling</a></nav></header>\n'
    printf '<main><h1>%s</h1>\n' "$title"
    tail -n +2 "$file" | escape | sed -e '/^$/d' -e 's/^/<p>/' -e 's/$/<\/p>/'
    printf '<aside><h2>Related content</h2><p>Other story rated Inadequate in 2011</p></aside></main>\n'
    printf '<footer><p>Privacy</p><p>Accessibility statement</p><p>Follow us on Facebook</p></footer></body></html>\n'
  } >"$work/in/pages/page-$i.html"
done
for ((i = pages; i < pages + pdfs; ++i)); do
  file=${articles[i]}
  "$build/tests/yjs-make-test-pdf" "$work/in/pdfs/report-$i.pdf" --title "$(head -n 1 "$file")" \
    --header "Inspection report - cookies policy" --page-numbers < <(tail -n +2 "$file")
done
total=$((pages + pdfs))

seconds() { # command... -> wall seconds on stdout
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
yjs_s=$(seconds nice -n 5 "$build/indexer/yjs-index" --db "$work/yjs.db" "$work/in")
omega_s=$(seconds nice -n 5 omindex --db "$work/omega.db" --url / "$work/in")

count_docs() { xapian-delve "$1" | awk '/number of documents/ { print $NF }'; }
# Furniture words: in how many documents each index holds them (0 is right).
furniture=(cookies iplayer recycling privacy accessibility facebook)
printf '| indexer | documents | seconds | docs/s |'
for w in "${furniture[@]}"; do printf ' %s |' "$w"; done
printf '\n|---|---|---|---|'
for _ in "${furniture[@]}"; do printf -- '---|'; done
printf '\n'
for name in yjs omega; do
  db=$work/$name.db
  s=$([[ $name == yjs ]] && echo "$yjs_s" || echo "$omega_s")
  docs=$(count_docs "$db")
  printf '| %s | %s | %.1f | %.0f |' "$([[ $name == yjs ]] && echo yjs-index || echo omindex)" \
    "$docs" "$s" "$(echo "$docs / $s" | bc -l)"
  for w in "${furniture[@]}"; do
    n=$(xapian-delve -t "$w" "$db" 2>/dev/null | sed -n 's/.*(termfreq \([0-9]*\),.*/\1/p')
    printf ' %s |' "${n:-0}"
  done
  printf '\n'
done
echo "($total input files: $pages pages, $pdfs PDFs)"
