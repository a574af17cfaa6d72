#!/usr/bin/env bash
# referat-load on a folder holding the corpus as text, as PDF, as a web page
# and as FirstAgenda JSON, plus a corrupt PDF, a binary file, JSON that is no
# meeting and a file of another type: the bad
# files are reported and skipped, the rest load, the exit status says that
# something failed, and a second run finds everything already present.  Then
# text in Windows-1252 and ISO-8859-1, files without text, a pdftotext that hangs.
set -euo pipefail
cd "$(dirname "$0")/.."

db=referat_loader_test
dir=$(mktemp -d)
trap 'rm -rf "$dir"; dropdb --if-exists "$db"' EXIT
load() { "$(pg_config --bindir)/referat-load" -d "$db" "$@"; }
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

mkdir -p "$dir/minutes/pdf" "$dir/minutes/web" "$dir/minutes/json"
cp test/corpus/albertslund/*.txt "$dir/minutes/"
python3 test/tools/make_pdf.py test/corpus/albertslund/003_65119b95b52dd9a8.txt "$dir/minutes/pdf/2023-03-15.pdf"
sed 's/&/\&amp;/g; s/</\&lt;/g; s/.*/<p>&<\/p>/' test/corpus/albertslund/004_5da69337d8b4a5ec.txt |
	{ echo '<html><head><title>Referat</title><style>p{}</style></head><body>'; cat; echo '</body></html>'; } \
	>"$dir/minutes/web/2021-03-17.html"
cp test/corpus/greve/2025-01-29_okonomiudvalget.json "$dir/minutes/json/"
echo '{"Udvalg": {"Navn": "Byråd"}}' >"$dir/minutes/json/no-items.json"
head -c 3000 /dev/urandom >"$dir/minutes/pdf/corrupt.pdf"
printf 'Punkt 1: \0binary\n' >"$dir/minutes/binary.txt"
echo 'not minutes' >"$dir/minutes/notes.docx"

dropdb --if-exists "$db"
createdb "$db"
q 'CREATE EXTENSION referat' >/dev/null

status=0
out=$(load "$dir/minutes") || status=$?
echo "$out"
[[ $status -eq 1 ]] || { echo "first run: exit $status, want 1" >&2; exit 1; }
grep -qx '8 loaded, 0 already present, 3 failed, 1 skipped (not documents)' <<<"$out"
grep -q "^failed: .*corrupt.pdf: pdftotext: " <<<"$out"
grep -q "^failed: .*binary.txt: binary file" <<<"$out"
grep -q '^failed: .*no-items.json: .*FirstAgenda JSON has no "Dagsordenpunkter" array' <<<"$out"

