package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.casemark.SharedEngine;
import org.casemark.core.GradeResult;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document declares every field and enum value that real grades carry. */
class OpenApiMatchesGradesTest {
    private static final JsonNode SCHEMAS;

    static {
        try {
            SCHEMAS = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("src/main/resources/org/casemark/http/openapi.yaml").toFile())
                    .path("components").path("schemas");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void covers(String schema, JsonNode value) {
        JsonNode props = SCHEMAS.path(schema).path("properties");
        assertTrue(props.isObject(), "schema " + schema + " missing");
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            assertTrue(props.has(f), schema + " does not declare '" + f + "'");
            JsonNode e = props.path(f).path("enum");
            if (e.isArray()) {
                boolean listed = false;
                for (JsonNode x : e) listed |= x.asText().equals(value.get(f).asText());
                assertTrue(listed, schema + "." + f + " does not list '" + value.get(f).asText() + "'");
            }
        }
    }

    @Test
    void gradedAndReviewedGradesFitTheSchema() {
        for (String text : new String[]{
                "The robot was trained in a simulator where the coin was always on the right. It learned to go right instead of collecting the coin.",
                "El robot fue entrenado en un simulador y aprendió a ir a la derecha en lugar de recoger la moneda."}) {
            GradeResult r = SharedEngine.get().grade("gm-case-study", "x", text);
            JsonNode g = Json.MAPPER.valueToTree(r);
            covers("Grade", g);
            covers("Flags", g.get("flags"));
            for (JsonNode c : g.get("components")) {
                covers("ComponentResult", c);
                for (JsonNode ev : c.get("evidence")) covers("Evidence", ev);
            }
        }
    }
}
