package org.casemark.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreement with write-ups the rubric was not first written against, labelled by the guide by a second reader
 * blind to casemark (see {@code samples/second-reader/README.md}): a floor under regressions beyond the devset.
 * Each floor sits a little below the agreement measured when the set was added.
 */
class SecondReaderCalibrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                                   min component exact, min QWK of totals, gaming/off-topic missed
            "samples/second-reader/tuning.jsonl,       0.88, 0.90, 0",
            "samples/second-reader/held-out.jsonl,     0.84, 0.90, 0",
            "samples/bench/labels.jsonl,               0.80, -1,   0",
            // the fresh sets (samples/fresh/README.md), against their first rater's labels
            "samples/fresh/fresh.jsonl,                0.77, 0.84, 0",
            // (one rambling draft, fe09, is over-scored: 10 where its raters give 3 and 5)
            "samples/fresh/held-out-e.jsonl,           0.77, 0.83, 0",
            // one strong paragraph followed by fixes stuffed with rubric terms: scored on the paragraph, not flagged
            "samples/fresh/set-g.jsonl,                0.80, 0.90, 1",
            // an essay on AI and jobs goes to review (provisional 5/12), not off topic; a weak draft addressing the
            // grader is graded on its draft, not flagged gaming
            "samples/fresh/set-h.jsonl,                0.75, 0.90, 2",
            // a screenplay whose questions head what follows, and outside authors' past-tense reports of the fixes
            // they made, lose points a reader gives
            "samples/fresh/set-i.jsonl,                0.70, 0.85, 0",
            // outside authors' reports whose harms and settings are told without the rubric's words, a story told by
            // the system, a poem, and a copied-lesson gaming text its raters score 6 (the engine zeroes it)
            "samples/fresh/set-j.jsonl,                0.70, 0.84, 0",
            // copied-lesson gaming texts its writer scores 5 and 6 (the engine zeroes them), a keyword-stuffed
            // checklist in review (provisional 6), a mind map retelling CoinRun, YAML fix blocks, a customer review
            // (thirty-fifth session: a text the engine finds no learned proxy in, which earns 5-6 on its merits, is
            // graded, no longer sent to review: 45 of the 47 such texts on the labelled sets were within 3 points of
            // a rater; two of them are write-ups labelled gaming here, scored 5 and 6, and one off topic in set O)
            "samples/fresh/set-k.jsonl,                0.72, 0.74, 3",
            // a podcast transcript told as a story loses its aligned goal and shift; a template of the assignment's
            // questions with a phrase under each is not flagged gaming (3/12, raters 3 and 1); the lesson's CoinRun
            // sentences with the nouns swapped are zeroed where the writer gives 5
            "samples/fresh/set-l.jsonl,                0.70, 0.81, 1",
            // an incident report whose aligned goal, shift and training fix are told in its own words (6/12 in
            // review, raters 12), a support thread whose shift is a grinder down and sales flat
            "samples/fresh/set-m.jsonl,                0.72, 0.84, 1",
            // a parliamentary answer and app-store reviews zeroed as off topic (raters 5-6 and 4), a patent whose
            // claimed validation is no proposal, an encyclopedia entry on olive oil graded 3 where raters zero it
            "samples/fresh/set-n.jsonl,                0.76, 0.79, 1",
            // tenth session: measured once before its changes at 0.678 / 0.790 (writer's labels); on-topic outside
            // passages zeroed as off topic, a plain software bug graded as a case, an "it's just overfit" draft not
            // flagged (it is now)
            "samples/fresh/set-o.jsonl,                0.65, 0.77, 1",
            // eleventh session: measured once before its changes at 0.667 / 0.707 (writer's labels); a story told by
            // a library robot, sports commentary on a snooker robot and a radio call-in zeroed as off topic, an
            // op-ed on thatching in review (provisional 6) where its raters zero it
            "samples/fresh/set-p.jsonl,                0.67, 0.73, 1",
            // twelfth session: measured once before its changes at 0.868 / 0.731 (two raters); a pilot's report on
            // stand guidance and a teacher's letter on a reading app zeroed as off topic (raters 7 and 4-5), an
            // oral history on a herding drone graded 6 (raters 11), reward misspecification in a press conference
            // not flagged
            "samples/fresh/set-q.jsonl,                0.70, 0.83, 1",
            // thirteenth session: measured once before its changes at 0.749 / 0.678 (writer's labels); a gelato robot
            // in a stand-up set, a bingo robot's retirement speech and a typing app in a report-card thread zeroed as
            // off topic (raters 4-6), an okra robot answered a) to f) zeroed (now graded 6), Taglish read as French
            "samples/fresh/set-r.jsonl,                0.67, 0.74, 1",
            // fourteenth session: measured once before its changes at 0.858 / 0.811 (two raters); a vet newsletter
            // and a radio bulletin zeroed as off topic (now graded 8 and 4), a template of the assignment's questions
            // with vague words under each not flagged gaming (5/12, raters 1), CoinRun retold to a grandmother 6/12
            "samples/fresh/set-s.jsonl,                0.79, 0.87, 1",
            // fifteenth session: measured once before its changes at 0.661 / 0.714 (two raters); a charity letter, a
            // museum audio guide, an underwriter's memo and a council notice zeroed as off topic (raters 3-11), a
            // TODO draft credited for its notes, two contrast passages flagged as misconceptions
            "samples/fresh/set-t.jsonl,                0.74, 0.76, 0",
            // sixteenth session: measured once before its changes at 0.788 / 0.722 (two raters); a bedtime story
            // about a bathtub, an epitaph, a town crier's proclamation and a warning label zeroed as off topic
            // (raters 2-8), reward misspecification in Pidgin and Patois ("Even inside training self") not flagged
            "samples/fresh/set-u.jsonl,                0.78, 0.85, 0",
            // seventeenth session: measured once before its changes at 0.773 / 0.710 (two raters); a recipe headnote
            // on a candy cooker, a lost-and-found notice, a police blotter and a ballad zeroed as off topic (raters
            // 3-6), a restaurant owner's note on pay incentives graded 4 (raters 0), two strong supervised cases
            // capped as reward misspecification; a weather report stuffed with the lesson's terms stays ungated
            "samples/fresh/set-v.jsonl,                0.76, 0.86, 1",
            // eighteenth session: measured once before its changes at 0.747 / 0.716 (two raters); riddles about a
            // watermelon robot and a field-guide entry on a hedge flail zeroed as off topic (raters 3 and 7), a
            // medieval chronicle's contrast passage and passengers who "cannot see okada" flagged as misconceptions,
            // a florist pricing agent's reward misspecification not flagged, sonnets and an almanac graded 4-5 low
            "samples/fresh/set-w.jsonl,                0.74, 0.80, 0",
            // nineteenth session: measured once before its changes at 0.848 / 0.705 (writer's labels); a podcast's
            // definition of overfitting, a Socratic dialogue's supposed reward, a label scheme "correct or wrong" and
            // a proposed sensor flagged as misconceptions; a capability failure ("there wasn't one") not flagged
            "samples/fresh/set-x.jsonl,                0.72, 0.85, 0",
            // twentieth session: measured once before its changes at 0.917 / 0.787 (writer's labels); a study group's
            // minutes that weigh "Is this actually GM?" flagged as overfitting, a screenplay about a robot zeroed as
            // off topic (raters 5), the distribution shift a point low in a third of the write-ups
            "samples/fresh/set-y.jsonl,                0.77, 0.89, 1",
            // twenty-first session: measured once before its changes at 0.847 / 0.761 (writer's labels); a run-on
            // paragraph with one "no" per sentence zeroed as denying its claims, a children's book page zeroed as off
            // topic, limericks read line by line, "I don't know what to put" credited as an evaluation
            "samples/fresh/set-z.jsonl,                0.76, 0.84, 1",
            // twenty-second session: measured once before its changes at 0.753 / 0.735 by score.py (0.741 / 0.744 here); a dog-training
            // blog and a railway punctuality essay, neither about an AI system, graded 7 and 9; a screenplay's aligned
            // goal missed; a podcast's and a complaint letter's deployment told in everyday words not read
            "samples/fresh/set-aa.jsonl,               0.72, 0.72, 2",
            // twenty-third session: measured once before its changes at 0.800 / 0.778 (writer's labels); a product
            // review and a regulator's warning letter about AI systems zeroed as off topic (raters 8 and 10), an essay
            // on a care agency's metrics, no AI in it, graded 7; "Fix 1: training distribution" heading nothing
            "samples/fresh/set-ba.jsonl,               0.76, 0.78, 1",
            // twenty-fourth session: measured once before its changes at 0.822 / 0.750 (two raters); a comparison
            // table of the diagnoses and an essay's reference list flagged as misconceptions (12/12 capped to 8), a
            // standards document's generic clauses graded 7 (raters 0), a grant proposal's shift and fixes missed
            // (twenty-fifth session: the section model reading the shift at posterior 0.9 moved 41 shift components
            // towards the labels and 7 away over all sets; here a job advert, no case study, left review at 4/12)
            "samples/fresh/set-ca.jsonl,               0.72, 0.76, 4",
            // twenty-fifth session: measured once before its changes at 0.830 / 0.742 (two raters); weak drafts in a
            // myth-and-fact list and in defined abbreviations ("AG:", "PG:") zeroed as off topic (raters 4), school
            // board minutes graded 7 (raters 0), a memo's and a thread's fixes missed, no misconception found
            "samples/fresh/set-da.jsonl,               0.70, 0.76, 5",
            // twenty-sixth session: measured once before its changes at 0.847 / 0.771 (two raters; 0.832 / 0.752 on
            // the writers' labels alone); "exactly what it was trained to do" read as reward misspecification in an
            // essay contrasting its case with overfitting, a press release pasting the lesson zeroed as gaming
            // (raters 5 and 6), a staff notice about a tyre centre, no AI in it, graded 6
            "samples/fresh/set-ea.jsonl,               0.72, 0.78, 2",
            // twenty-seventh session: measured once before its changes at 0.765 / 0.744 (two raters; 0.752 / 0.733 on
            // the writers' labels alone); a learner pointing to figures that could not be pasted graded 8 (raters 3
            // and 2), a pump's adverse-event report on a "machine-learning based feature" zeroed as off topic (raters
            // 5), a README whose "proxy" is its own reward graded 12 (raters 8), a keyword-stuffed template graded 5
            "samples/fresh/set-fa.jsonl,               0.70, 0.74, 1",
            // twenty-eighth session: measured once before its changes at 0.745 / 0.740 (two raters; 0.729 / 0.721 on
            // the writers' labels alone); an answer written as a config file read as a pasted grade and zeroed
            // (raters 9), a procurement log and a mind map zeroed as off topic (raters 7 and 3), reward
            // misspecification seen only "in the training curves" missed, a resubmission flagged for its old draft
            "samples/fresh/set-ga.jsonl,               0.70, 0.70, 1",
            // twenty-ninth session: measured once before its changes at 0.910 / 0.830 (two raters; 0.887 / 0.799 on
            // the writers' labels alone); a law syllabus's discussion questions credited as a proxy and a shift (raters
            // 2, graded 6), one paragraph said three times in other words not flagged as gaming, a policy brief's
            // "Change what the model trains on" read as the system's part, a write-up told by its robot given no proxy
            "samples/fresh/set-ha.jsonl,               0.78, 0.85, 0",
            // thirtieth session: measured once before its changes at 0.821 / 0.731 (two raters; 0.799 / 0.697 on
            // the writers' labels alone); "relabel at the level of body regions" (a fix) and "It differs from
            // overfitting:" flagged as misconceptions (12/12 capped to 8), an app-store review zeroed as off topic
            // (raters 7), an essay on who can afford a speech-therapy app, no goals in it, graded 5 (raters 1)
            "samples/fresh/set-ia.jsonl,               0.70, 0.80, 1",
            // thirty-first session: measured once before its changes at 0.817 / 0.727 (two raters; 0.761 / 0.689 on
            // the writers' labels alone); a textbook exposition setting overfitting and reward misspecification apart
            // flagged and capped (12 -> 8), an open letter and a vendor's customer story zeroed as off topic
            "samples/fresh/set-ja.jsonl,               0.70, 0.80, 1",
            // thirty-second session: measured once before its changes at 0.902 / 0.731 (two raters; 0.889 / 0.708 on
            // the writers' labels alone); a contrast paragraph flagged for officials "who can't see the whole course"
            // (12 -> 8), a to-do line credited as a proxy's why and an evaluation fix, weak passages on AI products
            // zeroed as off topic (raters 3), a poster's sections read as its background's
            "samples/fresh/set-ka.jsonl,               0.72, 0.86, 1",
            // thirty-third session: measured once before its changes at 0.731 / 0.713 (two raters; 0.691 / 0.678 on
            // the writers' labels alone); a resignation letter and an essay on an AI product's pricing, no goals in
            // either, graded 6 and 5 (raters 0 and 1), a meetup recap of a reward gamed in the simulator graded 12
            // (raters 7-8), "the app cannot see the difference" flagged as a capability limit
            "samples/fresh/set-la.jsonl,               0.70, 0.72, 2",
            // thirty-fourth session: measured once before its changes at 0.949 / 0.794 (two raters; 0.933 / 0.758 on
            // the writers' labels alone); an email to a vendor about a calf feeder's health alerts zeroed as off topic
            // (raters 4), procurement requirements with the lesson pasted in flagged as a misconception, not gaming
            // (raters 4), "right goal, couldn't cope" not read as a capability failure
            "samples/fresh/set-ma.jsonl,               0.76, 0.92, 1",
            // thirty-fifth session: measured once before its changes at 0.892 / 0.750 (two raters; 0.883 / 0.734 on
            // the writers' labels alone); a wiki talk page, a debate, a grant review and a lecture that each rebut
            // "it's just overfitting" flagged as misconceptions, a post-mortem template with the lesson pasted in
            // graded 4, unflagged (raters 1), a long apologetic ramble graded 7 (raters 3)
            "samples/fresh/set-na.jsonl,               0.72, 0.86, 1",
            // thirty-sixth session: measured once before its changes at 0.856 / 0.706 (two raters; 0.845 / 0.690 on
            // the writers' labels alone); a curtain app's answers under headings that end in a full stop read as no
            // section (an aligned goal's imperative credited as the evaluation fix), podcast show notes with the lesson
            // and a tag list pasted in graded 5, unflagged (raters 1), weak drafts' stand-in goals and one-phrase
            // training credited in full
            "samples/fresh/set-oa.jsonl,               0.70, 0.84, 1",
            // thirty-seventh session: measured once before its changes at 0.943 / 0.841 (two raters; 0.924 / 0.817 on
            // the writers' labels alone); 8 of 42 English write-ups sent to review (copied lesson over a case of the
            // learner's own, AI systems whose proxy was not recognised), aligned goals told vaguely or as the
            // proxy's stand-in credited in full, evaluation fixes that only test more credited as targeted
            "samples/fresh/set-pa.jsonl,               0.76, 0.88, 0",
            // thirty-eighth session: measured once before its changes at 0.862 / 0.750 (two raters; 0.844 / 0.738 on
            // the writers' labels alone); a free-verse poem about a park gate zeroed as off topic (raters 4-5), a press
            // release on an "AI platform" with no system in it graded 7 (raters 0-1), an op-ed against lab automation
            // sent to review at 4 (raters 0), two misconceptions missed (overfitting in one paragraph, a reward hacked
            // in a funding call), a Slovak text named Czech
            "samples/fresh/set-qa.jsonl,               0.72, 0.82, 1",
            // thirty-ninth session: measured once before its changes at 0.931 / 0.790 (two raters; 0.925 / 0.774 on
            // the writers' labels alone); an insurer's terse annual-report risk section graded 9 (raters 5), a club
            // post on training a cockatoo by hand sent to review at 4 (raters 0, off topic), label noise in a Jira
            // ticket and a reward hacked in a LinkedIn post not flagged, aligned goals told as a stand-in credited
            // in full, a Vietnamese text named Italian and a Swahili one Czech
            "samples/fresh/set-ra.jsonl,               0.76, 0.90, 1",
            "samples/fresh/set-sa.jsonl,               0.80, 0.89, 1",
            // forty-first session: measured once before its changes at 0.913 / 0.825 (two raters; 0.874 / 0.778 on
            // the writers' labels alone); a life insurer's Slack thread zeroed as off topic (raters 4), a paper's
            // discussion of e-discovery ranking sent to review at 8 (raters 12), a vendor whitepaper's shift credited
            // in full (raters 0), a disguised reward misspecification in a learner's second language not flagged
            "samples/fresh/set-ta.jsonl,               0.80, 0.89, 0",
            // forty-second session: measured once before its changes at 0.946 / 0.845 (two raters; 0.934 / 0.825 on
            // the writers' labels alone); a Japanese text read as English and graded 0, a soil-carbon app's draft
            // graded 11 (raters 6), two misconceptions missed (a reward told as the proxy in a textbook sidebar,
            // overfitting told as goal misgeneralization in a referee report), 12% in review
            "samples/fresh/set-ua.jsonl,               0.81, 0.91, 0",
            // forty-third session: measured once before its changes at 0.831 / 0.774 (two raters; 0.819 / 0.738 on
            // the writers' labels alone); an exhibit panel, a support chat, a housing association's email and a
            // meetup's slides, each about a household AI system's learned proxy, zeroed as off topic (raters 4-6),
            // keyword-stuffed web copy with the lesson pasted in graded 5, unflagged (raters 0)
            "samples/fresh/set-va.jsonl,               0.73, 0.81, 1",
            // forty-fourth session: measured once before its changes at 0.921 / 0.786 (two raters; 0.907 / 0.754 on
            // the writers' labels alone); a residents' association's hurried news-in-brief on a photo checker zeroed
            // as off topic (raters 3), a textbook-like oyster grader with a contrast section sent to review at 8
            // (raters 12), a stage crew scheduler's reward told as its proxy graded 11 unflagged (raters 8)
            "samples/fresh/set-wa.jsonl,               0.74, 0.90, 0",
            // forty-fifth session: measured once before its changes at 0.850 / 0.806 (two raters; 0.832 / 0.762 on
            // the writers' labels alone); an archaeology examiners' report with no AI in it graded 7 (raters 0), a belt
            // rip detector flagged for a camera that "can't see" spillage in training and sent to review at 8 (raters
            // 12), a biobank robot's safety handout graded 4 in review (raters 8)
            "samples/fresh/set-xa.jsonl,               0.74, 0.81, 1",
            // forty-sixth session: measured once before its changes at 0.918 / 0.813 (two raters; 0.897 / 0.794 on
            // the writers' labels alone); a rental booking screener and a crowd-work reliability model, both strong,
            // flagged as misconceptions and sent to review at 8 (raters 11-12), a job advert's passing account graded
            // 8 (raters 5), two disguised reward misspecifications not flagged (a courier's chat, a quiz answer key)
            "samples/fresh/set-ya.jsonl,               0.76, 0.87, 0",
            // forty-seventh session: measured once before its changes at 0.952 / 0.825 (two raters; 0.925 / 0.782 on
            // the writers' labels alone); a boiler sound app's overfitting told as GM graded 10 unflagged (raters 8-9),
            // a viewing scheduler's reward told as its proxy in a chat graded 11 unflagged (raters 8), a newsroom's
            // face-area crop score told the same way graded 6 unflagged (raters 5-6)
            "samples/fresh/set-za.jsonl,               0.76, 0.90, 0",
            // forty-eighth session: measured once before its changes at 0.940 / 0.841 (two raters; 0.920 / 0.794 on
            // the writers' labels alone); an insurer's memo telling a claims model's collapse as GM graded 9 unflagged
            // (raters 5), a travel column with no AI in it graded 5 unflagged (raters 0), three disguised reward
            // misspecifications not flagged (a parenting app, a paint tinting engine, a cabin-steward scheduler)
            "samples/fresh/set-ab.jsonl,               0.78, 0.89, 1",
            // forty-ninth session: measured once before its changes at 0.943 / 0.833 (two raters; 0.916 / 0.806 on
            // the writers' labels alone); a coffee roaster's colour score told as its proxy graded 11 unflagged (raters
            // 7), an Irish write-up read as English and flagged gaming for its "unknown words" (1/12, raters 9)
            "samples/fresh/set-ac.jsonl,               0.78, 0.89, 0",
            // fiftieth session: measured once before its changes at 0.895 / 0.821 (two raters; 0.879 / 0.790 on the
            // writers' labels alone); a sock mill's family history and an essay on seafarers' fatigue, no AI in
            // either, graded 5 and 6 unflagged (raters 0), a harbour-inspection note in hurried lowercase whose
            // denials ("not", "never", "no") were read as a disclaimer and flagged gaming (0/12, raters 5)
            "samples/fresh/set-ad.jsonl,               0.75, 0.84, 2",
            // fifty-first session: measured once before its changes at 0.958 / 0.865 (two raters; 0.912 / 0.829 on
            // the writers' labels alone); a shoebox checker's points-per-box reward told as its proxy graded 11
            // unflagged (raters 5 and 8), a night assistant's three-line email on a dome left open in dust, no proxy
            // ("the model is blind"), flagged off topic (0/12, raters 5 and 3)
            "samples/fresh/set-ae.jsonl,               0.81, 0.90, 0",
            // fifty-second session: measured once before its changes at 0.932 / 0.825 (two raters; 0.926 / 0.806 on
            // the writers' labels alone); a tailoring house's business case with no AI in it graded 6 unflagged
            // (raters 0: "apprentices take four to five years to train" read as a machine's training), a stadium
            // catering AI's camera-counted queue metric told as its proxy unflagged (raters 5, flagged)
            "samples/fresh/set-af.jsonl,               0.77, 0.88, 1",
            // fifty-third session: measured once before its changes at 0.958 / 0.829 (two raters; 0.945 / 0.794 on
            // the writers' labels alone); a haul-fleet dispatch agent's slides whose tonnes-per-hour reward is its
            // "proxy", seen in a simulator run, unflagged (raters flag it), a gas monitor's four-paragraph answer with
            // no fixes given an evaluation fix from its aligned goal ("the monitor must alarm every time ...")
            "samples/fresh/set-ag.jsonl,               0.77, 0.90, 1",
            // fifty-fourth session: measured once before its changes at 0.931 / 0.829 (two raters; 0.925 / 0.817 on
            // the writers' labels alone); a marathon road-reopening incident report graded 5 (raters 9: its proxy,
            // the sweeper bus, missed), a bowling forum thread flagged off topic (0/12, raters 5), two disguised
            // reward misspecifications and an overfitting told as GM not flagged
            "samples/fresh/set-ah.jsonl,               0.77, 0.88, 0"})
    void agreementStaysAboveItsFloor(String file, double minExact, double minQwk, int missed) throws Exception {
        LabeledSet set = LabeledSet.grade(Path.of(file));
        assertTrue(set.report().componentExact() >= minExact, "component exact agreement: " + set.summary());
        assertTrue(set.report().totalQwk() >= minQwk, "QWK of totals: " + set.summary());
        set.assertGamingAndOffTopicCaught(missed);
        set.assertEvidenceInPlace();
    }
}
