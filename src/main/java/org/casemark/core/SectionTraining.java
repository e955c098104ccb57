package org.casemark.core;

import org.casemark.rubric.Rubric;
import org.casemark.rubric.SectionModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Trains a rubric's {@link SectionModel} from write-ups, through the same stages that grade them. */
public final class SectionTraining {
    private SectionTraining() {
    }

    /** What the training saw: write-ups, example sentences, and the model as text. */
    public record Trained(int writeUps, int examples, String text) {
    }

    /**
     * Every credited sentence under a heading or label of exactly one component is an example of it; write-ups
     * without any give none. {@code comments} head the file.
     */
    public static Trained train(Grader grader, List<String> texts, double threshold, int minFeatures, List<String> comments) {
        Rubric rubric = grader.rubric();
        List<String> classes = rubric.components().stream().map(Rubric.Component::key).toList();
        List<List<Map.Entry<String, Set<String>>>> writeUps = new ArrayList<>();
        int examples = 0;
        for (String text : texts) {
            Analysis a = grader.analyse(text);
            List<Map.Entry<String, Set<String>>> sentences = new ArrayList<>();
            for (int i = 0; i < a.reading().size(); i++) {
                Sections s = a.sections();
                if (s.heading(i) || !s.cued(i) || s.section(i).size() != 1 || !a.credits().credited(i)) continue;
                sentences.add(Map.entry(s.section(i).first(), SectionModel.features(a.reading(), s, a.matches(), i, rubric.affectedConcept())));
            }
            if (sentences.isEmpty()) continue;
            writeUps.add(sentences);
            examples += sentences.size();
        }
        Rubric.SectionModel model = SectionModel.train(classes, writeUps, threshold, minFeatures);
        return new Trained(writeUps.size(), examples, SectionModelFile.format(model, comments));
    }
}
