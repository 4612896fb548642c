// One page's details, built only when its row is opened: fields with findings highlighted in place,
// the findings, the diff against the approved output, quality scores and drift.

function section(title, ...kids) {
  return add(el("div", "d-sec"), el("h3", null, title), ...kids);
}

// "$.body" -> ["body", null]; "$.authors[1]" -> ["authors", 1]; "$" -> [null, null].
function fieldPath(path) {
  const m = /^\$\.?([^.[]*)(?:\[(\d+)\])?/.exec(String(path || ""));
  return m && m[1] ? [m[1], m[2] === undefined ? null : Number(m[2])] : [null, null];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Where each excerpt occurs in text: exactly, then ignoring case, then ignoring whitespace differences.
function occurrences(text, excerpt) {
  const found = [];
  let pos = text.indexOf(excerpt);
  if (pos < 0) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) {
      const needle = excerpt.toLowerCase();
      for (pos = lower.indexOf(needle); pos >= 0 && found.length < 500; pos = lower.indexOf(needle, pos + needle.length)) {
        found.push([pos, pos + needle.length]);
      }
    }
    if (!found.length && excerpt.length <= 2000) {
      const words = excerpt.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
      if (words.length) {
        const re = new RegExp(words.join("\\s+"), "gi");
        for (let m = re.exec(text); m && found.length < 500; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
      }
    }
    return found;
  }
  for (; pos >= 0 && found.length < 500; pos = text.indexOf(excerpt, pos + excerpt.length)) {
    found.push([pos, pos + excerpt.length]);
  }
  return found;
}

// Text with every mark's excerpt wrapped in <mark>; counts hits per mark in mark.hits.
function highlighted(text, marks) {
  const ranges = [];
  for (const mark of marks) {
    const hits = occurrences(text, mark.excerpt);
    mark.hits += hits.length;
    for (const [s, e] of hits) ranges.push([s, e, mark]);
  }
  ranges.sort((x, y) => (x[0] - y[0]) || (y[1] - x[1]));
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [s, e, mark] of ranges) {
    if (s < at || e <= s) continue;
    if (s > at) frag.appendChild(document.createTextNode(text.slice(at, s)));
    const node = el("mark", "m-" + mark.severity, text.slice(s, e));
    node.title = mark.check + ": " + mark.message;
    frag.appendChild(node);
    at = e;
  }
  if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
  return frag;
}

function valueNode(value, marks, long) {
  if (value === null || value === undefined) return el("span", "null", "null");
  if (typeof value === "string") {
    const box = el(long ? "div" : "span", long ? "text" : null);
    box.appendChild(marks.length ? highlighted(value, marks) : document.createTextNode(value));
    return box;
  }
  return el("code", null, JSON.stringify(value));
}

function fieldsSection(i, marksByField) {
  const record = P.record[i];
  if (!record) return section("Extracted fields", el("p", "cut", "The extractor produced no record for this page."));
  const names = FIELD_ORDER.filter((k) => k in record).concat(Object.keys(record).filter((k) => !FIELD_ORDER.includes(k)));
  const table = el("table", "fields");
  const cut = P.cut[i] || {};
  for (const name of names) {
    const value = record[name];
    const marks = marksByField.get(name) || [];
    const td = el("td");
    if (name === "url" && typeof value === "string") add(td, urlNode(value));
    else if (Array.isArray(value)) {
      value.forEach((item, idx) => {
        const own = marks.filter((m) => m.index === null || m.index === idx);
        add(td, idx ? ", " : null, valueNode(item, own, false));
      });
      if (!value.length) add(td, el("span", "null", "empty"));
    } else add(td, valueNode(value, marks, name === "body" || (typeof value === "string" && value.length > 300)));
    if (cut[name]) {
      add(td, el("div", "cut", "Shortened in this report to " + String(value).length + " of " + cut[name] +
        " characters (a clean page in a large run); results.json has the full text."));
    }
    add(table, add(el("tr"), el("th", null, name), td));
  }
  return section("Extracted fields", table);
}

