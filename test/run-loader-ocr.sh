#!/usr/bin/env bash
# referat-load --ocr: a scanned PDF (a page of minutes as an image, no text layer)
# is read by tesseract's Danish model, and its items come back as in the text.
set -euo pipefail
cd "$(dirname "$0")/.."

db=referat_loader_ocr
dir=$(mktemp -d)
trap 'rm -rf "$dir"; dropdb --if-exists "$db"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

original=test/corpus/excerpts/13_slagelse_oeu_2018-10-01_excerpt.txt
python3 test/tools/make_pdf.py "$original" "$dir/typed.pdf"
python3 test/tools/make_scanned_pdf.py "$dir/typed.pdf" "$dir/scanned.pdf"
[[ -z $(pdftotext "$dir/scanned.pdf" - | tr -d '[:space:]') ]] || { echo "the scanned PDF has a text layer" >&2; exit 1; }

dropdb --if-exists "$db"
createdb "$db"
q 'CREATE EXTENSION referat'
status=0
out=$("$(pg_config --bindir)/referat-load" -d "$db" "$dir/scanned.pdf") || status=$?
echo "$out"
[[ $status -eq 1 ]] && grep -qx "failed: $dir/scanned.pdf: no text: a scanned PDF needs OCR (--ocr)" <<<"$out"
out=$("$(pg_config --bindir)/referat-load" -d "$db" --ocr "$dir/scanned.pdf")
echo "$out"
grep -qx '1 loaded, 0 already present, 0 failed' <<<"$out"

# Item numbers, case numbers and outcomes as parsed from the original text, and each
# title beginning with the original title: OCR is not the typed text (here it reads the
# repeated header "1.     Godkendelse af dagsorden (B)" as "1... Godkendelse ...", which
# then stays part of the title).
row="format('%s|%s|%s', item_no, case_no, outcome), title"
got=$(q "SELECT $row FROM referat.items ORDER BY seq")
want=$(psql -X -At -v ON_ERROR_STOP=1 -d "$db" -v doc="$(cat "$original")" <<<"SELECT $row FROM referat.items(:'doc') WITH ORDINALITY ORDER BY ordinality")
echo "$got"
[[ -n $want && $(cut -d'|' -f1-3 <<<"$got") == "$(cut -d'|' -f1-3 <<<"$want")" ]] ||
	{ echo "OCR: items differ from the text" >&2; diff <(echo "$want") <(echo "$got") >&2; exit 1; }
while IFS='|' read -r no _ _ title && IFS='|' read -r _ _ _ ocr_title <&3; do
	[[ $ocr_title == "$title"* ]] || { echo "OCR: item $no titled '$ocr_title', want '$title'" >&2; exit 1; }
done <<<"$want" 3<<<"$got"
echo "referat-load --ocr: the $(wc -l <<<"$got") items of a scanned page as in its text"
