package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.Grader;
import org.casemark.core.SectionTraining;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code train-sections --rubric ID --out FILE [--threshold P] [--min-features N] FILE...}: trains the rubric's
 * section model from write-ups (JSONL with "text", or plain text files); their headings give each sentence's
 * component. The same write-ups give the same bytes. Exit 0; 2 on bad usage or an unreadable input.
 */
final class TrainSectionsCommand implements Main.Command {
    @Override
    public String summary() {
        return "train the section model: --rubric ID --out FILE [--threshold 0.98] [--min-features 3] FILE...";
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("rubric", "out", "threshold", "min-features", "rubrics"), Set.of());
        String rubricId = args.required("rubric");
        String outFile = args.required("out");
        double threshold = Double.parseDouble(args.get("threshold", "0.98"));
        if (!(threshold > 0 && threshold <= 1)) throw new Main.UsageException("--threshold must be in (0, 1]");
        int minFeatures = args.intOption("min-features", 3, 1, 100);
        if (args.positional.isEmpty()) throw new Main.UsageException("name the write-ups to train from (JSONL or text files)");
        List<String> texts = new ArrayList<>();
        for (String name : args.positional) {
            List<Inputs.Item> items = name.endsWith(".jsonl") ? Inputs.jsonl(name) : Inputs.files(List.of(name));
            for (Inputs.Item item : items) {
                if (item.error() != null) throw new Main.UsageException(item.where() + ": " + item.error());
                texts.add(item.text());
            }
        }
        CasemarkEngine engine = Engines.load(args);
        Grader grader = engine.grader(rubricId);
        List<String> comments = new ArrayList<>();
        comments.add("section model of rubric " + rubricId + ", trained by `casemark train-sections` from:");
        for (String name : args.positional) comments.add("  " + name);
        SectionTraining.Trained t = SectionTraining.train(grader, texts, threshold, minFeatures, comments);
        Files.writeString(Path.of(outFile), t.text(), StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%s: %d write-ups with headings, %d example sentences%n", outFile, t.writeUps(), t.examples());
        return 0;
    }
}
