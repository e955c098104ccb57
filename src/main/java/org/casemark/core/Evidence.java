package org.casemark.core;

/**
 * A quote from the learner's own text: {@code [start, end)} are UTF-16 character offsets into the submitted text,
 * {@code quote} is exactly {@code text.substring(start, end)}; {@code criterion} names the sub-criterion it supports.
 */
public record Evidence(int start, int end, String quote, String criterion) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
