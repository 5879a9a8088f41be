// Regula Studio: every command of the one table, decided through the service's own API.
// No framework and no network beyond this service: the page is three files built into the binary.
"use strict";

const TEXTS = {
  ro: {
    language: "Limba", token: "Cheia API", "tab-decide": "Decizii", "tab-policy": "Politica",
    "tab-rules": "Reguli", request: "Cererea (JSON)", "request-help":
      "Porniți de la exemplu, modificați cererea sau încărcați un fișier (JSON, ELMO, export Moodle, registru XLSX/ODS).",
    upload: "Încarcă un fișier", group: "Grupa", teacher: "Cadrul didactic", decide: "Decide",
    solve: "Rezolvă", stop: "Oprește", result: "Decizia", policy: "Politica (JSON)",
    "policy-help": "Politica în vigoare. Modificați-o, verificați-o după schema ei și vedeți ce decizii ale cererii curente s-ar schimba.",
    check: "Verifică", whatif: "Ce s-ar schimba?", "rules-caption": "Catalogul regulilor, cu articolele regulamentului",
    rule: "Regula", article: "Articolul", what: "Ce spune", commands: "Comenzi",
    "no-example": "Comanda nu are un exemplu: scrieți cererea.", download: "Descarcă",
    show: "Arată", "policy-ok": "Politica se încarcă: nicio problemă.", "no-change":
      "Nicio decizie a cererii nu se schimbă sub politica modificată.", path: "Unde", before: "Înainte",
    after: "După", line: "rândul", progress: "Căutare: pasul {iteration}, examene neprogramate {unassigned}, cost {cost}",
    stopped: "Căutarea a fost oprită.", "not-json": "Cererea nu este JSON valid: {error}",
    "file-kind": "Comanda nu citește fișiere de acest fel: {name}", "need-token": "Serviciul cere o cheie API.",
    "not-adopted": "nu este adoptată", days: "Ziua", rooms: "Săli", groups: "Grupe", view: "Calendar pe",
    field: "la câmpul", loading: "Se decide…", unassigned: "neprogramat",
  },
  en: {
    language: "Language", token: "API token", "tab-decide": "Decisions", "tab-policy": "Policy",
    "tab-rules": "Rules", request: "The request (JSON)", "request-help":
      "Start from the example, edit the request or upload a file (JSON, ELMO, a Moodle export, an XLSX/ODS workbook).",
    upload: "Upload a file", group: "Group", teacher: "Teacher", decide: "Decide", solve: "Solve",
    stop: "Stop", result: "The decision", policy: "The policy (JSON)",
    "policy-help": "The policy in force. Edit it, check it against its schema, and see which decisions of the current request would change.",
    check: "Check", whatif: "What would change?", "rules-caption": "The rule catalogue, with the regulation's articles",
    rule: "Rule", article: "Article", what: "What it says", commands: "Commands",
    "no-example": "This command has no example: write the request.", download: "Download", show: "Show",
    "policy-ok": "The policy loads: no problem.", "no-change":
      "No decision of the request changes under the edited policy.", path: "Where", before: "Before",
    after: "After", line: "line", progress: "Search: step {iteration}, exams unplaced {unassigned}, cost {cost}",
    stopped: "The search was stopped.", "not-json": "The request is not valid JSON: {error}",
    "file-kind": "This command reads no file of this kind: {name}", "need-token": "The service needs an API token.",
    "not-adopted": "not adopted", days: "Day", rooms: "Rooms", groups: "Groups", view: "Calendar by",
    field: "at the field", loading: "Deciding…", unassigned: "unplaced",
  },
};

const FORMATS = {
  "text/plain": "Text", "text/html": "HTML", "text/csv": "CSV", "text/calendar": "iCalendar",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
};
const EXTENSIONS = { "text/plain": "txt", "text/html": "html", "text/csv": "csv", "text/calendar": "ics",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx" };

const state = { lang: "ro", commands: [], current: null, requests: {}, controller: null, calendarBy: "groups" };

const $ = (id) => document.getElementById(id);
const t = (key, args) => {
  let text = (TEXTS[state.lang] || TEXTS.ro)[key] || key;
  for (const [k, v] of Object.entries(args || {})) text = text.replace(`{${k}}`, v);
  return text;
};
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- The API ---------------------------------------------------------------------------------

function headers(extra) {
  const h = Object.assign({ "Accept-Language": state.lang }, extra || {});
  const token = sessionStorage.getItem("regula-token");
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function api(path, options) {
  const opts = Object.assign({}, options || {});
  opts.headers = headers(opts.headers);
  return fetch(path, opts);
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (_) {
    return { title: response.statusText, status: response.status, detail: "" };
  }
}

// ---- Language, tabs, token -------------------------------------------------------------------

function translate() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("commands").setAttribute("aria-label", t("commands"));
  if (state.current) $("decide").textContent = state.current.reports_progress ? t("solve") : t("decide");
}

function selectTab(id) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.id === id;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !on;
  }
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab.id));
    tab.addEventListener("keydown", (e) => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      selectTab(next.id);
      next.focus();
    });
  });
}

