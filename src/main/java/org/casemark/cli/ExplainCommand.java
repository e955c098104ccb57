package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.Grader;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code explain --rubric ID (FILE | --input F.jsonl --id ID)}: how each sentence was read (section, whether it
 * may earn credit and why not, concepts matched, scenario words) - the trace behind a grade.
 */
final class ExplainCommand implements Main.Command {
    @Override
    public String summary() {
        return "show how each sentence was read: --rubric ID (FILE | --input F.jsonl --id ESSAY)";
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("rubric", "input", "id", "rubrics"), Set.of());
        String rubricId = args.required("rubric");
        List<Inputs.Item> items;
        if (args.has("input")) {
            String id = args.required("id");
            items = Inputs.jsonl(args.required("input")).stream().filter(i -> id.equals(i.id())).toList();
            if (items.isEmpty()) throw new Main.UsageException(args.required("input") + ": no essay with id '" + id + "'");
        } else {
            if (args.positional.size() != 1) throw new Main.UsageException("give one FILE, or --input F.jsonl --id ESSAY");
            items = Inputs.files(args.positional);
        }
        Inputs.Item item = items.get(0);
        if (item.error() != null) throw new Main.UsageException(item.error());
        CasemarkEngine engine = Engines.load(args);
        Grader grader = engine.grader(rubricId);
        Grader.Explained explained = grader.explain(item.id(), item.text());
        var result = explained.result();
        out.printf("%s: %s total %s/%s language %s flags %s%n", item.id(), result.status(), result.total(), result.max(),
                result.flags() == null ? "-" : result.flags().language(), result.flags() == null ? "-" : result.flags().reasons());
        if (result.reviewReasons() != null) result.reviewReasons().forEach(r -> out.printf("  review: %s%n", r));
        result.components().forEach(c -> out.printf("  %-20s %d/%d met %s confidence %s%n", c.key(), c.score(), c.max(),
                c.criteriaMet(), c.confidence()));
        if (!explained.slots().isEmpty()) out.printf("  the learner's words for feedback: %s%n", explained.slots());
        for (Grader.SentenceTrace t : explained.sentences()) {
            out.printf("#%d [%s]%s%s %s%n", t.index(), String.join(",", t.section()), t.heading() ? " HEADING" : "",
                    t.credited() ? "" : " (no credit" + (t.notes().isEmpty() ? "" : ": " + String.join(", ", t.notes())) + ")",
                    t.text().replaceAll("\\s+", " "));
            out.printf("    concepts %s%s  scenario %s%n", t.concepts(), t.negated().isEmpty() ? "" : " negated " + t.negated(),
                    t.scenarioWords());
        }
        return 0;
    }
}
