package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/**
 * {@code grade --rubric ID FILE...} or {@code grade --rubric ID --input essays.jsonl [--output results.jsonl]}:
 * one JSON grade per essay, in input order, and with {@code --gradebook G.csv} a CSV row per essay. Exit 0 when every essay was graded (or sent to review), 1 when any was
 * rejected, 2 on bad usage.
 */
final class GradeCommand implements Main.Command {
    /** A rejection by the grader ("text is blank") names the file and line too, like the reader's rejections. */
    private static GradeResult located(GradeResult r, String where) {
        if (!GradeResult.REJECTED.equals(r.status())) return r;
        return GradeResult.rejected(r.id(), r.rubric(), r.rubricVersion(), r.engineVersion(), where + ": " + r.error());
    }

    @Override
    public String summary() {
        return "grade write-ups: --rubric ID (FILE... | --input F.jsonl [--output R.jsonl]) [--gradebook G.csv] [--threads N] [--rubrics DIR] [--quiet]";
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
        Args args = new Args(argv, Set.of("rubric", "input", "output", "gradebook", "threads", "rubrics"), Set.of("quiet"));
        String rubricId = args.required("rubric");
        if (args.has("input") == !args.positional.isEmpty()) {
            throw new Main.UsageException("give either FILE... or --input essays.jsonl");
        }
        List<Inputs.Item> items = args.has("input") ? Inputs.jsonl(args.required("input")) : Inputs.files(args.positional);
        for (String option : List.of("output", "gradebook")) {
            if (!args.has(option)) continue;
            Path parent = Path.of(args.required(option)).toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new Main.UsageException("--" + option + " " + args.required(option) + ": no such directory " + parent);
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Inputs.Item item : items) {
            if (item.error() == null && !ids.add(item.id())) err.println(item.where() + ": warning: essay id '" + item.id() + "' is used more than once");
        }
        CasemarkEngine engine = Engines.load(args);
        engine.grader(rubricId);   // unknown rubric: fail before writing anything
        int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1, 64);
        Path output = args.has("output") ? Path.of(args.required("output")) : null;
        Path partial = output == null ? null : output.resolveSibling(output.getFileName() + ".partial");
        Path gradebookFile = args.has("gradebook") ? Path.of(args.required("gradebook")) : null;
        Path gradebookPartial = gradebookFile == null ? null : gradebookFile.resolveSibling(gradebookFile.getFileName() + ".partial");
        Gradebook gradebook = gradebookFile == null ? null : new Gradebook(
                Files.newBufferedWriter(gradebookPartial, StandardCharsets.UTF_8),
                engine.grader(rubricId).rubric().components().stream().map(c -> c.key()).toList());
        int[] rejected = {0};
        Progress progress = new Progress(err, items.size(), args.has("quiet") || output == null);
        try (Writer w = output == null ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            Writer writer = output == null ? w : new BufferedWriter(w);
            Parallel.inOrder(items, threads, item -> item.error() != null
                    ? GradeResult.rejected(item.id(), rubricId, engine.grader(rubricId).rubric().version(),
                    engine.engineVersion(), item.error())
                    : located(engine.grade(rubricId, item.id(), item.text()), item.where()), (item, result) -> {
                if (GradeResult.REJECTED.equals(result.status())) {
                    rejected[0]++;
                    err.println("rejected: " + result.error());
                }
                if (gradebook != null) gradebook.add(result);
                writer.write(Json.MAPPER.writeValueAsString(result));
                writer.write('\n');
                writer.flush();
                progress.step();
            });
            writer.flush();
        }
        if (output != null) Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (gradebook != null) {
            gradebook.close();
            Files.move(gradebookPartial, gradebookFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        progress.done(rejected[0]);
        return rejected[0] == 0 ? 0 : 1;
    }
}
