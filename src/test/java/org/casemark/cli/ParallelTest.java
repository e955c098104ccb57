package org.casemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One item that throws must not stop a run: it gets its fault result in place and every other item is still done. */
class ParallelTest {
    @Test
    void anItemThatThrowsGetsItsFaultResultInPlaceAndTheRestGoOn() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<String> out = new ArrayList<>();
        Parallel.inOrder(items, 3, i -> {
            if (i == 17) throw new IllegalStateException("cannot read sentence 4");
            if (i == 5) throw new IndexOutOfBoundsException();
            return "graded " + i;
        }, (i, e) -> "fault " + i + " " + e.getClass().getSimpleName(), (i, r) -> out.add(r));
        assertEquals(40, out.size());
        for (int i = 0; i < 40; i++) {
            String expected = i == 17 ? "fault 17 IllegalStateException" : i == 5 ? "fault 5 IndexOutOfBoundsException"
                    : "graded " + i;
            assertEquals(expected, out.get(i));
        }
    }

    @Test
    void theFaultMessageNamesWhereAndWhatAndIsBounded() {
        String m = Parallel.fault("essays.jsonl:12", new IllegalStateException("x".repeat(5000)));
        assertTrue(m.startsWith("essays.jsonl:12: casemark failed on this text (IllegalStateException: xxx"), m);
        assertTrue(m.length() < 400, m);
        assertTrue(m.endsWith("the other texts were; please report it with the text"), m);
        String bare = Parallel.fault("a.txt", new NullPointerException());
        assertTrue(bare.contains("(NullPointerException);"), bare);
    }
}
