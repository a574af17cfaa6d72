#!/usr/bin/env bash
# The dashboard (dashboard/, built by bin/dashboard) from a database loaded
# with the bundled corpus and the KLE test file, built a second time with no
# network at all, every page opened in headless Chromium: the rendered charts,
# tables and figures carry the numbers that psql reads from the store.
# One screenshot per page goes to $DASHBOARD_SHOTS (default
# /tmp/referat-dashboard-shots), outside the repository.
#
# Skipped (exit 0, saying why) where Node.js and the dashboard's npm packages
# cannot be had: no network and nothing in npm's cache.
# Runs under bin/test (with its cluster in PG*) or alone, with referat
# installed: it then starts a throwaway cluster of its own.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
started=$SECONDS

[[ -n ${PGHOST:-} ]] || pg_start
export PATH=$PGBIN:$PATH
export PGDATABASE=referat_dashboard_test
shots=${DASHBOARD_SHOTS:-/tmp/referat-dashboard-shots}
server=
stop() {
	[[ -z $server ]] || kill "$server" 2>/dev/null || true
	dropdb --if-exists "$PGDATABASE" 2>/dev/null || true
	cleanup
}
trap stop EXIT

ensure_chromium() {
	# shellcheck disable=SC2034  # read by ensure_packages
	local PACKAGES=(chromium)
	command -v chromium >/dev/null || ensure_packages
}
ensure_chromium || { echo "SKIPPED: test/run-dashboard.sh: no chromium and it cannot be installed"; exit 0; }

dropdb --if-exists "$PGDATABASE"
createdb "$PGDATABASE"
psql_ -q -c 'CREATE EXTENSION referat'
load_corpus
psql_ -q -v kle="$(cat test/kle/emneplan.xml)" <<<"SELECT count(*) FROM referat.load_kle(:'kle');" >/dev/null

# first build: npm may install the packages (from its cache, else the registry)
rc=0
bin/dashboard --build-only || rc=$?
if ((rc == 77)); then
	echo "SKIPPED: test/run-dashboard.sh: Node.js or the dashboard's npm packages are not to be had" \
		"(no network and nothing in npm's cache: run 'cd dashboard && npm ci' once with the registry)"
	exit 0
fi
((rc == 0)) || { echo "bin/dashboard --build-only failed (exit $rc)" >&2; exit 1; }
# the build itself needs no network: again, in a network namespace of its own (as root)
if unshare -n true 2>/dev/null; then
	unshare -n bin/dashboard --build-only >/dev/null
	echo "built again with no network (unshare -n): ok"
else
	echo "not checked that the build needs no network: unshare -n needs root"
fi
# and the pages load nothing from elsewhere: no script, style or link to another site
if grep -rnoE '(src|href)="(https?:)?//[^"]*"' dashboard/dist --include='*.html' ||
	grep -rnoE '(from|import\()[[:space:]]*"(https?:)?//[^"]*"' dashboard/dist --include='*.js' ||
	grep -rnoE 'url\(["'"'"']?(https?:)?//[^)]*\)' dashboard/dist --include='*.css'; then
	echo "the built dashboard refers to other sites (above)" >&2
	exit 1
fi

# the search page's matching, in Node.js without a browser
node --test dashboard/test/ >"$WORK/node-test.log" 2>&1 || { cat "$WORK/node-test.log" >&2; exit 1; }
echo "search matching (node --test dashboard/test/): $(grep -E '^# (pass|fail) ' "$WORK/node-test.log" | tr '\n' ' ')"

port=$(free_port)
python3 -m http.server --bind 127.0.0.1 --directory dashboard/dist "$port" >"$WORK/http.log" 2>&1 &
server=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

