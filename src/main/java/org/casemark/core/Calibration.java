package org.casemark.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between the grader and an instructor's labels: per-component exact agreement, quadratic weighted
 * kappa and confusion matrix, QWK of totals, flag precision/recall, language handling, and every disagreement.
 * Pure: it compares values it is handed.
 */
public final class Calibration {

    /** An instructor's labels for one essay (the devset's format). */
    public record Label(String id, Map<String, Integer> components, boolean misconception, boolean offTopic,
                        boolean gaming, String language) {
    }

    public record ComponentAgreement(String key, int n, double exact, double qwk, int[][] confusion) {
    }

    public record FlagAgreement(String flag, int truePositives, int falsePositives, int falseNegatives,
                                double precision, double recall) {
    }

    public record Disagreement(String id, String what, String expected, String actual) {
    }

    /**
     * {@code reviewed}: English essays sent to review instead of graded; the agreement figures are on the graded ones,
     * and {@code withProvisionalQwk} is the QWK of totals counting the reviewed essays' provisional totals too;
     * {@code far}: ids of essays returned as graded 4 or more points from their label.
     */
    public record Report(int essays, int graded, int reviewed, double totalQwk, double withProvisionalQwk,
                         double totalExact, double totalWithinOne, double componentExact,
                         List<ComponentAgreement> components, List<FlagAgreement> flags, int languageCorrect,
                         int languageExpected, List<String> far, List<Disagreement> disagreements) {
    }

    private Calibration() {
    }

    public static Report compare(List<Label> labels, List<GradeResult> results, List<String> componentKeys, int max) {
        if (labels.size() != results.size()) throw new IllegalArgumentException("labels and results differ in size");
        Map<String, List<int[]>> pairs = new LinkedHashMap<>();
        componentKeys.forEach(k -> pairs.put(k, new ArrayList<>()));
        List<int[]> totals = new ArrayList<>();
        int[][] flagCounts = new int[3][3];   // [flag][tp, fp, fn]
        List<Disagreement> disagreements = new ArrayList<>();
        int reviewed = 0, langOk = 0, langExpected = 0;
        List<int[]> withProvisional = new ArrayList<>();
        List<String> far = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            GradeResult r = results.get(i);
            if (!"en".equals(l.language())) {
                langExpected++;
                boolean ok = GradeResult.NEEDS_REVIEW.equals(r.status()) && r.flags() != null
                        && l.language().equals(r.flags().language());
                if (ok) langOk++;
                else disagreements.add(new Disagreement(l.id(), "language", "needs_review/" + l.language(),
                        r.status() + "/" + (r.flags() == null ? "-" : r.flags().language())));
                continue;
            }
            if (!GradeResult.GRADED.equals(r.status())) {
                reviewed++;
                int expected = 0;
                for (String k : componentKeys) expected += l.components().getOrDefault(k, 0);
                withProvisional.add(new int[]{expected, r.total() == null ? 0 : r.total()});
                disagreements.add(new Disagreement(l.id(), "status", "graded", r.status()
                        + (r.flags() == null ? "" : "/" + r.flags().language())));
                continue;
            }
            int expectedTotal = 0;
            for (String k : componentKeys) {
                int e = l.components().getOrDefault(k, 0);
                int a = r.components().stream().filter(c -> c.key().equals(k)).mapToInt(ComponentResult::score).findFirst().orElse(0);
                expectedTotal += e;
                pairs.get(k).add(new int[]{e, a});
                if (e != a) disagreements.add(new Disagreement(l.id(), k, Integer.toString(e), Integer.toString(a)));
            }
            totals.add(new int[]{expectedTotal, r.total()});
            withProvisional.add(new int[]{expectedTotal, r.total()});
            if (Math.abs(expectedTotal - r.total()) >= 4) far.add(l.id());
            boolean[] expected = {l.misconception(), l.offTopic(), l.gaming()};
            boolean[] actual = {r.flags().misconception(), r.flags().offTopic(), r.flags().gaming()};
            String[] names = {"misconception", "off_topic", "gaming"};
            for (int f = 0; f < 3; f++) {
                if (expected[f] && actual[f]) flagCounts[f][0]++;
                if (!expected[f] && actual[f]) flagCounts[f][1]++;
                if (expected[f] && !actual[f]) flagCounts[f][2]++;
                if (expected[f] != actual[f]) disagreements.add(new Disagreement(l.id(), "flag " + names[f],
                        Boolean.toString(expected[f]), Boolean.toString(actual[f])));
            }
        }
        List<ComponentAgreement> components = new ArrayList<>();
        int agree = 0, all = 0;
        for (String k : componentKeys) {
            List<int[]> p = pairs.get(k);
            int kmax = 2;
            for (int[] x : p) kmax = Math.max(kmax, Math.max(x[0], x[1]));
            int[][] confusion = new int[kmax + 1][kmax + 1];
            int same = 0;
            for (int[] x : p) {
                confusion[x[0]][x[1]]++;
                if (x[0] == x[1]) same++;
            }
            agree += same;
            all += p.size();
            components.add(new ComponentAgreement(k, p.size(), p.isEmpty() ? 0 : (double) same / p.size(),
                    qwk(p, kmax), confusion));
        }
        int exact = 0, withinOne = 0;
        for (int[] t : totals) {
            if (t[0] == t[1]) exact++;
            if (Math.abs(t[0] - t[1]) <= 1) withinOne++;
        }
        List<FlagAgreement> flags = new ArrayList<>();
        String[] names = {"misconception", "off_topic", "gaming"};
        for (int f = 0; f < 3; f++) {
            int tp = flagCounts[f][0], fp = flagCounts[f][1], fn = flagCounts[f][2];
            flags.add(new FlagAgreement(names[f], tp, fp, fn, tp + fp == 0 ? 1 : (double) tp / (tp + fp),
                    tp + fn == 0 ? 1 : (double) tp / (tp + fn)));
        }
        double n = Math.max(1, totals.size());
        return new Report(labels.size(), totals.size(), reviewed, qwk(totals, max), qwk(withProvisional, max),
                exact / n, withinOne / n, all == 0 ? 0 : (double) agree / all, components, flags, langOk,
                langExpected, far, disagreements);
    }

    /** Quadratic weighted kappa of (expected, actual) pairs on the scale 0..max. */
    public static double qwk(List<int[]> pairs, int max) {
        int k = max + 1;
        if (pairs.isEmpty()) return 0;
        double[][] observed = new double[k][k];
        double[] histE = new double[k], histA = new double[k];
        for (int[] p : pairs) {
            observed[p[0]][p[1]]++;
            histE[p[0]]++;
            histA[p[1]]++;
        }
        double n = pairs.size(), num = 0, den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * histE[i] * histA[j] / n;
            }
        }
        return den == 0 ? 1 : 1 - num / den;
    }
}
