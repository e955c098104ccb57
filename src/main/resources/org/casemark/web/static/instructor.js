// The instructor page: sign in with an API key, upload a class's file, watch it grade (the batch's progress
// events), then the class report as charts, the exports, and a table of submissions that opens each one.
import { apiKey, call, el, getJson, rubrics, showError, signIn, signOut } from "./api.js";
import { drawReport } from "./charts.js";
import { download } from "./downloads.js";
import { follow } from "./events.js";

const $ = (id) => document.getElementById(id);
const EXPORTS = [
  ["csv", "CSV (one row per submission)", "results.csv"],
  ["jsonl", "JSONL (full grades)", "results.jsonl"],
  ["canvas", "Canvas gradebook import", "canvas-gradebook.csv"],
  ["moodle", "Moodle grading worksheet", "moodle-grading-worksheet.csv"],
];
let allRubrics = [];
let following = 0;

async function showSignedIn() {
  $("sign-in").hidden = true;
  $("signed-in").hidden = false;
  allRubrics = await rubrics(() => ($("progress-text").textContent = "The grader is starting…"));
  const select = $("batch-rubric");
  select.replaceChildren(...allRubrics.map((r) => el("option", { value: r.id, text: r.title })));
  await listBatches();
}

async function listBatches(selected) {
  const batches = (await getJson("/v1/batches", { auth: true })).items;
  const select = $("batches");
  select.replaceChildren(el("option", { value: "", text: batches.length ? "(choose a batch)" : "(no batch yet)" }),
    ...batches.map((b) => el("option", { value: b.id, text: b.source_name + " · " + b.created_at.slice(0, 16).replace("T", " ") + " · " + b.items + " write-ups" })));
  if (selected) {
    select.value = selected;
    await openBatch(selected);
  }
}

function progress(p) {
  $("progress").max = Math.max(1, p.items);
  $("progress").value = p.done;
  const c = p.counts;
  $("progress-text").textContent = p.done + " of " + p.items + " done (" + c.graded + " graded, " + c.needs_review +
    " for review, " + c.rejected + " rejected" + (c.failed ? ", " + c.failed + " failed" : "") + ")" +
    (p.status === "done" ? ". Finished." : "…");
}

async function openBatch(id) {
  const mine = ++following;
  $("batch").hidden = false;
  $("report").hidden = true;
  const batch = await getJson("/v1/batches/" + encodeURIComponent(id), { auth: true });
  $("batch-title").textContent = batch.source_name;
  progress(batch);
  if (batch.status !== "done") {
    await follow("/v1/batches/" + encodeURIComponent(id) + "/events", apiKey(), (name, data) => {
      if (mine === following) progress(JSON.parse(data));
    });
  }
  if (mine === following) await showReport(id, batch.rubric);
}

async function showReport(id, rubricId) {
  const rubric = allRubrics.find((r) => r.id === rubricId);
  const base = "/v1/batches/" + encodeURIComponent(id);
  const report = await getJson(base + "/report", { auth: true });
  $("report").hidden = false;
  $("report-summary").textContent = report.graded + " graded" + (report.mean_total === null || report.mean_total === undefined ? "" : " (mean " + report.mean_total + ")") +
    ", " + report.needs_review + " for review, " + report.rejected + " rejected.";
  drawReport(report, rubric);
  const exports = $("exports");
  exports.replaceChildren();
  for (const [format, label, file] of EXPORTS) {
    const button = el("button", { type: "button", className: "secondary", "data-format": format, text: label });
    button.addEventListener("click", () => download(base + "/results?format=" + format, id + "-" + file).catch((e) => showError($("upload-error"), e)));
    exports.append(button);
  }
  const labels = el("button", { type: "button", className: "secondary", "data-format": "labels", text: "Reviews as calibration labels" });
  labels.addEventListener("click", () => download("/v1/reviews/labels?rubric=" + encodeURIComponent(rubricId), "review-labels.jsonl").catch((e) => showError($("upload-error"), e)));
  exports.append(labels);
  const items = (await getJson(base + "/items", { auth: true })).items;
  const table = $("submissions");
  table.querySelectorAll("tr").forEach((r) => r.remove());
  table.append(el("tr", {}, ...["learner", "id", "status", "total", ""].map((h) => el("th", { scope: "col", text: h }))));
  for (const it of items) {
    const open = el("a", { href: "/instructor/submission?id=" + encodeURIComponent(it.submission_id), text: "Open" });
    const status = it.status.replace("_", " ") + (it.reviewed ? " (reviewed)" : "");
    table.append(el("tr", { "data-submission": it.submission_id },
      el("td", { text: it.learner_name || it.learner_id }), el("td", { text: it.external_id }),
      el("td", { text: status }), el("td", { text: it.total === undefined ? "" : it.total + "/" + it.max }),
      el("td", {}, it.status === "rejected" || it.status === "failed" ? el("span", { className: "hint", text: it.error || "" }) : open)));
  }
}

$("sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("sign-in-error").hidden = true;
  signIn($("key").value);
  try {
    await call("/v1/batches", { auth: true });
    $("key").value = "";
    await showSignedIn();
  } catch (e) {
    signOut();
    showError($("sign-in-error"), e);
  }
});

$("sign-out").addEventListener("click", () => {
  signOut();
  location.reload();
});

$("batches").addEventListener("change", (event) => {
  if (event.target.value) openBatch(event.target.value).catch((e) => showError($("upload-error"), e));
});

$("upload").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("upload-error").hidden = true;
  const form = new FormData();
  form.append("rubric", $("batch-rubric").value);
  for (const f of ["id_column", "text_column", "learner_column"]) {
    const v = event.target.elements[f].value.trim();
    if (v) form.append(f, v);
  }
  const file = $("batch-file").files[0];
  if (!file) {
    showError($("upload-error"), "Choose the class's file first.");
    return;
  }
  form.append("file", file, file.name);
  $("upload-button").disabled = true;
  try {
    const batch = await getJson("/v1/batches", { method: "POST", form, auth: true });
    await listBatches(batch.id);
  } catch (e) {
    showError($("upload-error"), e);
  } finally {
    $("upload-button").disabled = false;
  }
});

if (apiKey()) showSignedIn().catch((e) => showError($("sign-in-error"), e));
