// The review queue: the write-ups sent to review, each with why and its provisional scores; the instructor opens
// one, reads it with its highlights, sets every component's score (and the flags) and a comment, and saves.
import { apiKey, el, getJson, rubrics, showError } from "./api.js";
import { renderFeedback } from "./feedback.js";

const $ = (id) => document.getElementById(id);
let allRubrics = [];
let current = null;

async function loadQueue() {
  const queue = (await getJson("/v1/reviews?limit=100", { auth: true })).items;
  const table = $("queue");
  table.replaceChildren();
  $("empty").hidden = queue.length > 0;
  if (!queue.length) return;
  table.append(el("tr", {}, ...["learner", "why it is here", "provisional", ""].map((h) => el("th", { scope: "col", text: h }))));
  for (const q of queue) {
    const open = el("button", { type: "button", className: "secondary", text: "Review", "data-submission": q.id });
    open.addEventListener("click", () => openOne(q.id).catch((e) => showError($("error"), e)));
    const reasons = el("ul");
    for (const r of q.review_reasons) reasons.append(el("li", { text: r }));
    const provisional = q.provisional_total === null ? "none" : q.provisional_total + "/" + q.max;
    table.append(el("tr", { "data-submission": q.id }, el("td", { text: q.learner_id + (q.external_id ? " (" + q.external_id + ")" : "") }),
      el("td", {}, reasons), el("td", { text: provisional + " · " + q.components.map((c) => c.key + " " + c.score).join(", ") }), el("td", {}, open)));
  }
}

async function openOne(id) {
  const sub = await getJson("/v1/submissions/" + encodeURIComponent(id), { auth: true });
  const rubric = allRubrics.find((r) => r.id === sub.rubric);
  current = { sub, rubric };
  $("detail").hidden = false;
  $("review-title").textContent = "Review of " + sub.learner_id;
  const scores = $("scores");
  scores.querySelectorAll("div").forEach((d) => d.remove());
  for (const c of rubric.components) {
    const given = sub.grade.components.find((x) => x.key === c.key);
    const select = el("select", { id: "score-" + c.key, name: c.key });
    for (let s = 0; s <= c.max; s++) select.append(el("option", { value: String(s), text: String(s) }));
    select.value = String(given ? given.score : 0);
    scores.append(el("div", {}, el("label", { for: "score-" + c.key, text: c.title + " (0–" + c.max + ")" }), select));
  }
  const flags = sub.grade.flags || {};
  for (const f of ["misconception", "off_topic", "gaming"]) $("flag-" + f).checked = !!flags[f];
  $("comment").value = "";
  $("saved").textContent = "";
  renderFeedback($("result"), sub.grade, rubric, sub.text, { heading: "The write-up and its provisional grade" });
  $("review-title").focus();
}

$("review").addEventListener("submit", async (event) => {
  event.preventDefault();
  const { sub, rubric } = current;
  const scores = {};
  for (const c of rubric.components) scores[c.key] = Number($("score-" + c.key).value);
  const body = {
    scores,
    flags: { misconception: $("flag-misconception").checked, off_topic: $("flag-off_topic").checked, gaming: $("flag-gaming").checked },
    comment: $("comment").value,
  };
  const reviewer = $("reviewer").value.trim();
  if (reviewer) body.reviewer = reviewer;
  try {
    const saved = await getJson("/v1/submissions/" + encodeURIComponent(sub.id) + "/reviews", { method: "POST", json: body, auth: true });
    $("saved").textContent = "Saved: " + saved.grade.total + "/" + saved.grade.max + " by " + saved.review.reviewer + ".";
    await loadQueue();
  } catch (e) {
    showError($("error"), e);
  }
});

(async () => {
  if (!apiKey()) {
    $("signed-out").hidden = false;
    return;
  }
  try {
    allRubrics = await rubrics();
    await loadQueue();
  } catch (e) {
    showError($("error"), e);
  }
})();
