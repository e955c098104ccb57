package org.casemark.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/** Where a command writes its results ({@code out}) and its messages ({@code err}), and reads {@code -} from. */
record Io(PrintStream out, PrintStream err, Supplier<InputStream> in) {
}
