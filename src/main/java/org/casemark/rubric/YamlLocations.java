package org.casemark.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each node of one rubric file starts, by JSON pointer, so that a semantic error names a line and column. */
final class YamlLocations {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final Map<String, JsonLocation> locations = new HashMap<>();

    private YamlLocations(String file) {
        this.file = file;
    }

    /** Records where every node starts, by JSON pointer, so semantic errors can name a line and column. */
    static YamlLocations index(String file, String yaml) throws IOException {
        YamlLocations out = new YamlLocations(file);
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) continue;
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                    if (p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inArray()) {
                        pointer = p.getParsingContext().getParent().pathAsPointer().toString();
                    }
                }
                out.locations.putIfAbsent(pointer, p.currentTokenLocation());
            }
        }
        return out;
    }

    /** The error at {@code pointer} (or the nearest enclosing node the file records), as one line. */
    RubricException error(String pointer, String where, String cause) {
        JsonLocation l = null;
        for (String p = pointer; l == null; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            l = locations.get(p);
            if (p.isEmpty()) break;
        }
        String at = l == null ? file : file + ":" + l.getLineNr() + ":" + l.getColumnNr();
        return new RubricException(at + " " + where + ": " + cause);
    }
}
