package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits are declared once ({@link Limits}) and documented twice: the README's "Limits and load" table and the
 * OpenAPI description must name every limit with its default, and the schemas' maxLength must be the limits.
 */
class LimitsDocumentedTest {
    static final Limits DEFAULTS = Limits.defaults();

    /** How a default reads in the tables. */
    static String shown(String name, Object value) {
        int cores = Runtime.getRuntime().availableProcessors();
        return switch (name) {
            case "gradingThreads" -> {
                assertEquals(cores, value);
                yield "one per core";
            }
            case "gradingQueue" -> ((Integer) value / cores) + " per core";
            case "maxBodyBytes", "maxHeaderBytes", "maxUploadBytes" -> String.format("%,d bytes", ((Number) value).longValue());
            case "maxTextChars", "maxWhyChars", "maxIdChars" -> String.format("%,d characters", value);
            case "maxListItems" -> value + " entries";
            case "connectionsPerAddress" -> value + " connections";
            default -> {
                if (value instanceof Duration d) yield d.toSeconds() + " s";
                if (value instanceof Limits.Rate r) yield "a burst of " + r.burst() + ", then " + r.perMinute()
                        + " a minute";
                throw new AssertionError("no table form for " + name);
            }
        };
    }

    @Test
    void theReadmeAndTheOpenApiDocumentEveryLimitWithItsDefault() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Path openApiFile = Path.of("src/main/resources/org/casemark/http/openapi.yaml");
        String description = new YAMLMapper().readTree(openApiFile.toFile()).path("info").path("description").asText();
        for (RecordComponent c : Limits.class.getRecordComponents()) {
            String row = "| `" + c.getName() + "` | " + shown(c.getName(), c.getAccessor().invoke(DEFAULTS)) + " |";
            assertTrue(readme.contains(row), "README lacks the row " + row);
            assertTrue(description.contains(row), "the OpenAPI description lacks the row " + row);
        }
    }

    @Test
    void theSchemasCarryTheLimits() throws Exception {
        JsonNode schemas = new YAMLMapper().readTree(Path.of("src/main/resources/org/casemark/http/openapi.yaml")
                .toFile()).path("components").path("schemas");
        for (String s : new String[]{"FeedbackRequest", "SubmissionRequest", "AsyncSubmissionRequest"}) {
            assertEquals(DEFAULTS.maxTextChars(), schemas.path(s).path("properties").path("text").path("maxLength")
                    .asInt(), s + ".text");
            assertEquals(DEFAULTS.maxIdChars(), schemas.path(s).path("properties").path("rubric").path("maxLength")
                    .asInt(), s + ".rubric");
        }
        for (String f : new String[]{"learner_id", "external_id"}) {
            for (String s : new String[]{"SubmissionRequest", "AsyncSubmissionRequest"}) {
                assertEquals(DEFAULTS.maxIdChars(), schemas.path(s).path("properties").path(f)
                        .path("maxLength").asInt(), s + "." + f);
            }
        }
        JsonNode answers = schemas.path("Answers");
        assertEquals(DEFAULTS.maxListItems(), answers.path("maxProperties").asInt());
        assertEquals(DEFAULTS.maxIdChars(), answers.path("propertyNames").path("maxLength").asInt());
        assertTrue(answers.path("description").asText().contains(String.format("%,d characters", DEFAULTS.maxWhyChars())));
        assertTrue(schemas.path("Evidence").path("properties").path("quote").path("description").asText()
                .contains("Untrusted"), "evidence quotes are documented as untrusted text");
    }
}
