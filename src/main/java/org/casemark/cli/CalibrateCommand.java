package org.casemark.cli;

import org.casemark.core.Calibration;
import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import org.casemark.rubric.Rubric;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate --rubric ID --input labeled.jsonl [--json]}: grades every labeled essay and reports agreement
 * with the instructor's labels (see {@link Calibration}). Exit 0; 2 on bad usage or an unreadable label line.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Agreement with instructor labels: per component, totals, flags, every disagreement.")
final class CalibrateCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;
    @Mixin
    RubricOptions rubricOptions;
    @Option(names = "--input", required = true, paramLabel = "labeled.jsonl", description = "write-ups with labels, in the devset's format")
    Path input;
    @Option(names = "--json", description = "a machine-readable report")
    boolean json;
    @Option(names = "--threads", paramLabel = "N", description = "grading threads (default: all cores)")
    Integer threads;
    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    CalibrateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = io.out();
        String rubricId = rubricOptions.rubric;
        CasemarkEngine engine = rubricOptions.engine();
        Rubric rubric = engine.grader(rubricId).rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<LabeledFile.Entry> items = LabeledFile.read(input.toString(), rubric);
        List<Calibration.Label> labels = items.stream().map(LabeledFile.Entry::label).toList();
        List<GradeResult> results = new ArrayList<>();
        Progress progress = new Progress(io.err(), items.size(), 0, quiet, Progress.onTerminal(io.err()));
        int n = Checks.range(spec, "--threads", threads == null ? Checks.cores() : threads, 1, 64);
        Parallel.inOrder(items, n, item -> engine.grade(rubricId, item.id(), item.text()),
                (item, fault) -> GradeResult.rejected(item.id(), rubricId, rubric.version(), engine.engineVersion(),
                        Parallel.fault(item.id(), fault)), (item, r) -> {
            results.add(r);
            progress.step(r.status());
        });
        progress.finish();
        Calibration.Report report = Calibration.compare(labels, results, keys, rubric.max());
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            print(report, rubric, out);
        }
        return 0;
    }

    private static void print(Calibration.Report r, Rubric rubric, PrintStream out) {
        out.printf("rubric %s %s: %d essays, %d graded in English, %d expected in another language%n",
                rubric.id(), rubric.version(), r.essays(), r.graded(), r.languageExpected());
        int english = r.graded() + r.reviewed();
        out.printf("review: %d of %d English essays sent to an instructor (%.0f%%); the agreement below is on the %d graded%n",
                r.reviewed(), english, english == 0 ? 0 : 100.0 * r.reviewed() / english, r.graded());
        out.printf("totals: QWK %.3f (%.3f counting the provisional totals of those in review), exact %.1f%%, within 1 point %.1f%%%n",
                r.totalQwk(), r.withProvisionalQwk(), 100 * r.totalExact(), 100 * r.totalWithinOne());
        out.printf("graded 4 or more points from the label: %d %s%n", r.far().size(), r.far());
        out.printf("components: exact agreement %.1f%% overall%n", 100 * r.componentExact());
        for (Calibration.ComponentAgreement c : r.components()) {
            out.printf("  %-20s exact %5.1f%%  QWK %6.3f  confusion (rows = instructor 0..2, columns = casemark):",
                    c.key(), 100 * c.exact(), c.qwk());
            for (int[] row : c.confusion()) {
                out.print(" [");
                for (int j = 0; j < row.length; j++) out.print((j > 0 ? " " : "") + row[j]);
                out.print("]");
            }
            out.println();
        }
        out.println("flags:");
        for (Calibration.FlagAgreement f : r.flags()) {
            out.printf("  %-14s precision %.2f  recall %.2f  (tp %d, fp %d, fn %d)%n", f.flag(), f.precision(),
                    f.recall(), f.truePositives(), f.falsePositives(), f.falseNegatives());
        }
        out.printf("language: %d/%d non-English essays sent to review with the right language%n",
                r.languageCorrect(), r.languageExpected());
        out.printf("disagreements (%d):%n", r.disagreements().size());
        for (Calibration.Disagreement d : r.disagreements()) {
            out.printf("  %-8s %-26s instructor %-8s casemark %s%n", d.id(), d.what(), d.expected(), d.actual());
        }
    }
}
