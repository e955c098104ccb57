package org.casemark.batch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a folder or ZIP of submissions names its files, and whose each file is.
 * <ul>
 * <li>{@code CANVAS}, "Download Submissions": {@code smithjane_12345_678901_Essay.docx} (also {@code _LATE_}
 * after the name, and no attachment id for an online text entry): the learner is Canvas's user id (12345).</li>
 * <li>{@code MOODLE}, "Download all submissions": {@code Jane Smith_12345_assignsubmission_file_essay.docx}, or a
 * folder {@code Jane Smith_12345_assignsubmission_file_/essay.docx}, or {@code ..._onlinetext_onlinetext.html}: the
 * learner is Moodle's participant identifier (12345, the worksheet's "Participant 12345") and the name is kept.</li>
 * <li>{@code FILES}: anything else; each file is one submission, its id the file name without the extension.</li>
 * </ul>
 * A layout is recognised when every submitted file follows it.
 */
public enum Layout {
    CANVAS, MOODLE, FILES;

    private static final Pattern CANVAS_NAME = Pattern.compile(
            "([a-z0-9-]+)_(?:LATE_|late_)?(\\d+)_(?:(\\d+)_)?(.+)");
    private static final Pattern MOODLE_NAME = Pattern.compile(
            "(.+?)_(\\d+)_assignsubmission_([a-z]+)_?(?:/(.+)|(.*))");

    /** Whose a file is: the learner's id and name (null when the layout has none), and the file's own name. */
    public record Owner(String learnerId, String learnerName, String fileName) {
    }

    /** The layout every one of these paths (relative, '/'-separated) follows. */
    static Layout of(List<String> paths) {
        if (paths.isEmpty()) return FILES;
        if (paths.stream().allMatch(p -> MOODLE.owner(p).isPresent())) return MOODLE;
        if (paths.stream().allMatch(p -> CANVAS.owner(p).isPresent())) return CANVAS;
        return FILES;
    }

    /** The owner of the file at {@code path} under this layout; empty when the path does not follow it. */
    Optional<Owner> owner(String path) {
        switch (this) {
            case CANVAS -> {
                if (path.contains("/")) return Optional.empty();
                Matcher m = CANVAS_NAME.matcher(path);
                if (!m.matches()) return Optional.empty();
                return Optional.of(new Owner(m.group(2), m.group(1), m.group(4)));
            }
            case MOODLE -> {
                Matcher m = MOODLE_NAME.matcher(path);
                if (!m.matches() || m.group(1).contains("/")) return Optional.empty();
                String file = m.group(4) != null ? m.group(4) : m.group(5);
                if (file == null || file.isEmpty() || file.contains("/")) return Optional.empty();
                return Optional.of(new Owner(m.group(2), m.group(1), file));
            }
            default -> {
                String base = path.substring(path.lastIndexOf('/') + 1);
                int dot = base.lastIndexOf('.');
                String id = dot > 0 ? base.substring(0, dot) : base;
                return Optional.of(new Owner(id, null, base));
            }
        }
    }

    public String sql() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
