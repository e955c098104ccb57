package org.casemark.core;

/**
 * What {@link Flagging} raised: the write-up's {@link Flags} (as reported) and what the later stages need besides:
 * whether the write-up denies that any proxy was learned (a capability failure: its proxy earns nothing), how many
 * independent signals back a misconception (one phrase is weaker evidence than a passage and a structure), and a
 * doubt about off-topic (the engine found no case study, but the text is about an AI system's learning), or null;
 * and the lesson's own example retold as the write-up's case with its words renamed (which concepts, in how many
 * sentences, which words), or null.
 */
record RaisedFlags(Flags flags, boolean proxyDenied, int misconceptionSignals, String offTopicDoubt,
                   String lessonRetold) {
}