function findingsSection(i, marks) {
  const findings = P.findings[i];
  if (!findings.length) return section("Findings", el("p", "note", "No findings."));
  const list = el("ul", "findings");
  findings.forEach((f, n) => {
    const li = add(el("li"), el("span", "sev s-" + P.severities[f[1]], P.severities[f[1]]), " ");
    if (f[6] === "fail") add(li, el("span", "chip gate", "fails the gate"), " ");
    if (f[5] === "new") add(li, el("span", "chip b-new", "new: not in the approved output"), " ");
    if (f[5] === "accepted") add(li, el("span", "chip b-accepted", "accepted at approval"), " ");
    add(li, el("code", null, P.checks[f[0]]), " ", el("code", "path", f[2]), " ", el("span", "msg", f[3]));
    if (P.new[i].includes(f[0])) add(li, " ", el("span", "chip new", "new since " + (meta.previous_id || "previous run")));
    if (f[4] !== null && f[4] !== undefined) {
      const mark = marks[n];
      if (mark && mark.field !== null) {
        add(li, " ", el("span", "hits", mark.hits ? "highlighted " + mark.hits + "× in " + mark.field
          : "excerpt not found in " + mark.field));
      }
      add(li, el("q", "excerpt", f[4]));
    }
    add(list, li);
  });
  return section("Findings (" + findings.length + ")", list);
}

function changeNode(i, change) {
  const name = String(change.field || "").replace(/^\$\.?/, "");
  const record = P.record[i] || {};
  const actual = change.actual_is_record ? record[name] : change.actual;
  const approved = change.approved;
  const box = add(el("div", "change"), el("h4", null, name || "(record)"));
  const ops = normalizeOps(change.diff);
  if (typeof change.diff === "string" && change.diff) return add(box, renderUnified(change.diff));
  if (ops) return add(box, renderOps(ops, true));
  if (typeof approved === "string" && typeof actual === "string" && (approved.length > 120 || actual.length > 120)) {
    const computed = diffTokens(tokens(approved), tokens(actual));
    if (computed) return add(box, renderOps(computed, false));
  }
  const side = (label, value, cls) => add(el("div", cls), el("div", "lbl", label),
    valueNode(typeof value === "string" || value === null || value === undefined ? value ?? null : JSON.stringify(value), [], true));
  return add(box, add(el("div", "sbs"), side("approved", approved, "old"), side("actual", actual, "new")));
}

function approvalSection(i) {
  const approval = P.approval[i];
  if (!approval) return null;
  const status = String(approval.status || "unknown");
  const head = add(el("p"), el("span", "chip a-" + status, APPROVAL_TEXT[status] || status), " ");
  if (status === "new") add(head, "No approved output exists for this page yet.");
  else if (status === "same") add(head, "The output matches the approved output.");
  const changes = Array.isArray(approval.changes) ? approval.changes : [];
  const fixed = Array.isArray(approval.fixed) ? approval.fixed : [];
  const gone = fixed.length ? add(el("div", "fixed"), el("h4", null, "Fixed since approval (" + fixed.length + ")"),
    add(el("ul", "findings"), ...fixed.map((e) => add(el("li"), el("code", null, String(e.check || "")), " ",
      el("code", "path", String(e.field || "")), " ", e.excerpt ? el("q", "excerpt", String(e.excerpt)) : null)))) : null;
  return section("Against the approved output", head, ...changes.map((c) => changeNode(i, c)), gone);
}

function flatRows(data, prefix, rows) {
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const key of Object.keys(data).sort()) flatRows(data[key], prefix ? prefix + "." + key : key, rows);
  } else if (data !== null && data !== undefined) {
    rows.push([prefix, typeof data === "number" && !Number.isInteger(data) ? data.toFixed(3) : JSON.stringify(data)]);
  }
  return rows;
}

