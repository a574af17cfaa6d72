// The search page's matching (src/components/search.js): node --test dashboard/test/
import assert from "node:assert/strict";
import {test} from "node:test";
import {parseQuery, search, snippet} from "../src/components/search.js";

const items = [
  {item_no: 1, meeting_date: "2024-01-10", title: "Sygefravær 2023", decision: "Taget til efterretning.", body: ""},
  {item_no: 2, meeting_date: "2025-03-05", title: "Budget 2026", decision: "Godkendt.", body: "Sygefraværet faldt i 2024."},
  {item_no: 3, meeting_date: "2025-03-05", title: "ØKONOMI", decision: "Budgettet til efterretning.", body: "", case_no: "EMN-2025-000001"},
  {item_no: 4, meeting_date: null, title: null, decision: null, body: null}
];
const numbers = (query) => search(items, query).map((d) => d.item_no);

test("words, \"phrases\" and -words, folded to lower case", () => {
  assert.deepEqual(parseQuery('Budget "til  Efterretning" -skole'),
    {include: ["budget", "til  efterretning"], exclude: ["skole"]});
  assert.deepEqual(parseQuery('"open phrase'), {include: ["open phrase"], exclude: []});
  assert.deepEqual(parseQuery(' - "" '), {include: [], exclude: []});
});

test("an empty query finds nothing", () => {
  assert.deepEqual(numbers(""), []);
  assert.deepEqual(numbers("-budget"), []);
});

test("a word inside a word, Æ Ø Å folded, title hits before body hits", () => {
  assert.deepEqual(numbers("fravær"), [1, 2]);
  assert.deepEqual(numbers("økonomi"), [3]);
});

test("every word must occur; a -word or -\"phrase\" leaves the item out", () => {
  assert.deepEqual(numbers("budget efterretning"), [3]);
  assert.deepEqual(numbers('budget -"til efterretning"'), [2]);
});

test("a case number finds its item; the latest meeting first among equals", () => {
  assert.deepEqual(numbers("EMN-2025-000001"), [3]);
  assert.deepEqual(numbers("til"), [3, 1]);
});

test("the snippet marks every hit and says where it was cut", () => {
  const long = {decision: "x ".repeat(300) + "Sygefravær steg. " + "y ".repeat(300)};
  const pieces = snippet(long, "sygefravær", 60);
  assert.deepEqual(pieces.filter(([, hit]) => hit).map(([t]) => t), ["Sygefravær"]);
  assert.equal(pieces[0][0], "… ");
  assert.equal(pieces.at(-1)[0], " …");
  assert.deepEqual(snippet({decision: "Godkendt."}, "budget"), [["Godkendt.", false]]);
});
