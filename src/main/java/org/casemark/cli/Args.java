package org.casemark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal option parsing: {@code --name value} options, {@code --flag} switches, the rest positional. */
final class Args {
    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> positional = new ArrayList<>();

    Args(String[] args, Set<String> valued, Set<String> switches) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name)) {
                    options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new Main.UsageException("option --" + name + " needs a value");
                        value = args[++i];
                    }
                    options.put(name, value);
                } else {
                    throw new Main.UsageException("unknown option --" + name);
                }
            } else {
                positional.add(a);
            }
        }
    }

    String required(String name) {
        String v = options.get(name);
        if (v == null) throw new Main.UsageException("missing --" + name);
        return v;
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback, int min, int max) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--" + name + " must be a whole number in " + min + ".." + max + ", was '" + v + "'");
        }
    }
}
