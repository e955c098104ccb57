package org.casemark.core;

import org.casemark.nlp.NlpPipeline;
import org.casemark.rubric.Rubric;
import org.casemark.rubric.RubricException;
import org.casemark.rubric.RubricSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@link GradingService}: validated rubrics, one shared CoreNLP pipeline, one {@link Grader} per rubric. */
public final class CasemarkEngine implements GradingService {
    private static final String ENGINE_VERSION = EngineVersion.get();

    private final Map<String, Grader> graders = new TreeMap<>();
    private final NlpPipeline nlp;

    public CasemarkEngine(List<Rubric> rubrics) {
        this(rubrics, 0);
    }

    /**
     * An engine whose pipeline remembers the tags of up to {@code memoSentences} sentences (see {@link NlpPipeline}):
     * the same grades, faster where texts repeat sentences (the behavioural tests' rewrites of one write-up).
     */
    public CasemarkEngine(List<Rubric> rubrics, int memoSentences) {
        if (rubrics.isEmpty()) throw new RubricException("no rubric found");
        int maxTokens = rubrics.stream().mapToInt(r -> r.limits().maxSentenceTokens()).max().orElse(120);
        this.nlp = new NlpPipeline(maxTokens, memoSentences);
        for (Rubric r : rubrics) {
            if (graders.containsKey(r.id())) throw new RubricException(r.source() + ": rubric id '" + r.id() + "' is already used");
            graders.put(r.id(), new Grader(r, nlp, ENGINE_VERSION));
        }
    }

    /** The rubrics bundled with casemark (under {@code rubrics/} in the jar). */
    public static CasemarkEngine bundled() {
        return new CasemarkEngine(RubricSource.bundled());
    }

    /** The bundled rubrics, with a pipeline that remembers the tags of up to {@code memoSentences} sentences. */
    public static CasemarkEngine bundled(int memoSentences) {
        return new CasemarkEngine(RubricSource.bundled(), memoSentences);
    }

    /**
     * Grades each rubric's own source texts (its assignment and lesson) for about {@code budget}, so that the JIT has
     * compiled the hot code before the first real essay: a server's first answers then take tens of milliseconds,
     * not a few hundred. Grades are not affected.
     */
    public void warmUp(java.time.Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() < end) {
            for (Grader g : graders.values()) {
                for (String source : g.rubric().copySources()) g.grade("warm-up", source);
            }
            if (graders.values().stream().allMatch(g -> g.rubric().copySources().isEmpty())) return;
        }
    }

    public NlpPipeline nlp() {
        return nlp;
    }

    public Grader grader(String rubricId) {
        Grader g = graders.get(rubricId);
        if (g == null) throw new UnknownRubricException(rubricId, graders.keySet());
        return g;
    }

    @Override
    public GradeResult grade(String rubricId, String id, String text) {
        return grader(rubricId).grade(id, text);
    }

    @Override
    public List<RubricSummary> rubrics() {
        List<RubricSummary> out = new ArrayList<>();
        for (Grader g : graders.values()) {
            Rubric r = g.rubric();
            List<RubricSummary.Component> components = new ArrayList<>();
            for (Rubric.Component c : r.components()) {
                List<RubricSummary.Criterion> criteria = new ArrayList<>();
                for (Rubric.Criterion k : c.criteria()) criteria.add(new RubricSummary.Criterion(k.id(), k.description()));
                components.add(new RubricSummary.Component(c.key(), c.title(), c.description(), c.max(), criteria));
            }
            out.add(new RubricSummary(r.id(), r.version(), r.title(), r.description(), r.max(), components));
        }
        return out;
    }

    @Override
    public String engineVersion() {
        return ENGINE_VERSION;
    }
}
