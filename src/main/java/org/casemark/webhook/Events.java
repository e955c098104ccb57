package org.casemark.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.json.Json;
import org.casemark.store.GradingJob;

import java.time.Instant;

/**
 * The body of a result callback, in the Standard Webhooks shape {@code {"type", "timestamp", "data"}}: the event
 * type {@code submission.completed}, whose {@code data} is the submission as {@code GET /v1/submissions/{id}}
 * shows it without the text ({@code status} {@code graded}, {@code needs_review}, {@code rejected} with the grade,
 * or {@code failed} with an {@code error}), and {@code submission.reviewed} when an instructor sets the grade.
 */
public final class Events {
    public static final String COMPLETED = "submission.completed";
    /** An instructor reviewed the grade: {@code data} is the submission with the reviewed grade. */
    public static final String REVIEWED = "submission.reviewed";

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
        return event(COMPLETED, data, at);
    }

    /**
     * The body of a {@code submission.reviewed} callback: {@code data} is the submission as {@code GET} shows it
     * without the text ({@code grade} the reviewed grade, {@code machine_grade} and {@code review} beside it).
     */
    public static String reviewed(ObjectNode data, Instant at) {
        return event(REVIEWED, data, at);
    }

    static String failed(GradingJob job, String error, Instant at) {
        ObjectNode data = common(job, "failed");
        data.put("created_at", job.createdAt().toString());
        data.put("error", error);
        return event(COMPLETED, data, at);
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

    private static String event(String type, ObjectNode data, Instant at) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("type", type);
        e.put("timestamp", at.toString());
        e.set("data", data);
        try {
            return Json.MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
