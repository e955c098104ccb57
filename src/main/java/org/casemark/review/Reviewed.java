package org.casemark.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.batch.BatchResult;
import org.casemark.core.ComponentResult;
import org.casemark.core.Flags;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import org.casemark.store.Batches;
import org.casemark.store.Store;
import org.casemark.store.StoredReview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grade a review makes: the machine grade with the instructor's scores and flags, status {@code graded}, and
 * the instructor's comment as the overall feedback. What the machine found (evidence, criteria, the feedback of each
 * component whose score the instructor kept, the language and the flags' reasons) stays; the machine grade itself
 * is stored unchanged beside the review.
 */
public final class Reviewed {
    private Reviewed() {
    }

    public static GradeOverride override(StoredReview review) {
        try {
            return GradeOverride.of(Json.MAPPER.readTree(review.reviewJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review " + review.id() + " is not JSON", e);
        }
    }

    /** The machine grade as the review sets it. */
    public static GradeResult grade(GradeResult machine, GradeOverride o) {
        List<ComponentResult> components = new ArrayList<>();
        for (Map.Entry<String, Integer> e : o.scores().entrySet()) {
            ComponentResult m = machine.components().stream().filter(c -> c.key().equals(e.getKey())).findFirst()
                    .orElse(null);
            int score = e.getValue();
            int max = m == null ? score : Math.max(m.max(), score);   // every graded write-up has each component
            boolean kept = m != null && m.score() == score && !"not_graded".equals(m.status());
            String feedback = kept ? m.feedback() : "Set to " + score + "/" + max + " by your instructor on review.";
            components.add(new ComponentResult(e.getKey(), score, max, ComponentResult.statusFor(score, max), 1.0,
                    m == null ? List.of() : m.evidence(), m == null ? List.of() : m.criteriaMet(),
                    m == null ? List.of() : m.criteriaMissing(), feedback));
        }
        Flags f = machine.flags();
        Flags flags = new Flags(o.misconception(), o.offTopic(), o.gaming(), f == null ? null : f.language(),
                f == null ? List.of() : f.reasons());
        int max = components.stream().mapToInt(ComponentResult::max).sum();
        String feedback = "Score " + o.total() + "/" + max + ", set by your instructor on review."
                + (o.comment().isEmpty() ? "" : " " + o.comment());
        return new GradeResult(machine.id(), machine.rubric(), machine.rubricVersion(), machine.engineVersion(),
                GradeResult.GRADED, null, o.total(), max, components, flags, feedback, null);
    }

    /** The review as the API shows it: what was set, who set it and when. */
    public static ObjectNode view(StoredReview review) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", review.id());
        o.setAll(override(review).json());
        o.put("reviewer", review.reviewer());
        o.put("key_id", review.keyId());
        o.put("reviewed_at", review.createdAt().toString());
        return o;
    }

    /** A stored batch's results in input order, each reviewed item with the grade its latest review sets. */
    public static List<BatchResult> ofBatch(Store store, Batches.Batch batch) {
        List<BatchResult> machine = BatchResult.of(store.batches().items(batch.id(), Instant.now()));
        return results(machine, store.reviews().latest(batch.tenant(),
                machine.stream().map(BatchResult::submissionId).toList()));
    }

    /** A batch's results with each reviewed item's grade as its review sets it (exports and the class report). */
    public static List<BatchResult> results(List<BatchResult> results, Map<String, StoredReview> reviews) {
        if (reviews.isEmpty()) return results;
        List<BatchResult> out = new ArrayList<>(results.size());
        for (BatchResult r : results) {
            StoredReview review = reviews.get(r.submissionId());
            if (review == null || r.grade() == null || GradeResult.REJECTED.equals(r.grade().status())) {
                out.add(r);
                continue;
            }
            out.add(new BatchResult(r.itemNo(), r.submissionId(), r.externalId(), r.learnerId(), r.learnerName(),
                    r.source(), r.state(), grade(r.grade(), override(review)), r.error()));
        }
        return out;
    }

    /**
     * One line of calibration labels in the devset's format ({@code calibrate --input}): the write-up, the
     * instructor's scores as {@code labels}, their flags and the machine's language, and who reviewed it when.
     */
    public static ObjectNode label(String id, String text, GradeResult machine, StoredReview review) {
        GradeOverride o = override(review);
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("id", id);
        line.put("text", text);
        ObjectNode labels = line.putObject("labels");
        o.scores().forEach(labels::put);
        ObjectNode flags = line.putObject("flags");
        flags.put("misconception", o.misconception());
        flags.put("off_topic", o.offTopic());
        flags.put("gaming", o.gaming());
        String language = machine.flags() == null ? null : machine.flags().language();
        flags.put("language", language == null ? "en" : language);
        line.put("reviewer", review.reviewer());
        line.put("reviewed_at", review.createdAt().toString());
        return line;
    }
}
