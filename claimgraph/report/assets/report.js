/* claimgraph report: renders the embedded JSON as paged, filterable lists (no network). */
(function () {
  "use strict";
  const started = performance.now();
  const data = JSON.parse(document.getElementById("cg-data").textContent);
  const M = data.mentions, C = data.claims, MET = data.metrics, D = data.documents;
  const S = data.speakers, CH = data.charts, F = data.findings;
  const PAGE = { timelines: 6, speakers: 8, conflicts: 20, consistency: 20, single: 25,
    claims: 25, quotes: 25 };
  const KEYS = ["speaker", "metric", "from", "to", "claim"];
  const state = { speaker: "", metric: "", from: "", to: "", claim: "" };
  const pages = {};
  const form = document.getElementById("filters");

  const claimById = new Map(C.map((c, i) => [c[5], i]));
  const metricText = MET.map((m) => (m[0] + " " + m[1]).toLowerCase());
  const claimMentions = C.map(() => []);
  const speakerMentions = S.map(() => []);
  M.forEach((m, i) => {
    claimMentions[m[0]].push(i);
    if (m[2] >= 0) speakerMentions[m[2]].push(i);
  });

  /* ---------------------------------------------------------------- helpers */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === "") continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  function hrefWith(change) {
    const next = Object.assign({}, state, change);
    const params = new URLSearchParams();
    for (const k of KEYS) if (next[k]) params.set(k, next[k]);
    return "#" + params.toString().replace(/\+/g, "%20");
  }
  function metricLabel(m) {
    const shown = m[1] && !m[0].toLowerCase().includes(m[1].toLowerCase());
    return m[0] + (shown ? " (" + m[1] + ")" : "");
  }
  function claimLabel(ci) {
    return C[ci][1] + " \u2014 " + metricLabel(MET[C[ci][0]]);
  }
  function claimLink(ci, text) {
    return el("a", { href: hrefWith({ claim: C[ci][5] }), class: "claim-link",
      "data-claim": C[ci][5], text: text || claimLabel(ci) });
  }
  function speakerLink(si) {
    if (si < 0) return el("span", { class: "none", text: "unattributed" });
    return el("a", { href: hrefWith({ speaker: S[si] }), class: "speaker-link", text: S[si] });
  }
  function quote(m) {
    const s = m[7], a = m[8], b = m[9];
    const q = el("q", { class: "sentence" });
    if (a >= 0) q.append(s.slice(0, a), el("mark", { text: s.slice(a, b) }), s.slice(b));
    else q.append(s);
    return q;
  }
  function source(m) {
    const d = D[m[1]] || ["?", "", "", "", "", "", ""];
    const name = d[4] ? el("a", { href: d[4], rel: "noopener noreferrer", text: d[0] })
      : el("span", { text: d[0] });
    return el("span", { class: "source" }, name, d[1] ? " \u00b7 " + d[1] : "",
      el("span", { class: "offsets", text: " [" + m[5] + "\u2013" + m[6] + "]" }));
  }
  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  /* ---------------------------------------------------------------- filtering */
  let okMention = new Uint8Array(M.length), okClaim = new Uint8Array(C.length);
  function computeFilter() {
    const metricQ = state.metric.trim().toLowerCase();
    const sp = state.speaker ? S.indexOf(state.speaker) : -1;
    const claimQ = state.claim ? (claimById.has(state.claim) ? claimById.get(state.claim) : -2) : -1;
    okMention = new Uint8Array(M.length);
    okClaim = new Uint8Array(C.length);
    for (let i = 0; i < M.length; i++) {
      const m = M[i];
      if (state.speaker && m[2] !== sp) continue;
      if (claimQ !== -1 && m[0] !== claimQ) continue;
      if (metricQ && !metricText[C[m[0]][0]].includes(metricQ)) continue;
      if (state.from && (!m[3] || m[3] < state.from)) continue;
      if (state.to && (!m[3] || m[3] > state.to)) continue;
      okMention[i] = 1;
      okClaim[m[0]] = 1;
    }
  }

  /* ---------------------------------------------------------------- sections */
  const sections = {
    timelines: {
      items: () => CH.filter((c) => c[8].some((ci) => okClaim[ci])),
      render: renderChart,
    },
    speakers: {
      items: () => S.map((_, si) => si).filter((si) => speakerMentions[si].some((i) => okMention[i])),
      render: renderSpeaker,
    },
    conflicts: {
      items: () => F.filter((f) => (f[0] === "contradicts" || f[0] === "changed") && f[2].some((ci) => okClaim[ci])),
      render: renderFinding,
    },
    consistency: {
      items: () => F.filter((f) => (f[0] === "consistent_with" || f[0] === "repeats") && f[2].some((ci) => okClaim[ci])),
      render: renderFinding,
    },
    single: {
      items: () => C.map((_, ci) => ci).filter((ci) => C[ci][6] && okClaim[ci]),
      head: ["Claim", "Mentions", "Source", "First stated"],
      render: renderSingle,
    },
    claims: {
      items: () => C.map((_, ci) => ci).filter((ci) => okClaim[ci]),
      head: ["Claim", "Kind", "Mentions", "Speakers", "Sources", "First", "Last"],
      render: renderClaim,
    },
    quotes: {
      items: () => { const out = []; for (let i = 0; i < M.length; i++) if (okMention[i]) out.push(i); return out; },
      head: ["Date", "Speaker", "Quote", "Claim", "Source [offsets]"],
      render: renderQuote,
    },
  };

  function renderChart(c) {
    const fig = el("figure", { class: "chart", "data-metric": c[0] });
    fig.append(el("figcaption", {}, el("strong", { text: c[1] }), c[2] ? " (" + c[2] + ")" : "",
      el("span", { class: "meta", text: " \u00b7 " + plural(c[7], "value") + " from " + c[5] +
        " to " + c[6] + (c[4].length ? " \u00b7 " + c[4].join(", ") : "") })));
    const holder = el("div", { class: "svg" });
    holder.innerHTML = c[3]; /* built and escaped by claimgraph.report.svg */
    fig.append(holder);
    const details = el("details", {}, el("summary", { text: "Values as a table" }));
    const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Date" }),
      el("th", { scope: "col", text: "Value" }), el("th", { scope: "col", text: "Said by" }))));
    const body = el("tbody");
    const rows = [];
    for (const ci of c[8]) {
      const byDay = new Map();
      for (const i of claimMentions[ci]) {
        const m = M[i];
        if (!m[3]) continue;
        if (!byDay.has(m[3])) byDay.set(m[3], new Set());
        byDay.get(m[3]).add(m[2] >= 0 ? S[m[2]] : "unattributed");
      }
      for (const [day, who] of byDay) rows.push([day, ci, [...who].sort().join(", ")]);
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const r of rows) body.append(el("tr", {}, el("td", { text: r[0] }),
      el("td", {}, claimLink(r[1], C[r[1]][1])), el("td", { text: r[2] })));
    table.append(body);
    details.append(table);
    fig.append(details);
    return fig;
  }

  function renderSpeaker(si) {
    const mine = speakerMentions[si].filter((i) => okMention[i]);
    const claims = [], seen = new Set(), docs = new Set();
    for (const i of mine) {
      docs.add(M[i][1]);
      if (!seen.has(M[i][0])) { seen.add(M[i][0]); claims.push(i); }
    }
    const days = mine.map((i) => M[i][3]).filter(Boolean).sort();
    const art = el("article", { class: "speaker", "data-speaker": S[si] });
    art.append(el("h3", {}, speakerLink(si)));
    if (data.roles[S[si]]) art.append(el("p", { class: "role", text: data.roles[S[si]] }));
    art.append(el("p", { class: "meta", text: plural(mine.length, "mention") + " of " +
      plural(claims.length, "claim") + " in " + plural(docs.size, "document") +
      (days.length ? ", " + days[0] + (days[days.length - 1] !== days[0] ? " to " + days[days.length - 1] : "") : "") }));
    const limit = state.speaker === S[si] ? 60 : 12;
    const ul = el("ul", { class: "figures" });
    for (const i of claims.slice(0, limit)) {
      const m = M[i], c = C[m[0]], met = MET[c[0]];
      ul.append(el("li", { "data-day": m[3] }, claimLink(m[0], m[4]), " \u2014 " + metricLabel(met), el("span", { class: "meta", text: m[3] ? " \u00b7 " + m[3] : "" })));
    }
    art.append(ul);
    if (claims.length > limit) {
      art.append(el("p", {}, state.speaker === S[si]
        ? el("a", { href: "#sec-quotes", text: "See all " + plural(claims.length, "figure") + " under Quotes" })
        : el("a", { href: hrefWith({ speaker: S[si] }), text: "All " + plural(claims.length, "figure") + " by " + S[si] })));
    }
    return art;
  }

  const KIND_LABEL = { contradicts: "Conflict", changed: "Changed", consistent_with: "Consistent",
    repeats: "Repeated", single_source: "Single source" };
  function repeatReason(claims) {
    const docs = new Set(), days = new Set();
    let n = 0;
    for (const ci of claims) for (const i of claimMentions[ci]) {
      n++; docs.add(M[i][1]); if (M[i][3]) days.add(M[i][3]);
    }
    return "stated " + plural(n, "time") + " in " + plural(docs.size, "document") + " on " +
      plural(days.size, "day");
  }
  function firstDay(ci) {
    let day = "";
    for (const i of claimMentions[ci]) if (M[i][3] && (!day || M[i][3] < day)) day = M[i][3];
    return day;
  }
  function changeReason(claims) {
    const parts = claims.map((ci) => C[ci][1] + (firstDay(ci) ? " (" + firstDay(ci) + ")" : ""));
    return metricLabel(MET[C[claims[0]][0]]) + " changed: " + parts.join(" \u2192 ");
  }
  function renderFinding(f) {
    const art = el("article", { class: "finding kind-" + f[0], "data-kind": f[0] });
    art.append(el("p", {}, el("span", { class: "badge", text: KIND_LABEL[f[0]] || f[0] }), " ",
      el("span", { class: "reason", text: f[1] || (f[0] === "changed" ? changeReason(f[2]) : repeatReason(f[2])) }),
      f[3] !== null && f[3] !== undefined && !f[1].includes(String(f[3])) ? el("span", { class: "year", text: " (base year " + f[3] + ")" }) : null));
    const ul = el("ul");
    for (const ci of f[2]) {
      const who = new Set(), days = new Set();
      for (const i of claimMentions[ci]) {
        if (M[i][2] >= 0) who.add(S[M[i][2]]);
        if (M[i][3]) days.add(M[i][3]);
      }
      ul.append(el("li", {}, claimLink(ci), el("span", { class: "meta",
        text: " \u00b7 " + [...who].sort().join(", ") + (days.size ? " \u00b7 " + [...days].sort().join(", ") : "") })));
    }
    art.append(ul);
    return art;
  }

  function claimStats(ci) {
    const who = new Set(), pubs = new Set(), days = [];
    let n = 0;
    for (const i of claimMentions[ci]) {
      if (!okMention[i]) continue;
      n++;
      const m = M[i];
      if (m[2] >= 0) who.add(S[m[2]]);
      const d = D[m[1]];
      if (d) pubs.add(d[1] || d[0]);
      if (m[3]) days.push(m[3]);
    }
    days.sort();
    return { n, who: [...who].sort(), pubs: [...pubs].sort(), first: days[0] || "", last: days[days.length - 1] || "" };
  }

  function renderSingle(ci) {
    const s = claimStats(ci);
    return el("tr", {}, el("td", { "data-label": "Claim" }, claimLink(ci)),
      el("td", { "data-label": "Mentions", text: String(s.n) }),
      el("td", { "data-label": "Source", text: s.pubs.join(", ") }),
      el("td", { "data-label": "First stated", text: s.first }));
  }

  function renderClaim(ci) {
    const s = claimStats(ci);
    return el("tr", {}, el("td", { "data-label": "Claim" }, claimLink(ci)),
      el("td", { "data-label": "Kind", text: C[ci][4] + (C[ci][3] ? ", " + C[ci][3] : "") }),
      el("td", { "data-label": "Mentions", text: s.n + " of " + claimMentions[ci].length }),
      el("td", { "data-label": "Speakers", text: s.who.join(", ") }),
      el("td", { "data-label": "Sources", text: s.pubs.join(", ") }),
      el("td", { "data-label": "First", text: s.first }),
      el("td", { "data-label": "Last", text: s.last }));
  }

  function renderQuote(i) {
    const m = M[i];
    return el("tr", { "data-speaker": m[2] >= 0 ? S[m[2]] : "", "data-day": m[3], "data-mention": m[10] },
      el("td", { "data-label": "Date", text: m[3] }),
      el("td", { "data-label": "Speaker" }, speakerLink(m[2]),
        m[11] ? el("span", { class: "meta", text: " (reported by " + m[11] + ")" }) : null),
      el("td", { "data-label": "Quote" }, quote(m)),
      el("td", { "data-label": "Claim" }, claimLink(m[0])),
      el("td", { "data-label": "Source" }, source(m)));
  }

  /* ---------------------------------------------------------------- paging */
  const cache = {};
  function renderSection(key) {
    const sec = sections[key];
    const items = cache[key];
    const size = PAGE[key];
    const count = Math.max(1, Math.ceil(items.length / size));
    const page = Math.min(pages[key] || 0, count - 1);
    pages[key] = page;
    const list = document.getElementById("list-" + key);
    const slice = items.slice(page * size, page * size + size);
    list.replaceChildren();
    document.getElementById("n-" + key).textContent = "(" + items.length.toLocaleString("en") + ")";
    if (!items.length) {
      list.append(el("p", { class: "empty", text: "Nothing here for these filters." }));
    } else if (sec.head) {
      const table = el("table", { class: "rows" }, el("caption", { class: "sr-only",
        text: document.getElementById("h-" + key).firstChild.textContent.trim() }));
      table.append(el("thead", {}, el("tr", {}, ...sec.head.map((h) => el("th", { scope: "col", text: h })))));
      const body = el("tbody");
      for (const item of slice) body.append(sec.render(item));
      table.append(body);
      list.append(table);
    } else {
      for (const item of slice) list.append(sec.render(item));
    }
    const pager = document.getElementById("pager-" + key);
    pager.replaceChildren();
    if (count > 1) {
      const prev = el("button", { type: "button", text: "Previous", disabled: page === 0 });
      const next = el("button", { type: "button", text: "Next", disabled: page >= count - 1 });
      prev.addEventListener("click", () => { pages[key] = page - 1; renderSection(key); focusHeading(key); });
      next.addEventListener("click", () => { pages[key] = page + 1; renderSection(key); focusHeading(key); });
      pager.append(prev, el("span", { class: "page", "aria-live": "polite",
        text: "Page " + (page + 1) + " of " + count.toLocaleString("en") }), next);
    }
  }
  function focusHeading(key) { document.getElementById("h-" + key).focus(); }

  function apply() {
    computeFilter();
    for (const key of Object.keys(sections)) {
      cache[key] = sections[key].items();
      renderSection(key);
    }
    let shown = 0;
    for (let i = 0; i < M.length; i++) shown += okMention[i];
    const active = KEYS.filter((k) => state[k]).map((k) => k + " " + state[k]);
    document.getElementById("status").textContent = "Showing " + shown.toLocaleString("en") + " of " +
      plural(M.length, "mention") + (active.length ? " (filtered by " + active.join(", ") + ")" : "") + ".";
    document.body.setAttribute("data-filtered", active.length ? "yes" : "no");
  }

  /* ---------------------------------------------------------------- state <-> URL and form */
  function readUrl() {
    const params = new URLSearchParams(location.search);
    const hash = location.hash.slice(1);
    const fromHash = hash.includes("=") ? new URLSearchParams(hash) : new URLSearchParams();
    for (const k of KEYS) state[k] = fromHash.get(k) || (fromHash.toString() ? "" : params.get(k) || "");
    writeForm();
  }
  function writeForm() {
    for (const k of KEYS) form.elements[k].value = state[k];
    if (state.speaker && form.elements.speaker.value !== state.speaker) {
      form.elements.speaker.append(el("option", { value: state.speaker, text: state.speaker }));
      form.elements.speaker.value = state.speaker;
    }
  }
  function readForm() {
    for (const k of KEYS) state[k] = form.elements[k].value.trim();
    for (const key of Object.keys(pages)) pages[key] = 0;
    history.replaceState(null, "", hrefWith({}) === "#" ? location.pathname + location.search : hrefWith({}));
    apply();
  }
  let timer = 0;
  form.addEventListener("input", (e) => {
    clearTimeout(timer);
    timer = setTimeout(readForm, e.target.type === "search" ? 200 : 0);
  });
  form.addEventListener("change", readForm);
  form.addEventListener("submit", (e) => { e.preventDefault(); readForm(); });
  form.addEventListener("reset", () => setTimeout(readForm, 0));
  window.addEventListener("hashchange", () => {
    if (!location.hash.slice(1).includes("=")) return; /* a section link, not a filter */
    const before = state.claim;
    readUrl();
    for (const key of Object.keys(pages)) pages[key] = 0;
    apply();
    if (state.claim && state.claim !== before) focusHeading("quotes");
  });
  readUrl();
  apply();
  document.body.setAttribute("data-render-ms", String(Math.round(performance.now() - started)));
})();
