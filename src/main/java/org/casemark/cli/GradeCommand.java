package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code grade --rubric ID FILE...} or {@code grade --rubric ID --input essays.jsonl [--output results.jsonl]}:
 * one JSON grade per essay, in input order, and with {@code --gradebook G.csv} a CSV row per essay. Exit 0 when
 * every essay was graded (or sent to review), 1 when any was rejected, 2 on bad usage.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Grade write-ups: files, or a JSONL file of {\"id\",\"text\"} lines; one JSON grade per line.")
final class GradeCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;
    @Mixin
    RubricOptions rubric;
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "write-ups (.txt or .md), one grade each")
    List<Path> files = List.of();
    @Option(names = "--input", paramLabel = "F.jsonl", description = "a JSONL file of {\"id\",\"text\"} lines")
    Path input;
    @Option(names = "--output", paramLabel = "R.jsonl", description = "write the grades here (FILE.partial until done) instead of to stdout")
    Path output;
    @Option(names = "--gradebook", paramLabel = "G.csv", description = "also write one CSV row per essay")
    Path gradebook;
    @Option(names = "--threads", paramLabel = "N", description = "grading threads (default: all cores)")
    Integer threads;
    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    GradeCommand(Io io) {
        this.io = io;
    }

    /** A rejection by the grader ("text is blank") names the file and line too, like the reader's rejections. */
    private static GradeResult located(GradeResult r, String where) {
        if (!GradeResult.REJECTED.equals(r.status())) return r;
        return GradeResult.rejected(r.id(), r.rubric(), r.rubricVersion(), r.engineVersion(), where + ": " + r.error());
    }

    @Override
    public Integer call() throws IOException {
        String rubricId = rubric.rubric;
        if ((input != null) == !files.isEmpty()) throw new Main.UsageException("give either FILE... or --input essays.jsonl");
        List<Inputs.Item> items = input != null ? Inputs.jsonl(input.toString()) : Inputs.files(files);
        for (Path option : new Path[]{output, gradebook}) {
            if (option == null) continue;
            Path parent = option.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new Main.UsageException((option == output ? "--output " : "--gradebook ") + option
                        + ": no such directory " + parent);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Inputs.Item item : items) {
            if (item.error() == null && !ids.add(item.id())) io.err().println(item.where() + ": warning: essay id '" + item.id() + "' is used more than once");
        }
        CasemarkEngine engine = rubric.engine();
        engine.grader(rubricId);   // unknown rubric: fail before writing anything
        int n = Checks.range(spec, "--threads", threads == null ? Checks.cores() : threads, 1, 64);
        Path partial = output == null ? null : output.resolveSibling(output.getFileName() + ".partial");
        Path gradebookPartial = gradebook == null ? null : gradebook.resolveSibling(gradebook.getFileName() + ".partial");
        Gradebook book = gradebook == null ? null : new Gradebook(
                Files.newBufferedWriter(gradebookPartial, StandardCharsets.UTF_8),
                engine.grader(rubricId).rubric().components().stream().map(c -> c.key()).toList());
        int[] rejected = {0};
        Progress progress = new Progress(io.err(), items.size(), 0, quiet, Progress.onTerminal(io.err()));
        try (Writer w = output == null ? new OutputStreamWriter(io.out(), StandardCharsets.UTF_8)
                : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            Writer writer = output == null ? w : new BufferedWriter(w);
            Parallel.inOrder(items, n, item -> item.error() != null
                    ? GradeResult.rejected(item.id(), rubricId, engine.grader(rubricId).rubric().version(),
                    engine.engineVersion(), item.error())
                    : located(engine.grade(rubricId, item.id(), item.text()), item.where()),
                    (item, fault) -> GradeResult.rejected(item.id(), rubricId, engine.grader(rubricId).rubric().version(),
                            engine.engineVersion(), Parallel.fault(item.where(), fault)), (item, result) -> {
                if (GradeResult.REJECTED.equals(result.status())) {
                    rejected[0]++;
                    io.err().println("rejected: " + result.error());
                }
                if (book != null) book.add(result);
                writer.write(Json.MAPPER.writeValueAsString(result));
                writer.write('\n');
                writer.flush();
                progress.step(result.status());
            });
            writer.flush();
        }
        progress.finish();
        if (output != null) Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (book != null) {
            book.close();
            Files.move(gradebookPartial, gradebook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return rejected[0] == 0 ? 0 : 1;
    }
}
