package org.casemark.core;

/** Whole-essay flags; {@code language} is an ISO 639-1 code ("en", "fr", ...). */
public record Flags(boolean misconception, boolean offTopic, boolean gaming, String language) {
}
