package org.casemark.batch;

/**
 * One submission read from a batch input: its position, the id it had there (CSV id, JSONL id or file name), the
 * learner it belongs to (the LMS's id, parsed from the file name, and name where the layout carries one), where it
 * came from ({@code file:line} or the file names), and either its text or why it could not be read.
 */
public record BatchItem(int index, String externalId, String learnerId, String learnerName, String source, String text,
                        String error) {
    public BatchItem {
        if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("an item needs an id");
        if ((text == null) == (error == null)) throw new IllegalArgumentException(source + ": text xor error");
        if (learnerId == null) learnerId = externalId;
    }

    static BatchItem read(int index, String id, String learnerId, String learnerName, String source, String text) {
        return new BatchItem(index, id, learnerId, learnerName, source, text, null);
    }

    static BatchItem unreadable(int index, String id, String learnerId, String learnerName, String source,
                                String error) {
        return new BatchItem(index, id, learnerId, learnerName, source, null, source + ": " + error);
    }

    BatchItem at(int newIndex) {
        return new BatchItem(newIndex, externalId, learnerId, learnerName, source, text, error);
    }
}
