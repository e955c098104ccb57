package org.casemark.cli;

import org.casemark.core.Grader;
import org.casemark.core.SectionTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code train-sections --rubric ID --out FILE [--threshold P] [--min-features N] FILE...}: trains the rubric's
 * section model from write-ups (JSONL with "text", or plain text files); their headings give each sentence's
 * component. The same write-ups give the same bytes. Exit 0; 2 on bad usage or an unreadable input.
 */
@Command(name = "train-sections", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Train the rubric's section model from headed write-ups (their headings label each sentence).")
final class TrainSectionsCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;
    @Mixin
    RubricOptions rubricOptions;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write (.tsv)")
    Path out;
    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.98",
            description = "the posterior a sentence's reading needs (default: ${DEFAULT-VALUE})")
    double threshold;
    @Option(names = "--min-features", paramLabel = "N", defaultValue = "3",
            description = "known features a sentence needs before it is read (default: ${DEFAULT-VALUE})")
    int minFeatures;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "write-ups: JSONL with \"text\", or text files")
    List<Path> inputs;

    TrainSectionsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) throw new Main.UsageException("--threshold must be in (0, 1]");
        Checks.range(spec, "--min-features", minFeatures, 1, 100);
        List<String> texts = new ArrayList<>();
        for (Path p : inputs) {
            List<Inputs.Item> items = p.toString().endsWith(".jsonl") ? Inputs.jsonl(p.toString()) : Inputs.files(List.of(p));
            for (Inputs.Item item : items) {
                if (item.error() != null) throw new Main.UsageException(item.where() + ": " + item.error());
                texts.add(item.text());
            }
        }
        Grader grader = rubricOptions.engine().grader(rubricOptions.rubric);
        List<String> comments = new ArrayList<>();
        comments.add("section model of rubric " + rubricOptions.rubric + ", trained by `casemark train-sections` from:");
        for (Path p : inputs) comments.add("  " + p);
        SectionTraining.Trained t = SectionTraining.train(grader, texts, threshold, minFeatures, comments);
        Files.writeString(out, t.text(), StandardCharsets.UTF_8);
        io.out().printf(Locale.ROOT, "%s: %d write-ups with headings, %d example sentences%n", out, t.writeUps(), t.examples());
        return 0;
    }
}
