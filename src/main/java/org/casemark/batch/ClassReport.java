package org.casemark.batch;

import org.casemark.core.ComponentResult;
import org.casemark.core.GradeResult;
import org.casemark.core.RubricSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a class did, for the instructor: counts by status, per component how many met, partly met or missed it,
 * flag counts, a histogram of totals, the sub-criteria most often missing, and the write-ups sent to review and
 * rejected, each with why. Components, histogram and missing criteria count the graded write-ups only; a grade in
 * review is provisional and is listed instead.
 */
public record ClassReport(String batch, String rubric, String rubricVersion, String source, int items, int graded,
                          int needsReview, int rejected, int failed, int pending, Double meanTotal,
                          List<ComponentCounts> components, Map<String, Integer> flags, List<Bar> histogram,
                          List<MissingCriterion> missingCriteria, List<Review> review, List<Rejected> rejectedItems,
                          List<String> skipped) {

    public record ComponentCounts(String key, int max, int met, int partial, int missing) {
    }

    public record Bar(int total, int count) {
    }

    public record MissingCriterion(String criterion, String component, int count) {
    }

    public record Review(String id, String learnerId, Integer provisionalTotal, List<String> reasons) {
    }

    public record Rejected(String id, String learnerId, String error) {
    }

    /** How many missing sub-criteria the report lists. */
    static final int TOP_MISSING = 10;

    public static ClassReport of(String batchId, RubricSummary rubric, String source, List<BatchResult> results,
                                 List<String> skipped) {
        int graded = 0, review = 0, rejected = 0, failed = 0, pending = 0, sum = 0;
        Map<String, int[]> components = new LinkedHashMap<>();
        rubric.components().forEach(c -> components.put(c.key(), new int[3]));
        Map<String, Integer> flags = new LinkedHashMap<>();
        for (String f : List.of("misconception", "off_topic", "gaming", "not_english")) flags.put(f, 0);
        int[] histogram = new int[rubric.max() + 1];
        Map<String, Integer> missing = new LinkedHashMap<>();
        Map<String, String> componentOf = new LinkedHashMap<>();
        List<Review> reviews = new ArrayList<>();
        List<Rejected> rejects = new ArrayList<>();
        for (BatchResult r : results) {
            GradeResult g = r.grade();
            switch (r.status()) {
                case GradeResult.GRADED -> {
                    graded++;
                    if (g.total() != null) {
                        sum += g.total();
                        histogram[Math.min(rubric.max(), Math.max(0, g.total()))]++;
                    }
                    for (ComponentResult c : g.components()) {
                        int[] n = components.get(c.key());
                        if (n != null) n["met".equals(c.status()) ? 0 : "partial".equals(c.status()) ? 1 : 2]++;
                        for (String k : c.criteriaMissing()) {
                            missing.merge(k, 1, Integer::sum);
                            componentOf.put(k, c.key());
                        }
                    }
                }
                case GradeResult.NEEDS_REVIEW -> {
                    review++;
                    reviews.add(new Review(r.externalId(), r.learnerId(), g.total(), g.reviewReasons()));
                }
                case GradeResult.REJECTED -> {
                    rejected++;
                    rejects.add(new Rejected(r.externalId(), r.learnerId(), g.error()));
                }
                case "failed" -> {
                    failed++;
                    rejects.add(new Rejected(r.externalId(), r.learnerId(), "grading failed: " + r.error()));
                }
                default -> pending++;
            }
            if (g != null && g.flags() != null) {
                if (g.flags().misconception()) flags.merge("misconception", 1, Integer::sum);
                if (g.flags().offTopic()) flags.merge("off_topic", 1, Integer::sum);
                if (g.flags().gaming()) flags.merge("gaming", 1, Integer::sum);
                if (g.flags().language() != null && !"en".equals(g.flags().language())) {
                    flags.merge("not_english", 1, Integer::sum);
                }
            }
        }
        List<ComponentCounts> counts = new ArrayList<>();
        for (RubricSummary.Component c : rubric.components()) {
            int[] n = components.get(c.key());
            counts.add(new ComponentCounts(c.key(), c.max(), n[0], n[1], n[2]));
        }
        List<Bar> bars = new ArrayList<>();
        for (int t = 0; t <= rubric.max(); t++) bars.add(new Bar(t, histogram[t]));
        List<MissingCriterion> top = missing.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_MISSING).map(e -> new MissingCriterion(e.getKey(), componentOf.get(e.getKey()), e.getValue()))
                .toList();
        reviews.sort(Comparator.comparing(Review::id));
        return new ClassReport(batchId, rubric.id(), rubric.version(), source, results.size(), graded, review,
                rejected, failed, pending, graded == 0 ? null : Math.round(10.0 * sum / graded) / 10.0, counts, flags,
                bars, top, reviews, rejects, skipped);
    }
}
