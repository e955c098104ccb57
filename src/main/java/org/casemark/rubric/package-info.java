/**
 * Rubrics as validated data: the YAML file format ({@link org.casemark.rubric.RubricLoader}), the immutable model
 * ({@link org.casemark.rubric.Rubric}) and load-time errors that name {@code file:line:col}, the criterion and the
 * cause. Depends on Jackson only.
 */
package org.casemark.rubric;
