/**
 * Instructors' reviews: the scores, flags and comment an instructor sets on a write-up (checked against the rubric),
 * and the grade they make of the machine's, which stays stored as it was. Exports, callbacks and calibration labels
 * read the reviewed grade through here. Depends on the core's values, the batch results, the store's reviews and
 * JSON; never on HTTP.
 */
package org.casemark.review;
