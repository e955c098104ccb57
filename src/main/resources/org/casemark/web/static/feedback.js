// A grade as a learner (or instructor) reads it: the status and score, the next step first, what is missing by
// points, flags and review reasons in plain words, the write-up with its credited sentences highlighted (one colour
// per component, with a legend), then each component. Everything from the grade or the text goes in as text.
import { el } from "./api.js";
import { colours, highlight } from "./highlight.js";

const FLAG_WORDS = {
  misconception:
    "The write-up explains the failure as a different problem (such as overfitting, noisy labels, a lack of skill or " +
    "a wrong reward) rather than a goal the system learned in training. The proxy goal, the distribution shift and " +
    "the fixes can earn at most 1 point each until that is put right.",
  off_topic:
    "Nothing in the text seems to be about an AI system's training or what it learned, so it earns no points.",
  gaming:
    "Much of the text is copied from the assignment or lesson, repeats itself, is mostly rubric words, or fills a " +
    "template with made-up words. Only your own account of a scenario can earn points, so the components are capped.",
};

const STATUS_WORDS = { met: "complete", partial: "partly there", missing: "missing", not_graded: "not graded" };

function title(rubric, key) {
  const c = rubric.components.find((x) => x.key === key);
  return c ? c.title : key;
}

function criterion(rubric, id) {
  for (const c of rubric.components) {
    const k = c.criteria.find((x) => x.id === id);
    if (k) return k.description;
  }
  return id;
}

/** Renders `grade` for `text` under `rubric` into `root` (emptied first). */
export function renderFeedback(root, grade, rubric, text, { heading = "Your feedback", reviewed = null } = {}) {
  root.replaceChildren();
  const colourOf = colours(rubric.components.map((c) => c.key));
  const total = grade.total === null || grade.total === undefined ? null : grade.total + "/" + grade.max;
  const statusText =
    grade.status === "graded"
      ? "Graded: " + total
      : grade.status === "needs_review"
        ? "Sent to an instructor for review" + (total ? " (provisional score " + total + ")" : "")
        : "Not graded: " + (grade.error || grade.status);
  root.append(el("h2", { id: "feedback-title", tabindex: "-1", text: heading }));
  root.append(el("p", { className: "status", id: "grade-status", text: statusText }));
  if (reviewed) {
    root.append(el("p", { className: "hint", id: "reviewed-note",
      text: "Reviewed by " + reviewed.reviewer + " on " + reviewed.reviewed_at.slice(0, 10) +
        " (the machine grade is kept beside it)." }));
  }

  // the next step first: the overall feedback leads with it
  if (grade.feedback) {
    root.append(el("div", { className: "panel next-step", id: "next-step" },
      el("h3", { text: grade.status === "needs_review" ? "What happens next" : "Next step" }),
      el("p", { text: grade.feedback })));
  }

  if (grade.review_reasons && grade.review_reasons.length) {
    const list = el("ul", { id: "review-reasons" });
    for (const r of grade.review_reasons) list.append(el("li", { text: r }));
    root.append(el("div", { className: "panel" }, el("h3", { text: "Why an instructor will look at it" }), list));
  }

  const flags = grade.flags || {};
  const said = [];
  for (const f of ["misconception", "off_topic", "gaming"]) if (flags[f]) said.push(FLAG_WORDS[f]);
  if (flags.language && flags.language !== "en") {
    said.push(flags.language === "und"
      ? "The text does not look like English, and its language was not recognised, so it was not scored by " +
        "machine: an instructor will grade it."
      : "The text does not look like English (it reads as language code “" + flags.language +
        "”), so it was not scored by machine: an instructor will grade it.");
  }
  if (said.length) {
    const list = el("ul", { id: "flags" });
    for (const s of said) list.append(el("li", { text: s }));
    for (const r of flags.reasons || []) list.append(el("li", { className: "hint", text: "What raised it: " + r }));
    root.append(el("div", { className: "panel" }, el("h3", { text: "Flags" }), list));
  }

  const lacking = grade.components
    .filter((c) => c.score < c.max)
    .sort((a, b) => b.max - b.score - (a.max - a.score));
  if (lacking.length) {
    const list = el("ul", { id: "missing" });
    for (const c of lacking) {
      const item = el("li", {},
        el("strong", { text: title(rubric, c.key) + " (" + (c.max - c.score) + " point" +
          (c.max - c.score === 1 ? "" : "s") + " to gain)" }));
      if (c.criteria_missing && c.criteria_missing.length) {
        const sub = el("ul");
        for (const id of c.criteria_missing) sub.append(el("li", { text: criterion(rubric, id) }));
        item.append(sub);
      }
      list.append(item);
    }
    root.append(el("h3", { text: "What is missing" }), list);
  }

  root.append(el("h3", { id: "highlights-title", text: "Your write-up, with the sentences that earned credit" }));
  const legend = el("ul", { className: "legend", id: "legend", "aria-label": "Colour legend" });
  for (const c of rubric.components) {
    legend.append(el("li", {}, el("span", { className: "swatch c" + colourOf.get(c.key), "aria-hidden": "true" }),
      c.title));
  }
  root.append(legend);
  const essay = el("div", { className: "essay", id: "essay", "aria-labelledby": "highlights-title" });
  highlight(essay, text, grade.components, colourOf, (k) => title(rubric, k));
  root.append(essay);

  root.append(el("h3", { text: "Each component" }));
  const list = el("ol", { className: "components", id: "components" });
  for (const c of grade.components) {
    const item = el("li", { "data-component": c.key },
      el("span", { className: "swatch c" + colourOf.get(c.key), "aria-hidden": "true" }),
      el("strong", { text: title(rubric, c.key) + " " }),
      el("span", { className: "badge " + c.status, text: STATUS_WORDS[c.status] || c.status }),
      " ", el("span", { className: "score", text: c.score + "/" + c.max }),
      el("p", { text: c.feedback || "" }));
    list.append(item);
  }
  root.append(list);
  return root;
}
