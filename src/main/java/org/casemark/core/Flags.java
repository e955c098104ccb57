package org.casemark.core;

import java.util.List;

/**
 * Whole-essay flags; {@code language} is an ISO 639-1 code ("en", "fr", ...); {@code reasons} says, in words, what
 * raised each flag that is set.
 */
public record Flags(boolean misconception, boolean offTopic, boolean gaming, String language, List<String> reasons) {
    public Flags {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
