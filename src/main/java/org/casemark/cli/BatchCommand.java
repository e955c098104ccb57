package org.casemark.cli;

import org.casemark.batch.BatchInput;
import org.casemark.batch.BatchResult;
import org.casemark.review.Reviewed;
import org.casemark.batch.ClassReport;
import org.casemark.batch.CsvColumns;
import org.casemark.batch.Export;
import org.casemark.batch.Intake;
import org.casemark.batch.LocalGrading;
import org.casemark.batch.ZipLimits;
import org.casemark.core.CasemarkEngine;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.store.Batches;
import org.casemark.store.DataDirLock;
import org.casemark.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code batch --rubric ID --input PATH --out DIR}: grades a whole class. The input (a CSV, a JSONL file, a folder,
 * a ZIP, Canvas or Moodle downloads) is stored in {@code DIR/casemark.db} before anything is graded; grading then
 * runs on all cores with progress on stderr; the results, the gradebook imports and the class report are written
 * to DIR and the summary printed. Run again after a crash (or {@code kill -9}), the same command grades only what
 * is left, each submission once. Exit 0 when every submission was graded or sent to review, 1 when any was
 * rejected (an unreadable file, a blank text), 2 on bad usage or an input that cannot be read at all.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Grade a whole class from a CSV, JSONL, folder or ZIP (Canvas, Moodle), resumable; write the "
                + "results, Canvas and Moodle gradebook imports and a class report to DIR.")
final class BatchCommand implements Callable<Integer> {
    /** The command line's one tenant in its own data directory. */
    static final String TENANT = "local";
    static final String REPORT = "report.json";

    private final Io io;

    @Spec
    CommandSpec spec;
    @Mixin
    RubricOptions rubricOptions;
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "a .csv, .jsonl, .zip, a folder, or one .txt/.md/.html/.docx/.pdf")
    Path input;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the batch is kept (DIR/casemark.db) and the results written")
    Path out;
    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "a CSV's id column (default: ${DEFAULT-VALUE})")
    String idColumn;
    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "a CSV's text column (default: ${DEFAULT-VALUE})")
    String textColumn;
    @Option(names = "--learner-column", paramLabel = "NAME", description = "a CSV's learner id column (default: learner_id if present, else the id)")
    String learnerColumn;
    @Option(names = "--assignment", paramLabel = "NAME", description = "the Canvas gradebook column, e.g. \"Case study (1234)\" (default: the rubric id)")
    String assignment;
    @Option(names = "--threads", paramLabel = "N", description = "grading threads (default: all cores)")
    Integer threads;
    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    BatchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = io.err();
        int n = Checks.range(spec, "--threads", threads == null ? Checks.cores() : threads, 1, 64);
        String rubricId = rubricOptions.rubric;
        var rubrics = rubricOptions.load();
        if (rubrics.stream().noneMatch(r -> r.id().equals(rubricId))) {
            throw new org.casemark.core.GradingService.UnknownRubricException(rubricId,
                    rubrics.stream().map(r -> r.id()).toList());
        }
        BatchInput in = BatchInput.read(input, new CsvColumns(idColumn, textColumn, learnerColumn), ZipLimits.defaults());
        if (in.items().isEmpty()) throw new Main.UsageException(input + ": no submission found");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new Main.UsageException("--out " + out + ": not a folder");
        Files.createDirectories(out);
        try (DataDirLock lock = lock(out); Store store = Store.open(out)) {
            Optional<Batches.Batch> earlier = store.batches().find(TENANT, rubricId, in.sha256());
            List<Batches.Batch> others = store.batches().list(TENANT);
            if (earlier.isEmpty() && !others.isEmpty()) {
                throw new Main.UsageException("--out " + out + " holds the batch of another input ("
                        + others.get(0).sourceName() + ", " + others.get(0).rubric() + "); pass another --out DIR");
            }
            CasemarkEngine engine = new CasemarkEngine(rubrics);
            RubricSummary rubric = engine.rubrics().stream().filter(r -> r.id().equals(rubricId)).findFirst().orElseThrow();
            Batches.Created created = Intake.store(store, TENANT, rubric, engine.engineVersion(), in);
            Batches.Batch batch = created.batch();
            Batches.Counts before = store.batches().counts(batch.id(), Instant.now());
            if (created.created()) {
                err.printf("batch %s: %d submissions from %s (%s, %s layout), stored in %s%n", batch.id(), batch.items(),
                        input, in.format(), in.layout().sql(), store.file());
            } else {
                int released = store.batches().releaseLeases(batch.id());
                err.printf("batch %s: %s was handed over before (same content): %d of %d already done%s%n", batch.id(),
                        input, before.finished(), batch.items(), released == 0 ? ""
                                : "; " + released + " were being graded when the last run stopped, graded again now");
            }
            Progress progress = new Progress(err, batch.items(), before.finished(), quiet, Progress.onTerminal(err));
            LocalGrading.run(store, engine, n, progress::step);
            progress.finish();
            // an instructor's review (made on the pages, served from this data directory) is the grade exported
            List<BatchResult> results = Reviewed.ofBatch(store, batch);
            ClassReport report = ClassReport.of(batch.id(), rubric, batch.sourceName(), results, batch.skipped());
            List<Path> written = write(results, rubric, report);
            ReportText.print(report, io.out());
            io.out().println("written: " + String.join(", ", written.stream().map(Path::toString).toList()));
            return report.rejected() + report.failed() == 0 ? 0 : 1;
        }
    }

    private static DataDirLock lock(Path dir) {
        try {
            return DataDirLock.acquire(dir);
        } catch (DataDirLock.InUseException e) {
            String holder = "";
            try {
                holder = Files.readString(dir.resolve(DataDirLock.FILE_NAME)).strip();
            } catch (IOException ignored) {
                // the holder's pid is a courtesy
            }
            throw new Main.UsageException("--out " + dir + " is in use by another casemark process"
                    + (holder.matches("\\d+") ? " (pid " + holder + ")" : "") + "; wait for it or pass another --out DIR");
        } catch (IOException e) {
            throw new Main.UsageException("--out " + dir + ": cannot lock: " + e.getMessage());
        }
    }

    /** Each file written whole, then renamed into place: a crash never leaves half a gradebook. */
    private List<Path> write(List<BatchResult> results, RubricSummary rubric, ClassReport report) throws IOException {
        List<Path> written = new ArrayList<>();
        String column = assignment == null ? rubric.id() : assignment;
        for (Export format : Export.values()) {
            written.add(atomically(out.resolve(format.fileName), w -> format.write(results, rubric, column, w)));
        }
        written.add(atomically(out.resolve(REPORT),
                w -> w.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")));
        return written;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path atomically(Path file, Body body) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
