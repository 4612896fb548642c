// Word-level diff (Myers' O(ND) algorithm) and its rendering. Builds DOM nodes only; never parses HTML.

const MAX_EDITS = 1500; // beyond this many edits the texts are shown side by side instead

function tokens(text) {
  return String(text).match(/\s+|[^\s]+/g) || [];
}

// Edit script between token arrays a and b as [[op, text], ...] with op "=", "-" or "+", or null if too costly.
function diffTokens(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const mid = myers(a.slice(start, endA), b.slice(start, endB));
  if (mid === null) return null;
  const ops = [];
  const push = (op, text) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last[0] === op) last[1] += text; else ops.push([op, text]);
  };
  push("=", a.slice(0, start).join(""));
  for (const [op, tok] of mid) push(op, tok);
  push("=", a.slice(endA).join(""));
  return ops;
}

function myers(a, b) {
  const n = a.length, m = b.length, max = n + m, off = max + 1;
  if (max === 0) return [];
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(off - d - 1, off + d + 2)); // state after d-1 edits, for k in [-d-1, d+1]
    for (let k = -d; k <= d; k += 2) {
      let x = (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return null;
}

function backtrack(trace, a, b, depth) {
  const out = [];
  let x = a.length, y = b.length;
  for (let d = depth; d > 0; d--) {
    const prev = trace[d];
    const at = (k) => prev[k + d + 1];
    const k = x - y;
    const pk = (k === -d || (k !== d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const px = at(pk), py = px - pk;
    while (x > px && y > py) { out.push(["=", a[x - 1]]); x--; y--; }
    if (x === px) { out.push(["+", b[y - 1]]); y--; } else { out.push(["-", a[x - 1]]); x--; }
  }
  while (x > 0 && y > 0) { out.push(["=", a[x - 1]]); x--; y--; }
  return out.reverse();
}

const OP_NAMES = {
  "=": "=", " ": "=", equal: "=", eq: "=", same: "=", keep: "=", "0": "=",
  "-": "-", delete: "-", del: "-", removed: "-", remove: "-", "-1": "-",
  "+": "+", insert: "+", ins: "+", added: "+", add: "+", "1": "+",
  "…": "…", "...": "…", note: "…",
};

// Diff ops handed over by the harness (harness/diffing.py: word runs, ["=", "words"], ["-", ...], ["+", ...],
// and a closing ["…", "N more changes"]), or any of the usual shapes; null when not recognised.
function normalizeOps(diff) {
  if (!Array.isArray(diff) || diff.length === 0) return null;
  const ops = [];
  for (const item of diff) {
    let op, text;
    if (Array.isArray(item) && item.length === 2) { op = item[0]; text = item[1]; }
    else if (item && typeof item === "object") {
      op = item.op ?? item.tag ?? item.type ?? item.kind;
      text = item.text ?? item.value ?? item.tokens;
    } else return null;
    const name = OP_NAMES[String(op)];
    if (!name) return null;
    if (Array.isArray(text)) text = text.join(" ");
    if (typeof text !== "string") return null;
    ops.push([name, text]);
  }
  return ops;
}

// Render ops; long unchanged stretches are folded and open on click. `spaced`: ops are word runs that
// need a space between them (the harness's ops), not tokens that carry their own whitespace.
function renderOps(ops, spaced) {
  const box = el("div", "diff");
  ops.forEach(([op, text], n) => {
    if (spaced && n > 0) box.appendChild(document.createTextNode(" "));
    if (op === "…") box.appendChild(el("span", "more", "(" + text + ")"));
    else if (op === "-") box.appendChild(el("del", null, text));
    else if (op === "+") box.appendChild(el("ins", null, text));
    else if (text.length > 700) {
      box.appendChild(document.createTextNode(text.slice(0, 250)));
      const fold = el("span", "fold", "… " + (text.length - 500) + " unchanged characters …");
      const rest = text.slice(250, text.length - 250);
      fold.addEventListener("click", () => fold.replaceWith(document.createTextNode(rest)));
      box.appendChild(fold);
      box.appendChild(document.createTextNode(text.slice(text.length - 250)));
    } else box.appendChild(document.createTextNode(text));
  });
  return box;
}

function renderUnified(text) {
  const box = el("div", "diff");
  for (const line of String(text).split("\n")) {
    const tag = line.startsWith("+") ? "ins" : line.startsWith("-") ? "del" : "span";
    box.appendChild(el(tag, null, line + "\n"));
  }
  return box;
}
