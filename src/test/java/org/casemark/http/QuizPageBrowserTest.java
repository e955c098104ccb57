package org.casemark.http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiz page in a real browser: every item of the lesson's quiz is shown with labelled controls and no key; a
 * learner answers some (a radio button with a "why", checkboxes, selects) and, after submitting, every item shows
 * its score and its explanation.
 */
class QuizPageBrowserTest extends InBrowser {
    @Test
    void answeredItemsComeBackWithTheirExplanations() {
        browser.go("/quiz");
        browser.shown("#item-fraud-2024", Duration.ofSeconds(30));
        int items = server.quizItems("gm-lesson");
        assertEquals(items, browser.all("#items fieldset").size(), "every item of the quiz");
        assertTrue(browser.all("input, select, textarea").stream().allMatch(e -> !(Boolean) browser.js(
                "return arguments[0].labels.length === 0", e)), "every control has a label");

        browser.find("#q-fraud-2024-a").click();
        browser.find("#why-fraud-2024").sendKeys("In the old data rare transaction types usually meant fraud, so "
                + "the model learned that.");
        browser.find("#q-remedies-randomize").click();
        browser.find("#q-remedies-regularization").click();
        new Select(browser.find("#q-match-terms-proxy-goal")).selectByValue("d-proxy");
        new Select(browser.find("#q-classify-scenarios-boat-race")).selectByValue("specification_gaming");
        browser.find("#submit").click();

        WebElement score = browser.shown("#quiz-score", Duration.ofSeconds(60));
        assertTrue(score.getText().startsWith("Score: "), score.getText());
        List<WebElement> explanations = browser.all("#items .explanation");
        assertEquals(items, explanations.size());
        for (WebElement e : explanations) {
            assertTrue(e.isDisplayed(), e.getAttribute("id"));
            assertFalse(e.getText().isBlank(), e.getAttribute("id"));
        }
        String fraud = browser.find("#explain-fraud-2024").getText();
        assertTrue(fraud.startsWith("Not quite: 0/1."), fraud);
        assertTrue(fraud.contains("ordinary overfitting"), "the distractor's own explanation: " + fraud);
        assertTrue(fraud.contains("Your explanation (1/2)"), "the why is graded: " + fraud);
        assertTrue(browser.find("#explain-remedies").getText().contains("regularization targets overfitting"),
                browser.find("#explain-remedies").getText());
        assertTrue(browser.find("#explain-in-distribution").getText().startsWith("Not answered"));
        browser.screenshot("quiz-explained");
    }
}
