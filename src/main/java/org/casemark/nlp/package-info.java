/**
 * The only place that touches Stanford CoreNLP: one pipeline, built once and shared by threads, turns text into an
 * immutable {@link org.casemark.nlp.AnnotatedText} (sentences, tokens, lemmas, POS, character offsets into the
 * submitted text). Depends on CoreNLP and nothing else of casemark.
 */
package org.casemark.nlp;
