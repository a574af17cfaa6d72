// The search page's matching, in the browser over the items search-items.json
// exports: every word or "quoted phrase" must occur in the item (anywhere in a
// word, so "fravær" finds "sygefravær"), no -word may; hits in the title count
// most, then the decision, then the other sections and the case number, as
// referat.search weighs them.

const fold = (s) => (s ?? "").toLocaleLowerCase("da");

// 'budget "til efterretning" -skole' → {include: ["budget", "til efterretning"], exclude: ["skole"]}
export function parseQuery(query) {
  const include = [], exclude = [];
  for (const [, minus, phrase, word] of fold(query).matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g)) {
    const term = (phrase ?? word).trim();
    if (term === "" || term === "-") continue;
    (minus ? exclude : include).push(term);
  }
  return {include, exclude};
}

const weights = [["title", 3], ["decision", 2], ["body", 1], ["case_no", 1]];

function occurrences(text, term) {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0 && n < 3; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

// the matching items, best first (then the latest meeting first)
export function search(items, query) {
  const {include, exclude} = parseQuery(query);
  if (include.length === 0) return [];
  const hits = [];
  for (const item of items) {
    const fields = weights.map(([name, weight]) => [fold(item[name]), weight]);
    if (exclude.some((t) => fields.some(([text]) => text.includes(t)))) continue;
    let score = 0, all = true;
    for (const term of include) {
      const s = fields.reduce((sum, [text, weight]) => sum + weight * occurrences(text, term), 0);
      if (s === 0) { all = false; break; }
      score += s;
    }
    if (all) hits.push({...item, score});
  }
  return hits.sort((a, b) => b.score - a.score ||
    (b.meeting_date ?? "").localeCompare(a.meeting_date ?? "") || (a.item_no ?? 0) - (b.item_no ?? 0));
}

// Up to `width` characters of the decision (else the other text) around the
// first term found, as [text, isHit] pieces to render with the hits marked.
export function snippet(item, query, width = 240) {
  const {include} = parseQuery(query);
  const source = [item.decision, item.body].find((t) => include.some((term) => fold(t).includes(term)))
    ?? item.decision ?? item.body ?? "";
  const text = source.replace(/\s+/g, " ");
  const folded = fold(text);
  const first = Math.min(...include.map((t) => folded.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, Math.min(first - width / 3, text.length - width));
  const end = Math.min(text.length, start + width);
  const pieces = [];
  let at = start;
  while (at < end) {
    let next = end, len = 0;
    for (const term of include) {
      const i = folded.indexOf(term, at);
      if (i >= 0 && i < next) { next = i; len = term.length; }
    }
    if (next > at) pieces.push([text.slice(at, Math.min(next, end)), false]);
    if (next < end) pieces.push([text.slice(next, next + len), true]);
    at = next + len;
  }
  if (start > 0) pieces.unshift(["… ", false]);
  if (end < text.length) pieces.push([" …", false]);
  return pieces;
}
