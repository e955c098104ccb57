package org.casemark.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A validated quiz: items in the order learners see them. {@code source} names the file it was loaded from. */
public record Quiz(String id, String title, String version, String source, List<QuizItem> items) {
    public Quiz {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("quiz id is blank");
        items = List.copyOf(items);
        Set<String> ids = new HashSet<>();
        for (QuizItem item : items) {
            if (!ids.add(item.id())) throw new IllegalArgumentException("duplicate item id " + item.id());
        }
    }

    public Optional<QuizItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public int max() {
        return items.stream().mapToInt(QuizItem::max).sum();
    }
}
