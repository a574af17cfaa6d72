// Observable Framework configuration of the referat dashboard (see README.md here).
export default {
  title: "referat",
  root: "src",
  pages: [
    {name: "Meetings and items", path: "/index"},
    {name: "Outcomes per month", path: "/outcomes"},
    {name: "Recurring cases", path: "/cases"},
    {name: "Decisions by KLE", path: "/kle"},
    {name: "Search", path: "/search"},
    {name: "Parse quality", path: "/quality"}
  ],
  // the air theme, light only, wide pages (tables of titles need the width); see src/style.css
  style: "style.css",
  // plain files with .html links, so any static file server serves dist/
  preserveIndex: true,
  preserveExtension: true,
  // nothing from outside sites (the default loads a web font): the dashboard works offline
  globalStylesheets: [],
  // no links to outside sites
  footer: "referat: Danish municipal minutes read into PostgreSQL.",
  toc: false,
  pager: false
};