// ---- Commands --------------------------------------------------------------------------------

async function loadCommands() {
  const response = await api("/v1/commands");
  if (!response.ok) return showProblem(await problemOf(response));
  state.commands = await response.json();
  const nav = $("commands");
  nav.replaceChildren();
  let domain = null;
  let list = null;
  for (const command of state.commands) {
    const first = command.name.split(" ")[0];
    if (first !== domain) {
      domain = first;
      nav.append(el("h3", {}, domain));
      list = el("ul", { class: "plain" });
      nav.append(list);
    }
    list.append(el("li", {}, el("button", {
      type: "button", "data-command": command.name, onclick: () => choose(command.name),
    }, command.name)));
  }
  const wanted = decodeURIComponent(location.hash.replace(/^#command=/, "")) || "grade course";
  choose(state.commands.some((c) => c.name === wanted) ? wanted : state.commands[0].name);
}

/// The commands' summaries again, in the language just chosen.
async function refreshSummaries() {
  const response = await api("/v1/commands");
  if (!response.ok) return;
  const summaries = new Map((await response.json()).map((c) => [c.name, c.summary]));
  for (const command of state.commands) command.summary = summaries.get(command.name) || command.summary;
  if (state.current) $("command-summary").textContent = state.current.summary;
}

function choose(name) {
  if (state.current) state.requests[state.current.name] = $("request").value;
  const command = state.commands.find((c) => c.name === name);
  state.current = command;
  for (const button of document.querySelectorAll("#commands button")) {
    button.setAttribute("aria-current", button.dataset.command === name ? "true" : "false");
  }
  $("command-name").textContent = command.name;
  $("command-summary").textContent = command.summary;
  const remembered = state.requests[name];
  $("request").value = remembered !== undefined ? remembered
    : command.example ? JSON.stringify(command.example, null, 2) : "{}";
  $("request-help").textContent = command.example ? t("request-help") : t("no-example");
  $("decide").textContent = command.reports_progress ? t("solve") : t("decide");
  $("audience-row").hidden = !command.documents.includes("text/calendar");
  const documents = $("documents");
  documents.replaceChildren(...command.documents.map((media) => el("button", {
    type: "button", "data-document": media, onclick: () => fetchDocument(media, true),
  }, `${t("download")} ${FORMATS[media] || media}`)));
  clearResult();
}

function clearResult() {
  $("problem").hidden = true;
  $("problem").replaceChildren();
  $("readable").textContent = "";
  $("outcome").replaceChildren();
  $("calendar").replaceChildren();
  $("preview").hidden = true;
  $("preview").removeAttribute("srcdoc");
  $("progress").hidden = true;
}

/// The request as the API takes it: its body and content type, or a problem shown.
function requestBody() {
  const text = $("request").value;
  if (state.current.name === "ects import" && text.trim().startsWith("<")) {
    return { body: text, type: "application/xml" };
  }
  try {
    JSON.parse(text);
  } catch (error) {
    showProblem({ title: "JSON", detail: t("not-json", { error: error.message }) });
    return null;
  }
  return { body: text, type: "application/json" };
}

async function decide(event) {
  event.preventDefault();
  clearResult();
  const request = requestBody();
  if (!request) return;
  const command = state.current;
  if (command.reports_progress) return solve(request);
  // A document command shows its printable page where it has one (the catalog's form).
  if (command.documents.length) {
    return fetchDocument(command.documents.includes("text/html") ? "text/html" : command.documents[0], false);
  }
  $("readable").textContent = t("loading");
  const [json, text] = await Promise.all([
    api(command.path, { method: "POST", body: request.body, headers: { "Content-Type": request.type, Accept: "application/json" } }),
    api(command.path, { method: "POST", body: request.body, headers: { "Content-Type": request.type, Accept: "text/plain" } }),
  ]);
  if (!json.ok) {
    $("readable").textContent = "";
    return showProblem(await problemOf(json));
  }
  const answer = await json.json();
  $("readable").textContent = text.ok ? await text.text() : "";
  showAnswer(answer);
}

function showAnswer(answer) {
  if (answer.policy && answer.policy.name) $("policy-name").textContent = answer.policy.name;
  $("outcome").replaceChildren(render(answer.outcome, 0));
  // A document the answer carries (the ELMO of `ects export`): downloadable as its file.
  for (const [key, value] of Object.entries(answer.outcome || {})) {
    if (typeof value === "string" && value.trimStart().startsWith("<?xml")) {
      const blob = new Blob([value], { type: "application/xml" });
      const name = `${state.current.name.replace(/ /g, "-")}-${key}.xml`;
      $("outcome").prepend(el("p", {}, el("a", { href: URL.createObjectURL(blob), download: name, id: "download-link" },
        `${t("download")} ${name}`)));
    }
  }
  if (answer.explanation && answer.explanation.length) $("outcome").append(explanationList(answer.explanation));
  showCalendar(answer.outcome);
}

async function fetchDocument(media, download) {
  clearResult();
  const request = requestBody();
  if (!request) return;
  const query = new URLSearchParams();
  if (media === "text/calendar") {
    if ($("audience-group").value) query.set("group", $("audience-group").value);
    if ($("audience-teacher").value) query.set("teacher", $("audience-teacher").value);
  }
  const path = state.current.path + (query.toString() ? `?${query}` : "");
  const response = await api(path, { method: "POST", body: request.body, headers: { "Content-Type": request.type, Accept: media } });
  if (!response.ok) return showProblem(await problemOf(response));
  const blob = await response.blob();
  const name = `${state.current.name.replace(/ /g, "-")}.${EXTENSIONS[media] || "txt"}`;
  const link = el("a", { href: URL.createObjectURL(blob), download: name, id: "download-link" }, `${t("download")} ${name}`);
  $("outcome").replaceChildren(el("p", {}, link));
  if (media === "text/html") {
    $("preview").srcdoc = await blob.text();
    $("preview").hidden = false;
  } else if (media.startsWith("text/")) {
    $("readable").textContent = await blob.text();
  }
  try {
    showCalendar(JSON.parse(request.body));
  } catch (_) { /* not JSON: no calendar */ }
  if (download) link.focus();
}

// ---- Showing a decision ------------------------------------------------------------------------

function showProblem(problem) {
  const box = $("problem");
  box.hidden = false;
  const where = problem.field ? el("p", {}, `${t("field")} `, el("code", {}, problem.field)) : null;
  box.replaceChildren(el("strong", {}, problem.title || "Problem"), el("p", { class: "detail" }, problem.detail || ""), where);
  if (problem.field) focusField($("request"), problem.field);
}

function isExplanation(value) {
  return Array.isArray(value) && value.length > 0 && value.every((s) => s && typeof s === "object" && "rule" in s && "text" in s);
}

function ruleLink(rule) {
  return el("a", { href: `#rule-${rule}`, class: "rule", onclick: (e) => { e.preventDefault(); showRule(rule); } }, rule);
}

function explanationList(steps) {
  return el("ul", { class: "explanation" }, steps.map((step) => el("li", {},
    ruleLink(step.rule), " ",
    step.citation ? el("span", { class: "cite" }, `(${step.citation.regulation} ${step.citation.article})`) : null,
    ": ", step.text)));
}

function scalar(value) {
  return value === null || typeof value !== "object";
}

function statusClass(key, value) {
  if (key === "passed" || key === "valid" || key === "admitted" || key === "eligible" || key === "complete") {
    return value ? "status-ok" : "status-bad";
  }
  return null;
}

/// Any outcome as a page: scalars as a definition list, lists of items as a table (one row per
/// student or item), explanations as lists whose rule ids link to the catalogue.
function render(value, depth) {
  if (scalar(value)) return document.createTextNode(value === null ? "—" : String(value));
  if (isExplanation(value)) return explanationList(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return document.createTextNode("—");
    if (value.every(scalar)) return document.createTextNode(value.join(", "));
    if (value.every((v) => v && typeof v === "object" && !Array.isArray(v))) return table(value, depth);
    return el("ol", {}, value.map((v) => el("li", {}, render(v, depth + 1))));
  }
  const list = el("dl", {});
  for (const [key, v] of Object.entries(value)) {
    if (depth > 0 && key === "explanation" && isExplanation(v)) {
      list.append(el("dt", {}, key), el("dd", {}, explanationList(v)));
      continue;
    }
    list.append(el("dt", {}, key), el("dd", { class: statusClass(key, v) }, depth > 6 ? JSON.stringify(v) : render(v, depth + 1)));
  }
  return list;
}

function table(items, depth) {
  const columns = [];
  for (const item of items) {
    for (const [key, v] of Object.entries(item)) {
      if (!columns.includes(key) && columns.length < 8) columns.push(key);
    }
  }
  return el("table", {},
    el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c)))),
    el("tbody", {}, items.map((item) => el("tr", {}, columns.map((c) => el("td", { class: statusClass(c, item[c]) },
      c in item ? render(item[c], depth + 1) : ""))))));
}

