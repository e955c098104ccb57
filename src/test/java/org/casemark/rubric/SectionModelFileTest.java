package org.casemark.rubric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The section model's text form: round trip, and errors naming the file and line. */
class SectionModelFileTest {
    private static final Set<String> KEYS = Set.of("system", "proxy_goal");
    private static final String GOOD = "# a comment\nthreshold\t0.98\nmin_features\t3\nclasses\tsystem\tproxy_goal\n"
            + "prior\t-0.6931\t-0.6931\nf\tc:learned_instead\t-4.0000\t-1.0000\n";

    @Test
    void formatsWhatItParses() {
        Rubric.SectionModel m = SectionModelFile.parse("m.tsv", GOOD, KEYS);
        assertEquals(GOOD, SectionModelFile.format(m, List.of("a comment")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "classes\\tsystem\\twrong_key                          | m.tsv:1: unknown component \"wrong_key\"",
            "prior\\t-1                                           | m.tsv:1: the classes line must come first",
            "classes\\tsystem\\nprior\\t-1\\t-2                      | m.tsv:2: expected 1 numbers, found 2",
            "classes\\tsystem\\nprior\\tx                           | m.tsv:2: malformed line",
            "weights\\t1                                          | m.tsv:1: unknown line \"weights\"",
            "classes\\tsystem                                     | m.tsv: a section model needs threshold"})
    void badLinesAreNamed(String text, String message) {
        RubricException e = assertThrows(RubricException.class,
                () -> SectionModelFile.parse("m.tsv", text.strip().replace("\\t", "\t").replace("\\n", "\n"), KEYS));
        assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
    }
}
