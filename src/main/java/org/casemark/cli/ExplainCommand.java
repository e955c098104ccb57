package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.Grader;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain --rubric ID (FILE | --input F.jsonl --id ID)}: how each sentence was read (section, whether it
 * may earn credit and why not, concepts matched, scenario words) - the trace behind a grade.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show how each sentence of one write-up was read: section, credit, concepts, scenario words.")
final class ExplainCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    RubricOptions rubricOptions;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the write-up")
    Path file;
    @Option(names = "--input", paramLabel = "F.jsonl", description = "a JSONL file of write-ups (with --id)")
    Path input;
    @Option(names = "--id", paramLabel = "ESSAY", description = "the id of the write-up in --input")
    String id;

    ExplainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        String rubricId = rubricOptions.rubric;
        List<Inputs.Item> items;
        if (input != null) {
            if (id == null) throw new Main.UsageException("--input needs --id ESSAY");
            items = Inputs.jsonl(input.toString()).stream().filter(i -> id.equals(i.id())).toList();
            if (items.isEmpty()) throw new Main.UsageException(input + ": no essay with id '" + id + "'");
        } else {
            if (file == null) throw new Main.UsageException("give one FILE, or --input F.jsonl --id ESSAY");
            items = Inputs.files(List.of(file));
        }
        Inputs.Item item = items.get(0);
        if (item.error() != null) throw new Main.UsageException(item.error());
        CasemarkEngine engine = rubricOptions.engine();
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
            out.printf("    concepts %s%s  scenario %s%n", t.conceptWords(), t.negated().isEmpty() ? "" : " negated " + t.negated(),
                    t.scenarioWords());
        }
        return 0;
    }
}
