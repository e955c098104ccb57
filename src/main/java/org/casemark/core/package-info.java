/**
 * The pure grading core: values (grades, components, evidence, flags) and the engine that computes them from an
 * annotated document and a validated rubric. {@link org.casemark.core.Grader} runs package-private stages that pass
 * immutable records on: Structure, ConceptMatching, Eligibility, Criteria, Flagging, Feedback. Depends on
 * {@code org.casemark.nlp} and {@code org.casemark.rubric}, Lucene and nothing else: no HTTP, no JDBC, no files it
 * was not handed.
 */
package org.casemark.core;
