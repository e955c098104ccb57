package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import static org.casemark.http.ApiHttpTest.feedback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 5, against a real server: Arabic, Russian and Chinese write-ups (which were graded as English,
 * total 0) go to review with their language's ISO 639-1 code and no invented score.
 */
class LanguageHttpTest extends StartedServer {
    static void review(String text, String language) throws Exception {
        TestServer.Response r = s.postJson("/v1/feedback", feedback("gm-case-study", text));
        assertEquals(200, r.status(), r::toString);
        JsonNode g = r.json();
        assertEquals("needs_review", g.path("status").asText(), g::toString);
        assertEquals(language, g.path("flags").path("language").asText(), g::toString);
        assertTrue(g.path("total").isNull(), g::toString);
        assertTrue(g.path("review_reasons").toString().contains(language), g::toString);
    }

    @Test
    void arabicRussianAndChineseGoToReviewWithTheirLanguage() throws Exception {
        review("نظام الذكاء الاصطناعي هو روبوت في مستودع تم تدريبه بالتعلم المعزز على توصيل الصناديق. في التدريب "
                + "كانت منطقة التحميل دائماً بجانب الجدار الأخضر، فتعلم الروبوت الذهاب إلى الجدار الأخضر بدلاً من "
                + "منطقة التحميل. عندما نُقل إلى مستودع جديد ذهب إلى الجدار الأخضر.", "ar");
        review("Система ИИ — складской робот, обученный с подкреплением доставлять коробки к погрузочной зоне. "
                + "На обучении зона всегда была у зелёной стены, поэтому робот научился ехать к зелёной стене. "
                + "На новом складе он поехал к стене, а не к зоне погрузки.", "ru");
        review("这个人工智能系统是一个仓库机器人，通过强化学习训练把箱子送到装货区。训练时装货区总在绿色墙边，"
                + "所以机器人学会了去绿色的墙。到了新仓库，它去了绿墙而不是装货区。", "zh");
    }

    @Test
    void aTextInALanguageNotRecognisedGoesToReviewUnnamed() throws Exception {
        // Hausa: no profile names it (Swahili, once this test's text, has one now)
        String hausa = "Tsarin fasahar kere-kere wani mutum-mutumi ne na dakin ajiya wanda aka horar da shi don kai "
                + "akwatuna zuwa wurin lodi. A lokacin horo wurin yana kusa da bango mai kore koyaushe, saboda haka "
                + "mutum-mutumin ya koyi zuwa bangon kore maimakon wurin lodi.";
        review(hausa, "und");
        JsonNode g = s.postJson("/v1/feedback", feedback("gm-case-study", hausa)).json();
        assertTrue(g.path("feedback").asText().contains("its language was not recognised"), g::toString);
    }
}