# the JSON meeting: forum, date, and an item per Dagsordenpunkter entry with its number and title
json=test/corpus/greve/2025-01-29_okonomiudvalget.json
got=$(q "SELECT string_agg(format('%s|%s|%s|%s', i.forum, i.meeting_date, i.item_no, i.title), E'\n' ORDER BY i.item_no)
           FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id
          WHERE d.source = '$dir/minutes/json/$(basename $json)'")
want=$(python3 -c '
import json, re, sys
d = json.load(open(sys.argv[1]))
for i in d["Dagsordenpunkter"]:
    print("|".join([d["Udvalg"]["Navn"], d["Moede"]["Dato"][:10], i["Punktnummer"], re.sub(r"^Lukket: *", "", i["Navn"])]))
' "$json")
[[ -n $got && $got == "$want" ]] || { echo "$json: items differ from the JSON" >&2; diff <(echo "$want") <(echo "$got") >&2; exit 1; }
echo "json/$(basename $json): $(wc -l <<<"$got") items as in the JSON"

# the PDF and the web page parse into the items of their text versions
for pair in "pdf/2023-03-15.pdf:003_65119b95b52dd9a8.txt" "web/2021-03-17.html:004_5da69337d8b4a5ec.txt"; do
	converted=${pair%%:*} original=${pair##*:}
	got=$(q "SELECT string_agg(format('%s|%s|%s|%s', i.item_no, i.title, i.case_no, i.outcome), E'\n' ORDER BY i.item_no)
	           FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id
	          WHERE d.source = '$dir/minutes/$converted'")
	want=$(q "SELECT string_agg(format('%s|%s|%s|%s', i.item_no, i.title, i.case_no, i.outcome), E'\n' ORDER BY i.item_no)
	            FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id
	           WHERE d.source = '$dir/minutes/$original'")
	[[ -n $got && $got == "$want" ]] || { echo "$converted: items differ from $original" >&2; diff <(echo "$want") <(echo "$got") >&2; exit 1; }
	echo "$converted: $(wc -l <<<"$got") items as in $original"
done

# again, on a terminal (script(1) gives it one): a progress bar, then the summary
status=0
out=$(script -qec "$(pg_config --bindir)/referat-load -d $db $dir/minutes/*.txt $dir/minutes/pdf $dir/minutes/web $dir/minutes/json" /dev/null) ||
	status=$?
tr '\r' '\n' <<<"$out" | tail -n 4
[[ $status -eq 1 ]]
grep -q $'\r\[###' <<<"$out"
grep -q '^0 loaded, 8 already present, 3 failed' <<<"$(tr -d '\r' <<<"$out")"
[[ $(q 'SELECT count(*) FROM referat.documents') -eq 8 ]]
echo "referat-load: bad files reported and skipped, loads idempotent"

# Older exports in Windows-1252 (Slagelse's minutes, with æ, ø, å and en dashes): read as such
# when they are not UTF-8, and said so; the same items as the UTF-8 text.  --encoding forces
# one (Holbæk's minutes in ISO-8859-1); an unknown encoding is bad usage.
mkdir -p "$dir/latin"
python3 -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding="utf-8").read().encode(sys.argv[2]))' \
	test/corpus/excerpts/13_slagelse_oeu_2018-10-01_excerpt.txt cp1252 >"$dir/latin/slagelse.txt"
python3 -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding="utf-8").read().encode(sys.argv[2]))' \
	test/corpus/excerpts/12_holbaek_udvalget_aeldre_sundhed_2020-06-04_excerpt.txt iso-8859-1 >"$dir/latin/holbaek.txt"
out=$(load "$dir/latin/slagelse.txt")
echo "$out"
grep -qx '1 loaded, 0 already present, 0 failed' <<<"$out"
grep -qx "read as Windows-1252 (not UTF-8): $dir/latin/slagelse.txt" <<<"$out"
out=$(load --encoding iso-8859-1 "$dir/latin/holbaek.txt")
echo "$out"
grep -qx '1 loaded, 0 already present, 0 failed' <<<"$out"
! grep -q 'Windows-1252' <<<"$out"
for pair in "slagelse.txt:13_slagelse_oeu_2018-10-01_excerpt.txt" "holbaek.txt:12_holbaek_udvalget_aeldre_sundhed_2020-06-04_excerpt.txt"; do
	stored=${pair%%:*} original=test/corpus/excerpts/${pair##*:}
	got=$(q "SELECT string_agg(format('%s|%s|%s', i.item_no, i.title, i.case_no), E'\n' ORDER BY i.item_no)
	           FROM referat.items_v i JOIN referat.documents d ON d.id = i.document_id
	          WHERE d.source = '$dir/latin/$stored'")
	want=$(psql -X -At -v ON_ERROR_STOP=1 -d "$db" -v doc="$(cat "$original")" <<<"SELECT string_agg(format('%s|%s|%s', item_no, title, case_no), E'\n' ORDER BY item_no) FROM referat.items(:'doc')")
	[[ -n $got && $got == "$want" ]] || { echo "$stored: items differ from $original" >&2; diff <(echo "$want") <(echo "$got") >&2; exit 1; }
	echo "latin/$stored: $(wc -l <<<"$got") items as in the UTF-8 text"
done
status=0
load --encoding no-such-encoding "$dir/latin" 2>/dev/null || status=$?
[[ $status -eq 2 ]] || { echo "--encoding no-such-encoding: exit $status, want 2" >&2; exit 1; }
echo "referat-load: Windows-1252 read and reported, --encoding forces an encoding"

# Files without text are reported and not stored: an empty file, a PDF without a text layer
# (as a scanned page is).  A pdftotext that hangs is stopped after --convert-timeout.
mkdir -p "$dir/empty" "$dir/slow" "$dir/bin"
: >"$dir/empty/empty.txt"
python3 test/tools/make_pdf.py "$dir/empty/empty.txt" "$dir/empty/scanned.pdf"
before=$(q 'SELECT count(*) FROM referat.documents')
status=0
out=$(load "$dir/empty") || status=$?
echo "$out"
[[ $status -eq 1 ]]
grep -qx '0 loaded, 0 already present, 2 failed' <<<"$out"
grep -qx "failed: $dir/empty/empty.txt: no text" <<<"$out"
grep -qx "failed: $dir/empty/scanned.pdf: no text: a scanned PDF needs OCR (--ocr)" <<<"$out"
[[ $(q 'SELECT count(*) FROM referat.documents') -eq $before ]]
python3 test/tools/make_pdf.py test/corpus/albertslund/000_29b8a9bb6d12761b.txt "$dir/slow/slow.pdf"
printf '#!/bin/sh\nexec sleep 60\n' >"$dir/bin/pdftotext"
chmod +x "$dir/bin/pdftotext"
status=0
out=$(PATH="$dir/bin:$PATH" timeout 30 "$(pg_config --bindir)/referat-load" -d "$db" --convert-timeout 1 "$dir/slow") || status=$?
echo "$out"
[[ $status -eq 1 ]] || { echo "slow pdftotext: exit $status, want 1" >&2; exit 1; }
grep -qx "failed: $dir/slow/slow.pdf: pdftotext took more than 1 s (--convert-timeout)" <<<"$out"
echo "referat-load: files without text and a hanging pdftotext reported, nothing stored"

# The search index's pending list: every batch but each worker's last raises
# gin_pending_list_limit for its transaction; the last ones run with the server's
# limit, so that what is pending is merged before the load ends.  A statement
# trigger notes the limit each batch ran with.
q "CREATE TABLE public.batch_limits (n integer GENERATED ALWAYS AS IDENTITY, setting text);
   CREATE FUNCTION public.note_limit() RETURNS trigger LANGUAGE plpgsql AS
     \$\$BEGIN INSERT INTO public.batch_limits (setting) VALUES (current_setting('gin_pending_list_limit')); RETURN NULL; END\$\$;
   CREATE TRIGGER note_limit AFTER INSERT ON referat.documents FOR EACH STATEMENT EXECUTE FUNCTION public.note_limit()" >/dev/null
server=$(q 'SHOW gin_pending_list_limit')
limits() { q "SELECT string_agg(replace(setting, '$server', 'server'), ' ' ORDER BY n) FROM public.batch_limits"; }
q 'TRUNCATE referat.documents' >/dev/null
load --batch-size 1 test/corpus/albertslund >/dev/null
[[ $(limits) == "32MB 32MB 32MB 32MB server" ]] || { echo "-j 1, 5 batches: limits $(limits)" >&2; exit 1; }
q 'TRUNCATE referat.documents, public.batch_limits' >/dev/null
load -j 2 --batch-size 1 test/corpus/albertslund >/dev/null
[[ $(limits | tr ' ' '\n' | sort | uniq -c | xargs) == "3 32MB 2 server" ]] || { echo "-j 2, 5 batches: limits $(limits)" >&2; exit 1; }
[[ $(q 'SELECT count(*) FROM referat.documents') -eq 5 ]]
echo "referat-load: batches raise gin_pending_list_limit, each worker's last runs with the server's"
