/**
 * The command-line adapter: parses arguments, reads and writes files, and calls the core. Errors are one line
 * naming the file and line; the exit code says whether anything was rejected.
 */
package org.casemark.cli;
