package org.casemark.core;

import java.util.List;

/** What a learner may see of a rubric before writing: components and criteria, never the matching vocabulary. */
public record RubricSummary(String id, String version, String title, String description, int max,
                            List<Component> components) {
    public RubricSummary {
        components = List.copyOf(components);
    }

    public record Component(String key, String title, String description, int max, List<Criterion> criteria) {
        public Component {
            criteria = List.copyOf(criteria);
        }
    }

    public record Criterion(String id, String description) {
    }
}
