package org.casemark.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.json.Json;
import org.casemark.store.GradingJob;

import java.time.Instant;

/**
 * The body of a result callback, in the Standard Webhooks shape {@code {"type", "timestamp", "data"}}: one event
 * type, {@code submission.completed}, whose {@code data} is the submission as {@code GET /v1/submissions/{id}}
 * shows it without the text ({@code status} {@code graded}, {@code needs_review}, {@code rejected} with the grade,
 * or {@code failed} with an {@code error}).
 */
public final class Events {
    public static final String COMPLETED = "submission.completed";

    private Events() {
    }

    static String completed(GradingJob job, JobGrader.Graded graded, Instant at) {
        ObjectNode data = common(job, graded.status());
        data.put("rubric_version", graded.rubricVersion());
        data.put("engine_version", graded.engineVersion());
        data.put("created_at", job.createdAt().toString());
        try {
            data.set("grade", Json.MAPPER.readTree(graded.gradeJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the grade of " + job.submissionId() + " is not JSON", e);
        }
        return event(data, at);
    }

    static String failed(GradingJob job, String error, Instant at) {
        ObjectNode data = common(job, "failed");
        data.put("created_at", job.createdAt().toString());
        data.put("error", error);
        return event(data, at);
    }

    private static ObjectNode common(GradingJob job, String status) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("id", job.submissionId());
        data.put("status", status);
        data.put("learner_id", job.learnerId());
        if (job.externalId() != null) data.put("external_id", job.externalId());
        data.put("rubric", job.rubric());
        return data;
    }

    private static String event(ObjectNode data, Instant at) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("type", COMPLETED);
        e.put("timestamp", at.toString());
        e.set("data", data);
        try {
            return Json.MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
