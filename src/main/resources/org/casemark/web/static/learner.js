// The learner page: pick the assignment and read its rubric, paste (or read from a file) the write-up, and get
// feedback with the credited sentences highlighted. Nothing is stored: POST /v1/feedback grades and forgets.
import { call, el, getJson, rubrics, showError } from "./api.js";
import { renderFeedback } from "./feedback.js";

const select = document.getElementById("rubric");
const textArea = document.getElementById("text");
const error = document.getElementById("error");
const result = document.getElementById("result");
const loading = document.getElementById("loading");
const submit = document.getElementById("submit");
let all = [];

function current() {
  return all.find((r) => r.id === select.value);
}

function showRubric() {
  const r = current();
  document.getElementById("rubric-description").textContent = r.description || "";
  const list = document.getElementById("rubric-components");
  list.replaceChildren();
  for (const c of r.components) {
    const criteria = el("ul");
    for (const k of c.criteria) criteria.append(el("li", { text: k.description }));
    list.append(el("li", {}, el("strong", { text: c.title + " (" + c.max + " points)" }),
      el("p", { text: c.description || "" }), criteria));
  }
}

async function start() {
  loading.textContent = "Loading the assignments…";
  try {
    all = await rubrics(() => (loading.textContent = "The grader is starting; this takes a few seconds…"));
  } catch (e) {
    showError(error, e);
    return;
  }
  for (const r of all) select.append(el("option", { value: r.id, text: r.title + " (" + r.max + " points)" }));
  select.addEventListener("change", showRubric);
  showRubric();
  loading.textContent = "";
}

document.getElementById("document").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  error.hidden = true;
  const form = new FormData();
  form.append("file", file, file.name);
  try {
    const doc = await getJson("/v1/documents/text", { method: "POST", form });
    textArea.value = doc.text;
    textArea.focus();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById("write").addEventListener("submit", async (event) => {
  event.preventDefault();
  error.hidden = true;
  const text = textArea.value; // the exact string sent: the evidence offsets index into it
  if (!text.trim()) {
    showError(error, "Write or paste your case study first.");
    textArea.focus();
    return;
  }
  submit.disabled = true;
  submit.textContent = "Grading…";
  try {
    const grade = await (await call("/v1/feedback", { method: "POST", json: { rubric: select.value, text } })).json();
    renderFeedback(result, grade, current(), text);
    document.getElementById("feedback-title").focus();
  } catch (e) {
    showError(error, e);
  } finally {
    submit.disabled = false;
    submit.textContent = "Get feedback";
  }
});

start();
