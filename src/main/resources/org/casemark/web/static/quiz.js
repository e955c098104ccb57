// The quiz page: the lesson's items as a learner sees them (no keys are sent to the page), answered with radio
// buttons, checkboxes and selects, then scored by the server; each item then shows its explanation.
import { call, el, getJson, showError } from "./api.js";

const items = document.getElementById("items");
const error = document.getElementById("error");
const scoreBox = document.getElementById("score");
let quiz;

function choiceList(item, type) {
  const box = el("div", { role: type === "radio" ? "radiogroup" : "group", "aria-labelledby": "stem-" + item.id });
  for (const o of item.options) {
    const id = "q-" + item.id + "-" + o.id;
    box.append(el("div", {}, el("input", { type, id, name: item.id, value: o.id }),
      el("label", { className: "inline", for: id, text: o.text })));
  }
  return box;
}

function selectTable(item, rows, choices, noneText) {
  const table = el("table", { className: "matching" });
  for (const r of rows) {
    const id = "q-" + item.id + "-" + r.id;
    const select = el("select", { id, "data-row": r.id, name: item.id });
    select.append(el("option", { value: "", text: noneText }));
    for (const c of choices) select.append(el("option", { value: c.id, text: c.text || c.label }));
    table.append(el("tr", {}, el("th", { scope: "row" }, el("label", { for: id, text: r.text })), el("td", {}, select)));
  }
  return table;
}

function render() {
  document.getElementById("quiz-title").textContent = quiz.title;
  for (const [n, item] of quiz.items.entries()) {
    const set = el("fieldset", { id: "item-" + item.id, "data-kind": item.kind },
      el("legend", { id: "stem-" + item.id, text: "Question " + (n + 1) + " (" + item.max + " point" + (item.max === 1 ? "" : "s") + ")" }),
      el("p", { text: item.stem }));
    if (item.kind === "single_choice") set.append(choiceList(item, "radio"));
    if (item.kind === "multi_select") set.append(el("p", { className: "hint", text: "Choose every option that applies." }), choiceList(item, "checkbox"));
    if (item.kind === "matching") set.append(selectTable(item, item.terms, item.definitions, "(no definition)"));
    if (item.kind === "classification") set.append(selectTable(item, item.scenarios, item.categories, "(not classified)"));
    if (item.why_prompt) {
      const id = "why-" + item.id;
      set.append(el("label", { for: id, text: item.why_prompt }), el("textarea", { id, className: "short", maxlength: "2000" }));
    }
    set.append(el("div", { className: "explanation", id: "explain-" + item.id, hidden: true, "aria-live": "polite" }));
    items.append(set);
  }
}

function answer(item) {
  const set = document.getElementById("item-" + item.id);
  let a = null;
  if (item.kind === "single_choice") {
    const picked = set.querySelector("input:checked");
    a = picked ? picked.value : null;
  } else if (item.kind === "multi_select") {
    a = [...set.querySelectorAll("input:checked")].map((i) => i.value);
    if (!a.length) a = null;
  } else {
    a = {};
    for (const s of set.querySelectorAll("select")) if (s.value) a[s.dataset.row] = s.value;
    if (!Object.keys(a).length) a = null;
  }
  const why = item.why_prompt ? document.getElementById("why-" + item.id).value.trim() : "";
  if (why && a !== null) return { answer: a, why };
  return a;
}

function explain(result) {
  const box = document.getElementById("explain-" + result.id);
  box.replaceChildren();
  box.className = "explanation " + (result.correct ? "correct" : "wrong");
  const verdict = result.status === "unanswered" ? "Not answered" : result.correct ? "Correct" : "Not quite";
  box.append(el("p", {}, el("strong", { text: verdict + ": " + result.score + "/" + result.max + ". " }), result.feedback || ""));
  for (const part of result.parts || []) {
    if (part.status === "answered" && !part.correct) box.append(el("p", { className: "hint", text: part.feedback }));
  }
  if (result.why) box.append(el("p", { text: "Your explanation (" + result.why.score + "/" + result.why.max + "): " + result.why.feedback }));
  box.hidden = false;
}

document.getElementById("quiz").addEventListener("submit", async (event) => {
  event.preventDefault();
  error.hidden = true;
  const answers = {};
  for (const item of quiz.items) {
    const a = answer(item);
    if (a !== null) answers[item.id] = a;
  }
  try {
    const reveal = document.getElementById("reveal").checked;
    const res = await (await call("/v1/quizzes/" + encodeURIComponent(quiz.id) + "/score", { method: "POST", json: { answers, reveal } })).json();
    for (const r of res.items) explain(r);
    scoreBox.replaceChildren(el("p", { className: "status", id: "quiz-score", tabindex: "-1", text: "Score: " + res.score + " of " + res.max }));
    document.getElementById("quiz-score").focus();
  } catch (e) {
    showError(error, e);
  }
});

(async () => {
  try {
    const list = (await getJson("/v1/quizzes")).quizzes;
    if (!list.length) throw new Error("No quiz is loaded on this server.");
    const wanted = new URLSearchParams(location.search).get("quiz") || list[0].id;
    quiz = await getJson("/v1/quizzes/" + encodeURIComponent(wanted));
    render();
  } catch (e) {
    showError(error, e);
  }
})();