rm -rf "$shots"
mkdir -p "$shots"
# $1 page (and query), $2 name, $3 how many charts it draws: the rendered DOM
# in $WORK/$2.html, a screenshot in $shots.  On a busy machine Chromium may
# dump the page before every cell has run or every chart is drawn (a chart is
# drawn once a ResizeObserver tells its width, about one time in four not
# within the virtual time): while a cell still shows Framework's loading mark
# or a chart (an x axis) is missing, open the page again, up to six times.
open_page() {
	local budget
	for budget in 15000 15000 30000 30000 60000 60000; do
		timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/chromium" \
			--virtual-time-budget=$budget --window-size=1600,2000 --dump-dom "http://127.0.0.1:$port/$1" \
			>"$WORK/$2.html" 2>"$WORK/chromium.log" || { cat "$WORK/chromium.log" >&2; return 1; }
		! grep -q '<observablehq-loading' "$WORK/$2.html" &&
			(($(grep -o 'aria-label="x-axis tick"' "$WORK/$2.html" | wc -l) >= $3)) && break
		echo "$2: $(grep -c '<observablehq-loading' "$WORK/$2.html") cells loading," \
			"$(grep -o 'aria-label="x-axis tick"' "$WORK/$2.html" | wc -l) of $3 charts drawn, again"
	done
	if grep -q 'observablehq--error' "$WORK/$2.html"; then
		echo "$2: a cell failed:" >&2
		python3 test/tools/dom_text.py class observablehq--error <"$WORK/$2.html" >&2
		return 1
	fi
	timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/chromium" \
		--virtual-time-budget=$budget --window-size=1600,2000 --screenshot="$shots/$2.png" \
		"http://127.0.0.1:$port/$1" >/dev/null 2>&1 || true
}
dom() { python3 test/tools/dom_text.py "$@" <"$WORK/$page.html"; }
q() { psql_ -At -c "$1"; }
checks=0
# $1 what, $2 wanted lines, $3 the lines the page shows: the same, in any order
same() {
	if ! diff <(sort <<<"$2") <(sort <<<"$3") >"$WORK/diff"; then
		echo "$page: $1 differ from the store (< store, > page):" >&2
		cat "$WORK/diff" >&2
		exit 1
	fi
	[[ -n $2 ]] || { echo "$page: $1: nothing to compare" >&2; exit 1; }
	checks=$((checks + 1))
	if (($(wc -l <<<"$2") == 1)); then
		echo "$page: $1: $2, as in the store"
	else
		echo "$page: $1: $(wc -l <<<"$2") lines as in the store"
	fi
}
# SQL: n noun(s), as the pages' labels.js count() writes it
n_of() { echo "$1 || ' $2' || CASE WHEN $1 = 1 THEN '' ELSE 's' END"; }

page=index
open_page index.html index 2
same "documents and items" \
	"$(q "SELECT count(*) || ' ' || sum(item_count) FROM referat.meetings")" \
	"$(dom id kpi-documents) $(dom id kpi-items)"
same "forum table rows (forum, meetings, items)" \
	"$(q "SELECT COALESCE(forum, '(no forum found)') || '|' || count(*) || '|' || sum(item_count)
	        FROM referat.meetings GROUP BY forum")" \
	"$(dom rows forum-table | tail -n +2 | cut -d'|' -f2-4)"
same "bars of the items-per-forum chart and the forum-and-year chart" \
	"$(q "SELECT COALESCE(forum, '(no forum found)') || ': ' || $(n_of 'count(*)' meeting) || ', ' || $(n_of 'sum(item_count)' item)
	        FROM referat.meetings GROUP BY forum
	      UNION ALL
	      SELECT COALESCE(forum, '(no forum found)') || ', ' || extract(year FROM meeting_date) || ' (' || COALESCE(kind, '—') || '): '
	             || $(n_of 'count(*)' meeting) || ', ' || $(n_of 'sum(item_count)' item)
	        FROM referat.meetings WHERE meeting_date IS NOT NULL GROUP BY forum, kind, extract(year FROM meeting_date)")" \
	"$(dom titles)"
same "year totals above the bars (items)" \
	"$(q "SELECT sum(item_count) FROM referat.meetings WHERE meeting_date IS NOT NULL
	       GROUP BY extract(year FROM meeting_date)")" \
	"$(dom marks year-total)"

page=outcomes
open_page outcomes.html outcomes 1
same "bars (month, outcome, items)" \
	"$(q "SELECT month || ' · ' || outcome || ': ' || $(n_of n item)
	        FROM (SELECT to_char(meeting_date, 'YYYY-MM') AS month, COALESCE(outcome, '(no decision)') AS outcome, count(*) AS n
	                FROM referat.items_v WHERE meeting_date IS NOT NULL GROUP BY 1, 2) AS t")" \
	"$(dom titles)"

page=cases
open_page cases.html cases 2
top="SELECT case_no, meetings FROM referat.recurring_cases_v
      ORDER BY meetings DESC, items DESC, last_seen DESC NULLS LAST, case_no LIMIT 20"
