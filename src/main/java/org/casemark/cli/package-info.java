/**
 * The command-line adapter on picocli: each command a class with its options (--help and --version on all), reading
 * and writing files and calling the core, the batch package or the store. Errors are one line naming the option, or
 * the file and line; the exit code says whether anything was rejected (1) or the usage was wrong (2).
 */
package org.casemark.cli;
