package org.casemark.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import org.casemark.store.Batches;

import java.util.List;

/**
 * One item of a batch as the exports see it: where it came from, whose it is, and its grade ({@code grade} null
 * while it waits, or when grading failed: {@code state} and {@code error} say so).
 */
public record BatchResult(int itemNo, String submissionId, String externalId, String learnerId, String learnerName,
                          String source, String state, GradeResult grade, String error) {

    /** The grade's status, or the item's state while it has none ({@code queued}, {@code grading}, {@code failed}). */
    public String status() {
        return grade != null ? grade.status() : state;
    }

    public static List<BatchResult> of(List<Batches.Item> items) {
        return items.stream().map(BatchResult::of).toList();
    }

    static BatchResult of(Batches.Item i) {
        GradeResult grade = null;
        if (i.gradeJson() != null) {
            try {
                grade = Json.MAPPER.readValue(i.gradeJson(), GradeResult.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored grade of " + i.submissionId() + " is not a grade", e);
            }
        }
        return new BatchResult(i.itemNo(), i.submissionId(), i.externalId(), i.learnerId(), i.learnerName(),
                i.source(), i.state(), grade, i.error());
    }
}
