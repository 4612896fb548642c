// The report's page list: filters kept in the URL hash, a paged list, details built when a row is opened.
// Scraped text is hostile: every value reaches the DOM through textContent or a text node, never as markup.

const PAGE_SIZE = 100;
const LEVELS = ["pass", "warn", "fail"];
const LEVEL_TEXT = ["ok", "warn", "fail"];
const FIELD_ORDER = ["title", "published", "authors", "language", "url", "site", "extractor", "extractor_version", "body"];
const APPROVAL_TEXT = { new: "unapproved", same: "approved", changed: "changed" };
const STATE_KEYS = ["q", "site", "check", "status", "ext", "pg", "open"];
const $ = (id) => document.getElementById(id);

let P = null; // page columns (see harness/report/payload.py)
let meta = {};
let order = [], shown = [];
let hay = null;
const state = {};

async function load() {
  const blob = JSON.parse($("data").textContent);
  meta = blob.meta || {};
  P = blob.encoding === "gzip+base64" ? JSON.parse(await inflate(blob.pages)) : blob.pages;
  for (const [n, name] of ["record", "approval", "quality", "drift", "cut"].entries()) P[name] = P.rows.map((r) => r[n]);
  order = Array.from({ length: P.n }, (_, i) => i);
  order.sort((x, y) => (P.level[y] - P.level[x]) || (P.new[y].length - P.new[x].length) || (x - y));
}

async function inflate(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function add(parent, ...kids) {
  for (const kid of kids) {
    if (kid === null || kid === undefined) continue;
    parent.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid);
  }
  return parent;
}

// Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays text.
function safeHref(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function urlNode(url) {
  const href = safeHref(url);
  if (!href) return el("span", "mono", url === null || url === undefined ? "—" : url);
  const a = el("a", "url", url);
  a.href = href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  return a;
}

// ---- state <-> URL hash ------------------------------------------------------------------------------

function readHash() {
  const raw = location.hash.replace(/^#/, "");
  const params = new URLSearchParams(raw.includes("=") ? raw : "");
  for (const key of STATE_KEYS) state[key] = params.get(key) || "";
  state.pg = Math.max(1, parseInt(state.pg, 10) || 1);
}

function writeHash() {
  const params = new URLSearchParams();
  for (const key of STATE_KEYS) {
    const value = state[key];
    if (value && !(key === "pg" && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  const url = text ? "#" + text : location.pathname + location.search;
  try { history.replaceState(null, "", url); } catch (e) { location.replace(text ? "#" + text : "#"); }
}

function fillSelect(id, values, current) {
  const select = $(id);
  const all = values.slice().sort();
  if (current && !all.includes(current)) all.push(current);
  for (const value of all) add(select, Object.assign(el("option", null, value), { value }));
}

function syncControls() {
  $("f-q").value = state.q;
  for (const [id, key] of [["f-site", "site"], ["f-check", "check"], ["f-status", "status"], ["f-ext", "ext"]]) {
    const select = $(id);
    if (state[key] && !Array.from(select.options).some((o) => o.value === state[key])) {
      add(select, Object.assign(el("option", null, state[key]), { value: state[key] }));
    }
    select.value = state[key];
  }
}

// ---- filtering -----------------------------------------------------------------------------------

function haystack(i) {
  if (!hay) hay = new Array(P.n);
  if (hay[i] === undefined) {
    const parts = [P.key[i], P.title[i] || "", P.url[i] || "", P.sites[P.site[i]]];
    for (const f of P.findings[i]) parts.push(P.checks[f[0]], f[3], f[4] || "");
    const record = P.record[i] || {};
    for (const value of Object.values(record)) if (typeof value === "string") parts.push(value);
    hay[i] = parts.join("\n").toLowerCase();
  }
  return hay[i];
}

function statusOk(i, status, check) {
  const approval = P.approval[i] && P.approval[i].status;
  const drift = P.drift[i] && P.drift[i].label;
  switch (status) {
    case "fail": case "warn": case "pass": return LEVELS[P.level[i]] === status;
    case "problem": return P.level[i] > 0;
    case "new": return check < 0 ? P.new[i].length > 0 : P.new[i].includes(check);
    case "newfinding": case "accepted": {
      const want = status === "newfinding" ? "new" : "accepted";
      return P.findings[i].some((f) => f[5] === want && (check < 0 || f[0] === check));
    }
    case "changed": return approval === "changed";
    case "unapproved": return approval === "new";
    case "same": return approval === "same";
    case "drift": return !!drift && drift !== "unchanged";
    default: return status.startsWith("drift:") ? drift === status.slice(6) : true;
  }
}

function applyFilters() {
  const site = state.site ? P.sites.indexOf(state.site) : -2;
  const ext = state.ext ? P.exts.indexOf(state.ext) : -2;
  const check = state.check ? P.checks.indexOf(state.check) : -2;
  const q = state.q.trim().toLowerCase();
  shown = order.filter((i) =>
    (site === -2 || P.site[i] === site) &&
    (ext === -2 || P.ext[i] === ext) &&
    (check === -2 || P.findings[i].some((f) => f[0] === check)) &&
    (!state.status || statusOk(i, state.status, check < 0 ? -1 : check)) &&
    (!q || haystack(i).includes(q)));
}

// ---- list ----------------------------------------------------------------------------------------

function render() {
  applyFilters();
  if (state.open) {
    const at = shown.findIndex((i) => P.key[i] === state.open);
    if (at >= 0) state.pg = Math.floor(at / PAGE_SIZE) + 1;
  }
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  state.pg = Math.min(state.pg, pages);
  $("f-count").textContent = shown.length + " of " + P.n + " pages";
  const list = $("list");
  list.replaceChildren();
  if (!shown.length) {
    add(list, el("p", "empty", "No page matches these filters."));
  } else {
    const table = el("table", "rows");
    const head = add(el("tr"), el("th", "c-level", ""), el("th", "c-id", "page"));
    if (meta.multi_extractor) add(head, el("th", "c-ext", "extractor"));
    add(head, el("th", "c-title", "title"), el("th", "c-find", "findings"), el("th", "c-state", "approval · drift"));
    add(table, add(el("thead"), head));
    const body = el("tbody");
    for (const i of shown.slice((state.pg - 1) * PAGE_SIZE, state.pg * PAGE_SIZE)) {
      add(body, row(i));
      if (P.key[i] === state.open) add(body, detailRow(i));
    }
    add(list, add(table, body));
  }
  pager(pages);
  // The hash this list was drawn for: a hash change re-renders asynchronously, so tests (and anyone
  // scripting the report) wait until this equals location.hash before reading the list.
  document.documentElement.dataset.rendered = location.hash;
}

function row(i) {
  const tr = el("tr", "row" + (P.key[i] === state.open ? " open" : ""));
  tr.tabIndex = 0;
  tr.dataset.key = P.key[i];
  add(tr, add(el("td"), el("span", "chip l-" + LEVELS[P.level[i]], LEVEL_TEXT[P.level[i]])));
  add(tr, Object.assign(el("td", "mono", P.key[i]), { title: P.key[i] }));
  if (meta.multi_extractor) add(tr, el("td", null, P.exts[P.ext[i]]));
  const title = P.title[i];
  add(tr, Object.assign(el("td", title ? null : "null", title || "no title"), { title: title || "" }));
  const cell = el("td");
  const seen = new Map();
  for (const f of P.findings[i]) if (!seen.has(f[0]) || f[1] < seen.get(f[0])) seen.set(f[0], f[1]);
  let n = 0;
  for (const [check, sev] of seen) {
    if (n++ === 3) { add(cell, el("span", "chip", "+" + (seen.size - 3))); break; }
    add(cell, el("span", "chip s-" + P.severities[sev], P.checks[check]), " ");
  }
  add(tr, cell);
  const st = el("td", "st");
  if (P.new[i].length) add(st, el("span", "chip new", "new fail"), " ");
  const approval = P.approval[i] && P.approval[i].status;
  if (approval) add(st, el("span", "chip a-" + approval, APPROVAL_TEXT[approval] || approval), " ");
  if (P.drift[i] && P.drift[i].label) add(st, el("span", "chip d-" + P.drift[i].label, P.drift[i].label));
  add(tr, st);
  const toggle = () => { state.open = state.open === P.key[i] ? "" : P.key[i]; writeHash(); render(); };
  tr.addEventListener("click", toggle);
  tr.addEventListener("keydown", (e) => { if (e.key === "Enter") toggle(); });
  return tr;
}

function detailRow(i) {
  const td = el("td", "detail");
  td.colSpan = meta.multi_extractor ? 6 : 5;
  try {
    add(td, detail(i));
  } catch (e) {
    add(td, el("p", "cut", "Could not show this page: " + e));
  }
  return add(el("tr", "detail-row"), td);
}

function pager(pages) {
  const nav = $("pager");
  nav.replaceChildren();
  if (pages <= 1) return;
  const go = (pg) => { state.pg = pg; state.open = ""; writeHash(); render(); $("pages").scrollIntoView(); };
  const button = (text, pg) => {
    const b = el("button", null, text);
    b.type = "button";
    b.disabled = pg < 1 || pg > pages || pg === state.pg;
    b.addEventListener("click", () => go(pg));
    return b;
  };
  add(nav, button("« first", 1), button("‹ prev", state.pg - 1), el("span", null, "page " + state.pg + " of " + pages),
    button("next ›", state.pg + 1), button("last »", pages));
}

// ---- wiring --------------------------------------------------------------------------------------

function wire() {
  let timer = 0;
  const changed = () => { state.pg = 1; state.open = ""; writeHash(); render(); };
  $("f-q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = $("f-q").value; changed(); }, 180);
  });
  for (const [id, key] of [["f-site", "site"], ["f-check", "check"], ["f-status", "status"], ["f-ext", "ext"]]) {
    $(id).addEventListener("change", () => { state[key] = $(id).value; changed(); });
  }
  $("f-clear").addEventListener("click", () => {
    for (const key of STATE_KEYS) state[key] = "";
    syncControls();
    changed();
  });
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  window.addEventListener("hashchange", () => {
    if (!location.hash.includes("=") && location.hash.length > 1) return; // a plain anchor in the summary
    readHash();
    syncControls();
    render();
    reveal();
  });
}

// An opened page is scrolled to its own row, kept clear of the sticky filter bar (whose height varies as it wraps).
function reveal() {
  const target = state.open && (document.querySelector("tr.row.open") || document.querySelector("tr.detail-row"));
  if (target) target.style.scrollMarginTop = ($("filters").offsetHeight + 8) + "px";
  (target || $("pages")).scrollIntoView({ block: "start" });
}

async function main() {
  try {
    await load();
  } catch (e) {
    $("list").replaceChildren(el("p", "cut", "This report's page data could not be read: " + e));
    return;
  }
  readHash();
  fillSelect("f-site", P.sites, state.site);
  fillSelect("f-check", P.checks, state.check);
  fillSelect("f-ext", P.exts, state.ext);
  syncControls();
  wire();
  render();
  if (state.open) reveal();
  document.documentElement.dataset.ready = "1";
}

main();
