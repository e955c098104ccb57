package org.casemark.cli;

import org.casemark.batch.ClassReport;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** The class report as the {@code batch} command prints it at the end: a screenful an instructor reads. */
final class ReportText {
    private ReportText() {
    }

    static void print(ClassReport r, PrintStream out) {
        out.printf(Locale.ROOT, "class summary (%s, rubric %s %s): %d submissions: %d graded, %d needs review, "
                        + "%d rejected%s%s%n", r.source(), r.rubric(), r.rubricVersion(), r.items(), r.graded(),
                r.needsReview(), r.rejected(), r.failed() == 0 ? "" : ", " + r.failed() + " failed",
                r.meanTotal() == null ? "" : "; mean total of the graded " + r.meanTotal());
        out.printf("  %-20s %5s %8s %8s%n", "component", "met", "partial", "missing");
        r.components().forEach(c -> out.printf("  %-20s %5d %8d %8d%n", c.key(), c.met(), c.partial(), c.missing()));
        out.println("  flags: " + r.flags().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        int most = r.histogram().stream().mapToInt(ClassReport.Bar::count).max().orElse(0);
        out.println("  totals of the graded:");
        for (ClassReport.Bar b : r.histogram()) {
            int width = most == 0 ? 0 : (int) Math.ceil(30.0 * b.count() / most);
            out.printf("    %3d %-30s %d%n", b.total(), "#".repeat(width), b.count());
        }
        if (!r.missingCriteria().isEmpty()) {
            out.println("  most often missing: " + r.missingCriteria().stream()
                    .map(m -> m.criterion() + " " + m.count()).collect(Collectors.joining(", ")));
        }
        r.review().forEach(v -> out.printf("  needs review: %s (learner %s, provisional %s): %s%n", v.id(),
                v.learnerId(), v.provisionalTotal() == null ? "-" : v.provisionalTotal(),
                v.reasons() == null ? "" : String.join("; ", v.reasons())));
        r.rejectedItems().forEach(x -> out.printf("  rejected: %s (learner %s): %s%n", x.id(), x.learnerId(), x.error()));
        r.skipped().forEach(s -> out.println("  skipped: " + s));
    }
}