same "the 20 most frequent cases' meetings" \
	"$(q "SELECT $(n_of meetings meeting) FROM ($top) AS t")" \
	"$(dom marks case-meetings)"
same "bars (appearances of the 20 cases)" \
	"$(q "SELECT case_no || ': ' || $(n_of n appearance) || ', '
	             || CASE appearance WHEN 'item' THEN 'an item carries the number' ELSE 'a Sagsforløb lists it' END
	        FROM (SELECT case_no, appearance, count(*) AS n FROM referat.case_history_v
	               WHERE case_no IN (SELECT case_no FROM ($top) AS t) GROUP BY 1, 2) AS h")" \
	"$(dom titles | grep -E ': [0-9]+ appearances?, ')"
# the page shows first the listed case (of 50) with the longest history, the first of the list among equals
first=$(q "SELECT r.case_no
             FROM (SELECT case_no, row_number() OVER (ORDER BY meetings DESC, items DESC, last_seen DESC NULLS LAST, case_no) AS rank
                     FROM referat.recurring_cases_v) AS r
             JOIN referat.case_history_v AS h USING (case_no)
            WHERE r.rank <= 50 GROUP BY r.case_no, r.rank ORDER BY count(*) DESC, r.rank LIMIT 1")
same "history of $first (date, forum, item)" \
	"$(q "SELECT COALESCE(to_char(meeting_date, 'FMDD.FMMM.YYYY'), '—') || ' ' || COALESCE(forum, '(no forum found)')
	             || COALESCE(', item ' || item_no, '')
	        FROM referat.case_history_v WHERE case_no = '$first'")" \
	"$(paste -d ' ' <(dom class when) <(dom class where))"

page=kle
open_page kle.html kle 1
same "bars (KLE main group with its title, outcome, decided items)" \
	"$(q "SELECT bar || ': ' || $(n_of n item)
	        FROM (SELECT main_group || COALESCE(' ' || main_group_title, '') || ' · ' || outcome AS bar, count(*) AS n
	                FROM referat.items_kle_v WHERE outcome IS NOT NULL AND outcome <> 'closed' GROUP BY 1) AS t")" \
	"$(dom titles)"

page=search
# the page's matching in SQL: every word anywhere in the item's text, no -word
item_text="lower(concat_ws(' ', title, decision, occasion, summary, presentation, recommendation, history, case_no))"
hits() { q "SELECT count(*) FROM referat.items_v WHERE $1"; }
open_page 'search.html?q=sygefrav%C3%A6r' search 0
same "hits for sygefravær" \
	"$(hits "$item_text LIKE '%sygefravær%'")" \
	"$(dom id search-count | grep -oE '^[0-9]+')"
open_page 'search.html?q=budget%20-%22til%20efterretning%22' search 0
same "hits for budget -\"til efterretning\"" \
	"$(hits "$item_text LIKE '%budget%' AND $item_text NOT LIKE '%til efterretning%'")" \
	"$(dom id search-count | grep -oE '^[0-9]+')"
case_no=$(q "SELECT case_no FROM referat.recurring_cases_v ORDER BY meetings DESC, case_no LIMIT 1")
open_page "search.html?q=$case_no" search 0
same "the items of case $case_no" \
	"$(q "SELECT title FROM referat.items_v WHERE case_no = '$case_no'")" \
	"$(dom class hit-title)"

page=quality
open_page quality.html quality 1
same "figures (documents without items, ToC entries without item, minutes items without decision, over 20 % untitled)" \
	"$(q "SELECT count(*) FILTER (WHERE items = 0) || ' ' || sum(toc_without_item) || ' ' ||
	             sum(minutes_items_without_decision) || ' ' || count(*) FILTER (WHERE untitled_share > 0.2)
	        FROM referat.parse_quality_v")" \
	"$(dom id kpi-no-items) $(dom id kpi-toc) $(dom id kpi-no-decision) $(dom id kpi-untitled)"
same "document rows (file, items, ToC entries, ToC without item)" \
	"$(q "SELECT regexp_replace(source, '^.*/', '') || '|' || items || '|' || toc_entries || '|' || toc_without_item
	        FROM referat.parse_quality_v")" \
	"$(dom rows quality-table | tail -n +2 | awk -F'|' -v OFS='|' '{print $2, $7, $8, $9}')"

echo "test/run-dashboard.sh: $checks checks passed in $((SECONDS - started)) s; screenshots in $shots"
