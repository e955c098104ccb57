/**
 * Grading a whole class: reading an LMS export (CSV, JSONL, a folder or a ZIP, Canvas and Moodle layouts, .txt .md
 * .html .docx .pdf) into items, grading them as jobs of the store's job table, and writing what an instructor takes
 * back (JSONL, a CSV, Canvas and Moodle grade imports, the class report). Depends on the core, the store and the
 * document libraries (POI, PDFBox, commons-compress); never on HTTP or the command line.
 */
package org.casemark.batch;
