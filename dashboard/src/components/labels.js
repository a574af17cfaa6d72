// How the pages name what the views leave NULL, and the outcomes' order and colours.

// a document whose front matter names no forum
export function forumLabel(forum) {
  return forum ?? "(no forum found)";
}

// an item without a decision section (an agenda, or minutes read badly)
export function outcomeLabel(outcome) {
  return outcome ?? "(no decision)";
}

// referat.outcome's values, decisions first, as the colour legend lists them
export const outcomes = [
  "approved", "decided", "rejected", "referred", "postponed",
  "noted", "informed", "discussed", "none", "closed", "(no decision)"
];
export const outcomeColors = [
  "#2e7d32", "#66bb6a", "#c62828", "#6a5acd", "#ef8f00",
  "#1e88e5", "#64b5f6", "#9575cd", "#bdbdbd", "#616161", "#e0e0e0"
];

// an ISO date (or NULL) as the minutes write it: 15.3.2023
export function danishDate(iso) {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-");
  return `${+d}.${+m}.${y}`;
}

// 1 item, 2 items
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
