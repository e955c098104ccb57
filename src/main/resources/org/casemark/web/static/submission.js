// One graded write-up, as its instructor sees it: the learner's text with its highlights and the feedback (the
// reviewed grade where an instructor has reviewed it).
import { apiKey, el, getJson, rubrics, showError } from "./api.js";
import { renderFeedback } from "./feedback.js";

const error = document.getElementById("error");
(async () => {
  if (!apiKey()) {
    showError(error, "Sign in on the instructor page first.");
    return;
  }
  const id = new URLSearchParams(location.search).get("id");
  try {
    const sub = await getJson("/v1/submissions/" + encodeURIComponent(id), { auth: true });
    const rubric = (await rubrics()).find((r) => r.id === sub.rubric);
    document.getElementById("title").textContent = "Submission of " + sub.learner_id;
    document.getElementById("who").append(el("span", { text: (sub.external_id || sub.id) + " · " + sub.created_at.slice(0, 16).replace("T", " ") }));
    renderFeedback(document.getElementById("result"), sub.grade, rubric, sub.text, { heading: "Grade", reviewed: sub.review || null });
  } catch (e) {
    showError(error, e);
  }
})();