// ---- The timetable as a calendar ---------------------------------------------------------------

function showCalendar(outcome) {
  const request = (() => { try { return JSON.parse($("request").value); } catch (_) { return {}; } })();
  const plan = request.plan;
  const timetable = (outcome && outcome.timetable) || request.timetable;
  if (!plan || !timetable || !timetable.placements) return;
  const violations = new Map();
  for (const v of (outcome && outcome.violations) || []) {
    for (const exam of v.exams || []) violations.set(exam, (violations.get(exam) || []).concat(`${v.rule}: ${v.text}`));
  }
  const exams = new Map(plan.exams.map((e) => [e.id, e]));
  const days = [];
  for (let d = new Date(`${plan.session.first_day}T00:00:00Z`); d <= new Date(`${plan.session.last_day}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  const byRooms = state.calendarBy === "rooms";
  const rows = byRooms ? [...new Set(timetable.placements.map((p) => p.room || "—"))] : plan.groups.map((g) => g.id);
  const cell = (row, day) => timetable.placements
    .filter((p) => p.start && p.start.slice(0, 10) === day)
    .filter((p) => byRooms ? (p.room || "—") === row : (exams.get(p.exam) || { groups: [] }).groups.includes(row))
    .map((p) => {
      const problems = violations.get(p.exam);
      return el("span", { class: problems ? "exam violation" : "exam", title: problems ? problems.join("\n") : null, "data-exam": p.exam },
        `${p.start.slice(11, 16)} ${p.exam}${byRooms ? "" : p.room ? ` (${p.room})` : ""}`, problems ? " ⚠" : null);
    });
  const toggle = el("label", {}, `${t("view")} `, el("select", { id: "calendar-by", onchange: (e) => { state.calendarBy = e.target.value; showCalendar(outcome); } },
    el("option", { value: "groups" }, t("groups")), el("option", { value: "rooms" }, t("rooms"))));
  toggle.querySelector("select").value = state.calendarBy;
  const used = days.filter((day) => timetable.placements.some((p) => p.start && p.start.slice(0, 10) === day));
  const grid = el("table", { class: "calendar", id: "calendar-grid" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, byRooms ? t("rooms") : t("groups")), used.map((day) => el("th", { scope: "col" }, day)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, el("th", { scope: "row" }, row), used.map((day) => el("td", {}, cell(row, day)))))));
  const unplaced = plan.exams.filter((e) => !timetable.placements.some((p) => p.exam === e.id && p.start));
  $("calendar").replaceChildren(toggle, el("div", { class: "calendar" }, grid),
    unplaced.length ? el("p", { class: "status-bad" }, `${t("unassigned")}: ${unplaced.map((e) => e.id).join(", ")}`) : null);
}

// ---- A solve, with its progress --------------------------------------------------------------

async function solve(request) {
  const controller = new AbortController();
  state.controller = controller;
  $("stop").hidden = false;
  $("progress").hidden = false;
  $("progress-text").textContent = t("loading");
  const points = [];
  try {
    const response = await api(state.current.path, {
      method: "POST", body: request.body, signal: controller.signal,
      headers: { "Content-Type": request.type, Accept: "text/event-stream, application/json" },
    });
    if (!response.ok) return showProblem(await problemOf(response));
    const type = response.headers.get("content-type") || "";
    if (!type.startsWith("text/event-stream")) return showAnswer(await response.json());
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        const data = [];
        for (const line of chunk.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (!data.length) continue;
        const payload = JSON.parse(data.join("\n"));
        if (name === "progress") {
          const cost = payload.best_soft_cost ?? payload.soft_cost;
          points.push([payload.elapsed_ms || points.length, cost]);
          $("progress-text").textContent = t("progress", { iteration: payload.iteration, unassigned: payload.unassigned, cost });
          plot(points);
        } else if (name === "result") {
          showAnswer(payload);
        } else if (name === "problem") {
          showProblem(payload);
        }
      }
    }
  } catch (error) {
    if (error.name === "AbortError") $("progress-text").textContent = t("stopped");
    else showProblem({ title: "Network", detail: String(error) });
  } finally {
    $("stop").hidden = true;
    state.controller = null;
  }
}

function plot(points) {
  const svg = $("cost-plot");
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = (v) => 5 + 390 * (x1 === x0 ? 1 : (v - x0) / (x1 - x0));
  const y = (v) => 115 - 110 * (y1 === y0 ? 0.5 : (v - y0) / (y1 - y0));
  const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
  line.setAttribute("points", points.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(" "));
  svg.replaceChildren(line);
  svg.setAttribute("aria-label", `cost ${ys[ys.length - 1]}`);
}

// ---- Files -----------------------------------------------------------------------------------

const MEDIA = { csv: "text/csv", txt: "text/csv", tsv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ods: "application/vnd.oasis.opendocument.spreadsheet" };

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

async function upload() {
  const file = $("file").files[0];
  if (!file) return;
  clearResult();
  const extension = (file.name.split(".").pop() || "").toLowerCase();
  const command = state.current;
  if (extension === "json") {
    $("request").value = await file.text();
  } else if (extension === "xml" && command.name === "ects import") {
    $("request").value = JSON.stringify({ elmo: await file.text() }, null, 2);
  } else if (command.input === "document" && command.reads.includes(MEDIA[extension])) {
    let request = {};
    try { request = JSON.parse($("request").value); } catch (_) { request = {}; }
    request.file = { media_type: MEDIA[extension], name: file.name, base64: base64(await file.arrayBuffer()) };
    $("request").value = JSON.stringify(request, null, 2);
  } else {
    return showProblem({ title: file.name, detail: t("file-kind", { name: file.name }) });
  }
  $("request").focus();
}

// ---- The policy: view, check, what-if ------------------------------------------------------------

/// The line of each value of a JSON text, by its path (`grading.versions[1].policy.rounding`).
function linesByPath(text) {
  const lines = new Map();
  let i = 0;
  let line = 1;
  const space = () => { while (i < text.length && /\s/.test(text[i])) { if (text[i] === "\n") line++; i++; } };
  const string = () => { let out = ""; i++; while (i < text.length && text[i] !== '"') { if (text[i] === "\\") { out += text[i + 1]; i += 2; } else out += text[i++]; } i++; return out; };
  const value = (path) => {
    space();
    lines.set(path || ".", line);
    if (text[i] === "{") {
      i++; space();
      while (i < text.length && text[i] !== "}") {
        space(); const key = string(); space(); i++; // the colon
        value(path ? `${path}.${key}` : key); space();
        if (text[i] === ",") i++;
        space();
      }
      i++;
    } else if (text[i] === "[") {
      i++; space();
      for (let n = 0; i < text.length && text[i] !== "]"; n++) {
        value(`${path}[${n}]`); space();
        if (text[i] === ",") i++;
        space();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  try { value(""); } catch (_) { /* a text that is not JSON: the lines found so far */ }
  return lines;
}

/// The line of `path` in `lines` (of `linesByPath`), or of the nearest enclosing value written
/// there: a missing field is shown at the object that lacks it.
function lineOf(lines, path) {
  let probe = path;
  while (probe && !lines.has(probe)) probe = probe.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
  return lines.get(probe || ".");
}

/// Puts the caret of `area` on the line of `path`, and says which line it is.
function focusField(area, path) {
  const line = lineOf(linesByPath(area.value), path);
  if (!line) return null;
  const start = area.value.split("\n").slice(0, line - 1).join("\n").length + (line > 1 ? 1 : 0);
  area.setSelectionRange(start, start);
  return line;
}

async function loadPolicy() {
  const response = await api("/v1/policy");
  if (!response.ok) return;
  const policy = await response.json();
  $("policy-text").value = JSON.stringify(policy, null, 2);
  const name = policy.grading && policy.grading.name;
  if (name) $("policy-name").textContent = name;
}

async function checkPolicy() {
  const list = $("policy-problems");
  list.replaceChildren();
  $("diff").replaceChildren();
  const response = await api("/v1/policy/check", { method: "POST", body: $("policy-text").value, headers: { "Content-Type": "application/json" } });
  if (!response.ok) return list.append(el("li", {}, (await problemOf(response)).detail));
  const { problems } = await response.json();
  if (!problems.length) return list.append(el("li", { class: "status-ok" }, t("policy-ok")));
  list.className = "problems";
  const lines = linesByPath($("policy-text").value);
  for (const problem of problems) {
    const line = lineOf(lines, problem.field);
    list.append(el("li", { tabindex: 0, role: "button", onclick: () => { focusField($("policy-text"), problem.field); $("policy-text").focus(); },
      onkeydown: (e) => { if (e.key === "Enter") e.target.click(); } },
    line ? `${t("line")} ${line}: ` : "", el("code", {}, problem.field), ` — ${problem.problem}`));
  }
}

async function whatIf() {
  $("policy-problems").replaceChildren();
  const out = $("diff");
  out.replaceChildren();
  let request;
  let policy;
  const text = $("request").value;
  try {
    request = state.current.name === "ects import" && text.trim().startsWith("<") ? text : JSON.parse(text);
    policy = JSON.parse($("policy-text").value);
  } catch (error) {
    return out.append(el("p", { class: "status-bad" }, t("not-json", { error: error.message })));
  }
  const response = await api("/v1/policy/diff", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ command: state.current.name, request, policy }) });
  if (!response.ok) {
    const problem = await problemOf(response);
    return out.append(el("p", { class: "status-bad", role: "alert" }, `${problem.title}: ${problem.detail}`));
  }
  const diff = await response.json();
  out.append(el("p", {}, `${diff.command}: ${diff.before} → ${diff.after}`));
  if (!diff.changes.length) return out.append(el("p", { class: "status-ok" }, t("no-change")));
  const show = (v) => v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
  out.append(el("table", { id: "diff-table" },
    el("thead", {}, el("tr", {}, [t("path"), t("before"), t("after")].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, diff.changes.map((c) => el("tr", {}, el("td", {}, el("code", {}, c.path)), el("td", {}, show(c.before)), el("td", {}, show(c.after)))))));
}

// ---- The rule catalogue ----------------------------------------------------------------------

async function loadRules() {
  const response = await api("/v1/rules");
  if (!response.ok) return;
  const rules = await response.json();
  $("rules").tBodies[0].replaceChildren(...rules.map((rule) => el("tr", { id: `rule-${rule.id}` },
    el("th", { scope: "row" }, rule.id),
    el("td", {}, rule.adopted && rule.citation ? `${rule.citation.regulation} ${rule.citation.article}` : t("not-adopted")),
    el("td", {}, rule.summary, rule.interpretation ? el("p", { class: "muted" }, rule.interpretation.text) : null))));
}

function showRule(rule) {
  selectTab("tab-rules");
  const row = $(`rule-${rule}`);
  if (!row) return;
  history.replaceState(null, "", `#rule-${rule}`);
  row.tabIndex = -1;
  row.scrollIntoView({ block: "center" });
  row.focus();
}

// ---- Start -----------------------------------------------------------------------------------

async function start() {
  state.lang = localStorage.getItem("regula-lang") || ((navigator.language || "ro").startsWith("en") ? "en" : "ro");
  $("lang").value = state.lang;
  $("token").value = sessionStorage.getItem("regula-token") || "";
  translate();
  setUpTabs();
  $("lang").addEventListener("change", () => { state.lang = $("lang").value; localStorage.setItem("regula-lang", state.lang); translate(); loadRules(); refreshSummaries(); });
  $("token").addEventListener("change", () => { sessionStorage.setItem("regula-token", $("token").value.trim()); boot(); });
  $("request-form").addEventListener("submit", decide);
  $("stop").addEventListener("click", () => state.controller && state.controller.abort());
  $("file").addEventListener("change", upload);
  $("policy-check").addEventListener("click", checkPolicy);
  $("whatif").addEventListener("click", whatIf);
  await boot();
}

async function boot() {
  const probe = await api("/v1/commands");
  if (probe.status === 401) {
    showProblem({ title: "401", detail: t("need-token") });
    $("token").focus();
    return;
  }
  await Promise.all([loadCommands(), loadPolicy(), loadRules()]);
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
