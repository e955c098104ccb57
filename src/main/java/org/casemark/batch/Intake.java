package org.casemark.batch;

import org.casemark.core.GradeResult;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.casemark.store.Batches;
import org.casemark.store.Store;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a read input as a batch before anything is graded: each readable item a queued job, each unreadable one
 * a rejected grade saying why (file and reason). The same input for the same rubric is found, not stored again.
 */
public final class Intake {
    private Intake() {
    }

    public static Batches.Created store(Store store, String tenant, RubricSummary rubric, String engineVersion,
                                        BatchInput input) {
        List<Batches.NewItem> items = new ArrayList<>();
        for (BatchItem it : input.items()) {
            String rejected = it.error() == null ? null : json(GradeResult.rejected(it.externalId(), rubric.id(),
                    rubric.version(), engineVersion, it.error()));
            items.add(new Batches.NewItem(it.externalId(), it.learnerId(), it.learnerName(), it.source(), it.text(),
                    rejected, rubric.version(), engineVersion));
        }
        return store.batches().create(new Batches.NewBatch(tenant, rubric.id(), input.name(), input.sha256(),
                input.format(), input.layout().sql(), input.skipped()), items);
    }

    static String json(GradeResult r) {
        try {
            return Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