// Fields in reading order (body, title, date, snippets), then whatever else the scores hold; each field's
// metrics under it, so the table reads "body · token · f1" rather than one alphabetical dump.
const QUALITY_ORDER = ["body", "title", "published", "snippets"];
const QUALITY_META = ["source", "has_record"];

function qualitySection(i) {
  const q = P.quality[i];
  if (!q || typeof q !== "object") return null;
  const keys = QUALITY_ORDER.filter((k) => k in q)
    .concat(Object.keys(q).filter((k) => !QUALITY_ORDER.includes(k) && !QUALITY_META.includes(k)).sort());
  const table = el("table", "t kv");
  for (const key of keys) {
    for (const [name, value] of flatRows(q[key], key, [])) {
      add(table, add(el("tr"), el("th", null, name.split(".").join(" · ")), el("td", "n", value)));
    }
  }
  if (!table.firstChild) return null;
  const note = q.source ? el("p", "note", "ground truth from " + String(q.source)) : null;
  return section("Quality against ground truth", table, note);
}

function driftSection(i) {
  const drift = P.drift[i];
  if (!drift) return null;
  const sec = section("Drift", add(el("p"), el("span", "chip d-" + drift.label, drift.label || "unknown")));
  const reasons = Array.isArray(drift.reasons) ? drift.reasons : [];
  if (reasons.length) add(sec, add(el("ul"), ...reasons.map((r) => el("li", null, typeof r === "string" ? r : JSON.stringify(r)))));
  if (Array.isArray(drift.fields) && drift.fields.length) add(sec, el("p", "note", "fields: " + drift.fields.join(", ")));
  const values = drift.values && typeof drift.values === "object" ? Object.entries(drift.values) : [];
  if (values.length) {
    // recorded and live value of each field side by side (text only: textContent escapes everything)
    const shown = (v) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));
    const table = add(el("table", "t drift-values"),
      add(el("tr"), el("th", null, "field"), el("th", null, "recorded"), el("th", null, "live")));
    for (const [name, v] of values) {
      if (!v || typeof v !== "object") continue;
      const chars = (side) => (typeof v[side + "_chars"] === "number" ? " (" + v[side + "_chars"] + " chars)" : "");
      add(table, add(el("tr", v.same ? "same" : "changed"), el("th", null, name),
        el("td", null, shown(v.recorded) + chars("recorded")), el("td", null, shown(v.live) + chars("live"))));
    }
    add(sec, table);
  }
  return sec;
}

function detail(i) {
  const marks = P.findings[i].map((f) => {
    const [field, index] = fieldPath(f[2]);
    return { field, index, excerpt: f[4], severity: P.severities[f[1]], check: P.checks[f[0]], message: f[3], hits: 0 };
  });
  const byField = new Map();
  for (const mark of marks) {
    if (!mark.field || typeof mark.excerpt !== "string" || !mark.excerpt) continue;
    if (!byField.has(mark.field)) byField.set(mark.field, []);
    byField.get(mark.field).push(mark);
  }
  const fields = fieldsSection(i, byField); // first, so the findings can say where their excerpts were found
  const head = add(el("div", "d-head"), el("span", "pid", P.id[i]),
    el("span", "chip l-" + LEVELS[P.level[i]], LEVEL_TEXT[P.level[i]]),
    el("span", null, "site " + P.sites[P.site[i]]), el("span", null, "extractor " + P.exts[P.ext[i]]), urlNode(P.url[i]));
  add(head, el("span", "mono", "cassette " + (P.cassette[i] || "—")));
  if (P.captured[i]) add(head, el("span", "note", "captured " + P.captured[i]));
  add(head, el("span", "note", P.ms[i] + " ms"));
  return add(el("div"), head, findingsSection(i, marks), fields, approvalSection(i), qualitySection(i), driftSection(i));
}
