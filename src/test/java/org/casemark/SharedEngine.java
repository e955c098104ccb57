package org.casemark;

import org.casemark.core.CasemarkEngine;

/**
 * The real engine (bundled rubrics, real CoreNLP models), loaded once per test JVM and shared by all tests. Its
 * pipeline remembers tagged sentences (the same tags, see NlpPipelineTest): the behavioural tests grade a dozen
 * rewrites of each write-up that repeat most of its sentences.
 */
public final class SharedEngine {
    static final int MEMO_SENTENCES = 100_000;
    private static CasemarkEngine engine;

    private SharedEngine() {
    }

    public static synchronized CasemarkEngine get() {
        if (engine == null) engine = CasemarkEngine.bundled(MEMO_SENTENCES);
        return engine;
    }
}
