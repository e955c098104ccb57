package org.casemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.core.Calibration;
import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import org.casemark.rubric.Rubric;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code calibrate --rubric ID --input labeled.jsonl [--json]}: grades every labeled essay and reports agreement
 * with the instructor's labels (see {@link Calibration}). Exit 0; 2 on bad usage or an unreadable label line.
 */
final class CalibrateCommand implements Main.Command {
    @Override
    public String summary() {
        return "agreement with instructor labels: --rubric ID --input labeled.jsonl [--json] [--threads N]";
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("rubric", "input", "threads", "rubrics"), Set.of("json", "quiet"));
        String rubricId = args.required("rubric");
        List<Inputs.Item> items = Inputs.jsonl(args.required("input"));
        CasemarkEngine engine = Engines.load(args);
        Rubric rubric = engine.grader(rubricId).rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<Calibration.Label> labels = new ArrayList<>();
        for (Inputs.Item item : items) labels.add(label(item, rubric));
        List<GradeResult> results = new ArrayList<>();
        Progress progress = new Progress(err, items.size(), args.has("quiet"));
        int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1, 64);
        Parallel.inOrder(items, threads, item -> engine.grade(rubricId, item.id(), item.text()), (item, r) -> {
            results.add(r);
            progress.step();
        });
        Calibration.Report report = Calibration.compare(labels, results, keys, rubric.max());
        if (args.has("json")) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            print(report, rubric, out);
        }
        return 0;
    }

    private static Calibration.Label label(Inputs.Item item, Rubric rubric) {
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        if (item.error() != null) throw new Main.UsageException(item.error());
        JsonNode labels = item.json().get("labels");
        if (labels == null || !labels.isObject()) throw new Main.UsageException(item.where() + ": missing \"labels\" object");
        Map<String, Integer> components = new TreeMap<>();
        for (java.util.Iterator<String> it = labels.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) throw new Main.UsageException(item.where() + ": unknown label '" + k + "' (components: " + String.join(", ", keys) + ")");
        }
        for (String k : keys) {
            JsonNode v = labels.get(k);
            if (v == null) throw new Main.UsageException(item.where() + ": missing label '" + k + "'");
            int max = rubric.components().get(keys.indexOf(k)).max();
            if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > max) {
                throw new Main.UsageException(item.where() + ": labels." + k + " must be a whole number in 0.." + max + ", was " + v);
            }
            components.put(k, v.asInt());
        }
        JsonNode f = item.json().path("flags");
        return new Calibration.Label(item.id(), components, f.path("misconception").asBoolean(false),
                f.path("off_topic").asBoolean(false), f.path("gaming").asBoolean(false),
                f.path("language").asText("en"));
    }

    private static void print(Calibration.Report r, Rubric rubric, PrintStream out) {
        out.printf("rubric %s %s: %d essays, %d graded in English, %d expected in another language%n",
                rubric.id(), rubric.version(), r.essays(), r.graded(), r.languageExpected());
        out.printf("totals: QWK %.3f, exact %.1f%%, within 1 point %.1f%%%n", r.totalQwk(), 100 * r.totalExact(),
                100 * r.totalWithinOne());
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
