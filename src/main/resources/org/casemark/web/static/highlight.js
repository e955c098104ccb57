// The learner's text with the sentences that earned credit marked, one colour per rubric component. The text is
// only ever inserted as text nodes: a "<script>" in a write-up shows as those characters. Evidence offsets are
// UTF-16 indices into the submitted text (as JavaScript strings count), used exactly as the grade gives them.

/** Component key -> colour index (its position in the rubric; eight colours, then they repeat). */
export function colours(componentKeys) {
  const map = new Map();
  componentKeys.forEach((k, i) => map.set(k, i % 8));
  return map;
}

/**
 * Fills `container` with `text`, marking every evidence span of `components` ([{key, evidence:[{start,end}]}]).
 * Where spans of several components overlap, the piece is marked with the first component's colour and a double
 * underline, and its title names them all. Returns the number of marks.
 */
export function highlight(container, text, components, colourOf, titleOf = (k) => k) {
  const cuts = new Set([0, text.length]);
  const spans = [];
  for (const c of components) {
    for (const ev of c.evidence || []) {
      if (!(ev.start >= 0 && ev.end <= text.length && ev.start < ev.end)) continue; // never guess a span
      spans.push({ start: ev.start, end: ev.end, key: c.key });
      cuts.add(ev.start);
      cuts.add(ev.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  container.replaceChildren();
  let marks = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const keys = [...new Set(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.key))];
    if (keys.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    keys.sort((a, b) => colourOf.get(a) - colourOf.get(b));
    const mark = document.createElement("mark");
    mark.className = "c" + colourOf.get(keys[0]) + (keys.length > 1 ? " more" : "");
    mark.dataset.components = keys.join(" ");
    mark.title = keys.map(titleOf).join(", ");
    mark.textContent = piece;
    container.append(mark);
    marks++;
  }
  return marks;
}
