package org.casemark.cli;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradeResult;
import org.casemark.core.LanguageGuess;
import org.casemark.nlp.NlpPipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code bench --rubric ID --input essays.jsonl}: times, side by side in one JVM, bare CoreNLP annotation (the
 * annotators grading uses) and full grading: median milliseconds per essay, essays per second on one thread and on
 * all cores, and the ratio. Essays are graded round after round; the first rounds (by default enough for 200 essays)
 * warm the JIT and are not counted.
 * Only English essays are timed (others are not annotated when graded).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time bare CoreNLP annotation against full grading: ms per essay, essays/s on 1 and N threads.")
final class BenchCommand implements Callable<Integer> {
    private static final int PARALLEL_COPIES = 8;
    private static final int WARMUP_ESSAYS = 200;

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private final Io io;

    @Spec
    CommandSpec spec;
    @Mixin
    RubricOptions rubricOptions;
    @Option(names = "--input", required = true, paramLabel = "F.jsonl", description = "essays to time")
    Path input;
    @Option(names = "--min-words", paramLabel = "N", description = "only essays of N words or more (default: 0)")
    int minWordsOption;
    @Option(names = "--rounds", paramLabel = "N", description = "timed rounds (default: enough for 100 essays, 5 at least)")
    Integer roundsOption;
    @Option(names = "--warmup", paramLabel = "N", description = "untimed rounds first (default: enough for 200 essays)")
    Integer warmupOption;
    @Option(names = "--threads", paramLabel = "N", description = "threads of the parallel rounds (default: all cores)")
    Integer threadsOption;

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = io.out(), err = io.err();
        String rubricId = rubricOptions.rubric;
        int minWords = Checks.range(spec, "--min-words", minWordsOption, 0, 100_000);
        List<String> texts = new ArrayList<>();
        for (Inputs.Item item : Inputs.jsonl(input.toString())) {
            // English only: other languages are sent to review without annotation, which would flatter grading
            if (item.error() == null && item.text().split("\\s+").length >= minWords
                    && LanguageGuess.of(item.text()).equals("en")) texts.add(item.text());
        }
        if (texts.isEmpty()) throw new Main.UsageException("no essay in " + input + " has " + minWords + " words or more");
        int rounds = Checks.range(spec, "--rounds", roundsOption != null ? roundsOption : Math.max(5, ceilDiv(100, texts.size())), 1, 1000);
        // the JIT needs a few hundred essays through both paths before timings settle
        int warmup = Checks.range(spec, "--warmup", warmupOption != null ? warmupOption : Math.max(3, ceilDiv(WARMUP_ESSAYS, texts.size())), 0, 1000);
        int cores = Checks.range(spec, "--threads", threadsOption != null ? threadsOption : Checks.cores(), 1, 256);
        CasemarkEngine engine = rubricOptions.engine();
        engine.grader(rubricId);
        NlpPipeline nlp = engine.nlp();
        double words = texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
        double tokens = texts.stream().mapToInt(t -> nlp.annotate(t).sentences().stream()
                .mapToInt(s -> s.tokens().size()).sum()).average().orElse(0);
        out.printf(Locale.ROOT, "bench: %d essays (mean %.0f words, %.0f tokens), %d warm-up + %d timed rounds, %d threads%n",
                texts.size(), words, tokens, warmup, rounds, cores);

        Consumer<String> annotate = nlp::annotate;
        Consumer<String> grade = t -> {
            GradeResult r = engine.grade(rubricId, "bench", t);
            if (r.status() == null) throw new IllegalStateException();
        };
        // warm both paths, then alternate timed rounds so JIT and machine noise fall on both alike
        err.printf(Locale.ROOT, "bench: warming up (%s)...%n", rounds(warmup));
        for (int r = 0; r < warmup; r++) {
            texts.forEach(annotate);
            texts.forEach(grade);
        }
        List<Double> a1ms = new ArrayList<>(), g1ms = new ArrayList<>();
        double a1s = 0, g1s = 0, ans = 0, gns = 0;
        List<Double> anRounds = new ArrayList<>(), gnRounds = new ArrayList<>();
        err.printf(Locale.ROOT, "bench: timing on 1 thread (%s)...%n", rounds(rounds));
        for (int r = 0; r < rounds; r++) {
            a1s += round(texts, annotate, a1ms);
            g1s += round(texts, grade, g1ms);
        }
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        err.printf(Locale.ROOT, "bench: timing on %d threads (%s)...%n", cores, rounds(rounds));
        try {
            parallelRound(texts, annotate, pool);
            parallelRound(texts, grade, pool);
            for (int r = 0; r < rounds; r++) {
                double a = parallelRound(texts, annotate, pool), g = parallelRound(texts, grade, pool);
                ans += a;
                gns += g;
                anRounds.add(texts.size() / a);
                gnRounds.add(texts.size() / g);
            }
        } finally {
            pool.shutdownNow();
        }
        double n = texts.size() * (double) rounds;
        Stats a1 = new Stats(median(a1ms), n / a1s), g1 = new Stats(median(g1ms), n / g1s);
        Stats an = new Stats(Double.NaN, n / ans), gn = new Stats(Double.NaN, n / gns);
        out.printf(Locale.ROOT, "%-38s %10s %15s %15s%n", "", "median ms", "essays/s 1 thr", "essays/s " + cores + " thr");
        out.printf(Locale.ROOT, "%-38s %10.2f %15.1f %15.1f%n", "annotate (" + NlpPipeline.ANNOTATORS + ")", a1.medianMs, a1.perSecond, an.perSecond);
        out.printf(Locale.ROOT, "%-38s %10.2f %15.1f %15.1f%n", "grade (full)", g1.medianMs, g1.perSecond, gn.perSecond);
        out.printf(Locale.ROOT, "ratio grade/annotate: median %.2fx, 1-thread throughput %.2fx, %d-thread throughput %.2fx%n",
                g1.medianMs / a1.medianMs, a1.perSecond / g1.perSecond, cores, an.perSecond / gn.perSecond);
        out.printf(Locale.ROOT, "%d-thread rounds, essays/s min-median-max: annotate %.1f-%.1f-%.1f, grade %.1f-%.1f-%.1f%n",
                cores, min(anRounds), median(anRounds), max(anRounds), min(gnRounds), median(gnRounds), max(gnRounds));
        return 0;
    }

    private record Stats(double medianMs, double perSecond) {
    }

    /** One single-threaded round; adds each essay's milliseconds to {@code ms}, returns the round's seconds. */
    private static double round(List<String> texts, Consumer<String> work, List<Double> ms) {
        long start = System.nanoTime();
        for (String t : texts) {
            long t0 = System.nanoTime();
            work.accept(t);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One round spread over the pool, each essay {@link #PARALLEL_COPIES} times so that no thread idles while the
     * last long essay finishes; returns its wall-clock seconds per copy.
     */
    private static double parallelRound(List<String> texts, Consumer<String> work, ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int copy = 0; copy < PARALLEL_COPIES; copy++) {
            for (String t : texts) futures.add(pool.submit(() -> work.accept(t)));
        }
        for (Future<?> f : futures) f.get();
        return (System.nanoTime() - start) / 1e9 / PARALLEL_COPIES;
    }

    private static String rounds(int n) {
        return n + (n == 1 ? " round" : " rounds");
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }
}
