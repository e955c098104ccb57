package org.casemark.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text form of a {@link Rubric.SectionModel}: tab-separated lines, {@code #} comments, written in a fixed order
 * with fixed precision so that training the same write-ups twice gives the same bytes.
 * <pre>
 * threshold  0.85
 * min_features  3
 * classes  system  aligned_goal  ...
 * prior  -1.6  -1.9  ...
 * f  w:train  -4.1  -6.3  ...
 * </pre>
 */
public final class SectionModelFile {
    private SectionModelFile() {
    }

    /** Parses a model; every error names the file and line. {@code components}: the rubric's component keys. */
    public static Rubric.SectionModel parse(String name, String text, Set<String> components) {
        List<String> classes = null;
        double[] prior = null;
        double threshold = Double.NaN;
        int minFeatures = -1;
        Map<String, double[]> lik = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] p = line.split("\t");
            String where = name + ":" + (n + 1);
            try {
                switch (p[0]) {
                    case "threshold" -> threshold = Double.parseDouble(p[1]);
                    case "min_features" -> minFeatures = Integer.parseInt(p[1]);
                    case "classes" -> {
                        classes = List.of(Arrays.copyOfRange(p, 1, p.length));
                        for (String c : classes) {
                            if (!components.contains(c)) throw new RubricException(where + ": unknown component \"" + c + "\"");
                        }
                    }
                    case "prior" -> prior = numbers(p, 1, classes, where);
                    case "f" -> {
                        if (p.length < 2) throw new RubricException(where + ": a feature line needs its feature");
                        lik.put(p[1], numbers(p, 2, classes, where));
                    }
                    default -> throw new RubricException(where + ": unknown line \"" + p[0] + "\"");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new RubricException(where + ": malformed line (" + e.getMessage() + ")");
            }
        }
        if (classes == null || prior == null || Double.isNaN(threshold) || minFeatures < 0) {
            throw new RubricException(name + ": a section model needs threshold, min_features, classes and prior lines");
        }
        return new Rubric.SectionModel(classes, prior, lik, threshold, minFeatures);
    }

    private static double[] numbers(String[] p, int from, List<String> classes, String where) {
        if (classes == null) throw new RubricException(where + ": the classes line must come first");
        if (p.length - from != classes.size()) {
            throw new RubricException(where + ": expected " + classes.size() + " numbers, found " + (p.length - from));
        }
        double[] out = new double[classes.size()];
        for (int i = 0; i < out.length; i++) out[i] = Double.parseDouble(p[from + i]);
        return out;
    }

    /** The model as text, features sorted, numbers with four decimals. */
    public static String format(Rubric.SectionModel m, List<String> comments) {
        StringBuilder out = new StringBuilder();
        for (String c : comments) out.append("# ").append(c).append('\n');
        out.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", m.threshold())).append('\n');
        out.append("min_features\t").append(m.minFeatures()).append('\n');
        out.append("classes\t").append(String.join("\t", m.classes())).append('\n');
        row(out, "prior", m.logPrior());
        for (Map.Entry<String, double[]> e : new TreeMap<>(m.logLikelihood()).entrySet()) row(out, "f\t" + e.getKey(), e.getValue());
        return out.toString();
    }

    private static void row(StringBuilder out, String head, double[] values) {
        List<String> cells = new ArrayList<>();
        cells.add(head);
        for (double v : values) cells.add(String.format(Locale.ROOT, "%.4f", v));
        out.append(String.join("\t", cells)).append('\n');
    }
}
