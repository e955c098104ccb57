package org.casemark.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.casemark.core.GradeResult;

/**
 * The one JSON configuration of casemark's adapters: snake_case names, fields in declaration order, map keys
 * sorted, absent values left out (except a grade's {@code total}, which is null when not graded).
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addMixIn(GradeResult.class, GradeResultMixin.class)
            .build();

    private Json() {
    }

    abstract static class GradeResultMixin {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Integer total();
    }
}
