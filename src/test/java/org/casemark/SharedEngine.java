package org.casemark;

import org.casemark.core.CasemarkEngine;

/** The real engine (bundled rubrics, real CoreNLP models), loaded once per test JVM and shared by all tests. */
public final class SharedEngine {
    private static CasemarkEngine engine;

    private SharedEngine() {
    }

    public static synchronized CasemarkEngine get() {
        if (engine == null) engine = CasemarkEngine.bundled();
        return engine;
    }
}
