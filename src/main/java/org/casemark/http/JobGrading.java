package org.casemark.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.json.Json;
import org.casemark.store.GradingJob;
import org.casemark.webhook.JobGrader;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How the grading workers grade a queued job: on the same bounded {@link GradingPool} as synchronous requests
 * (so jobs never take more threads than the limits give grading), the grade rendered as the synchronous API
 * renders it, with the quiz result scored at intake. A full pool makes the worker wait its turn ({@link Busy}).
 * A text the grader rejects is stored as a {@code rejected} grade, not retried.
 */
final class JobGrading implements JobGrader {
    private final Supplier<GradingService> grader;
    private final GradingPool pool;
    private final Metrics metrics;

    JobGrading(Supplier<GradingService> grader, GradingPool pool, Metrics metrics) {
        this.grader = grader;
        this.pool = pool;
        this.metrics = metrics;
    }

    @Override
    public Graded grade(GradingJob job) throws Busy {
        GradingService engine = grader.get();
        if (engine == null) throw new Busy("the grader is still loading");
        try {
            return pool.run(() -> {
                long start = System.nanoTime();
                GradeResult r = engine.grade(job.rubric(), job.submissionId(), job.text());
                metrics.grading(job.rubric(), Duration.ofNanos(System.nanoTime() - start));
                ObjectNode grade = Json.MAPPER.valueToTree(r);
                if (job.quizJson() != null) grade.set("quiz", WebhookApi.parse(job.quizJson()));
                return new Graded(r.status(), r.rubricVersion(), r.engineVersion(), Api.write(grade));
            });
        } catch (Problem.ApiException e) {
            if (e.problem.status() == 503) throw new Busy(e.problem.detail());
            throw e;
        }
    }
}
