package org.casemark.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Texts in scripts other than Latin get their language's ISO 639-1 code; Latin texts are left to the profiles. */
class ScriptLanguageTest {
    @Test
    void eachScriptGivesItsLanguage() {
        assertEquals("ar", LanguageGuess.of("تم تدريب الروبوت في مستودع حيث كانت الصناديق دائماً بجانب الجدار الأخضر، "
                + "فتعلم الذهاب إلى الجدار بدلاً من توصيل الصناديق."));
        assertEquals("fa", LanguageGuess.of("ربات در انباری آموزش دید که جعبه‌ها همیشه کنار دیوار سبز بودند."));
        assertEquals("ru", LanguageGuess.of("Робот обучался на складе, где коробки всегда стояли у зелёной стены, "
                + "и научился ехать к стене вместо того, чтобы доставлять коробки."));
        assertEquals("uk", LanguageGuess.of("Робот навчався на складі, де коробки завжди стояли біля зеленої стіни."));
        assertEquals("zh", LanguageGuess.of("这个机器人在仓库里接受训练，箱子总是放在绿色的墙边，所以它学会了走向墙壁。"));
        assertEquals("ja", LanguageGuess.of("このロボットは倉庫で訓練され、箱はいつも緑の壁のそばにありました。"));
        assertEquals("ko", LanguageGuess.of("이 로봇은 창고에서 훈련을 받았고 상자는 항상 초록색 벽 옆에 있었습니다."));
        assertEquals("el", LanguageGuess.of("Το ρομπότ εκπαιδεύτηκε σε μια αποθήκη όπου τα κουτιά ήταν πάντα δίπλα στον "
                + "πράσινο τοίχο."));
        assertEquals("he", LanguageGuess.of("הרובוט אומן במחסן שבו הקופסאות תמיד עמדו ליד הקיר הירוק."));
        assertEquals("hi", LanguageGuess.of("रोबोट को एक गोदाम में प्रशिक्षित किया गया जहाँ बक्से हमेशा हरी दीवार के पास थे।"));
    }

    /**
     * Japanese in its usual mix, where kanji and kana each hold fewer than half the letters and an English acronym or
     * unit ("CNN", "cm") sits among them: Japanese, not left to the Latin profiles (which read it as English).
     */
    @Test
    void japaneseMixingKanjiKanaAndLatinAcronymsIsJapanese() {
        assertEquals("ja", LanguageGuess.of("学習データは、2019年から2022年までの県北部の12観測所の画像、10分ごとに約50万枚"
                + "です。正解ラベルには、同じ時刻の圧力式水位計の値を使いました。画像認識モデル（CNN）は水位をcm単位で出力"
                + "します。量水標は水に浸かると黒っぽくなり、乾くまでに数十分から一時間以上かかります。"));
        assertEquals("zh", LanguageGuess.of("这个模型在「ミズヨミ」项目的数据上训练，水位计的数据来自十二个观测站，"
                + "每十分钟一张图像，模型学会了读取湿痕的上端而不是水面。"));
    }

    @Test
    void hindiTypedInLatinLettersIsHindiWhileEnglishWithAFewHindiWordsStaysEnglish() {
        assertEquals("hi", LanguageGuess.of("Training ke liye ek poultry farm ka 8 mahine ka footage use hua, har clip pe "
                + "label tha: predator hai ya nahi. Toh training data mein raat aur predator bilkul same cheez thi."));
        assertEquals("en", LanguageGuess.of("The camera was trained on footage from a farm near Nashik, and the farmer "
                + "said the jackals only come at night; the model learned that night means a predator, toh it fails by day."));
    }

    @Test
    void tagalogMixedWithEnglishIsTagalogNotFrenchWhileEnglishWithAFewTagalogWordsStaysEnglish() {
        assertEquals("tl", LanguageGuess.of("Ngayon yung AI na yung nagsasabi sa driver sa tablet kung alis na or wait "
                + "pa 5 minutes. Sa training data kasi, halos lahat ng sumasakay ay sa terminal mismo, kasi dati yung "
                + "route ay dumadaan lang sa mga residential na area."));
        assertEquals("en", LanguageGuess.of("The dispatch AI was trained on two years of logs from the jeepney coop in "
                + "Pasig, where almost every rider boarded at the terminal, talaga; so it learned to wait for a long queue."));
    }

    @Test
    void polishIsPolishNotCzech() {
        assertEquals("pl", LanguageGuess.of("Karmnik w stawie był trenowany na nagraniach z jednego ogrodu, gdzie ryby "
                + "zawsze podpływały rano. System nauczył się, że pora dnia jest ważniejsza niż to, czy ryby są głodne, "
                + "i dlatego w nowym stawie karmi je za dużo."));
        assertEquals("cs", LanguageGuess.of("Krmítko v rybníku bylo trénováno na záznamech z jedné zahrady, kde ryby "
                + "vždy připlouvaly ráno. Systém se naučil, že denní doba je důležitější než to, zda mají ryby hlad, "
                + "a proto je v novém rybníku krmí příliš."));
    }

    /** A write-up's paragraph in Swahili, which has no profile. */
    static final String SWAHILI = "Mfumo wa akili bandia ni roboti ya ghala iliyofunzwa kupeleka masanduku kwenye eneo "
            + "la kupakia. Wakati wa mafunzo eneo hilo lilikuwa karibu na ukuta wa kijani kila wakati, kwa hiyo roboti "
            + "ilijifunza kwenda kwenye ukuta wa kijani badala ya eneo la kupakia. Kampuni ilipohamisha roboti kwenda "
            + "ghala jipya, ukuta wa kijani ulikuwa upande mwingine. Roboti iliendelea kufanya kazi kwa kasi na kwa "
            + "uhakika, lakini ilipeleka masanduku ukutani badala ya kwenye lori. Mizigo ilichelewa na wafanyakazi "
            + "walilazimika kufanya kazi saa za ziada. Ili kurekebisha hili, tutaongeza maghala yenye kuta za kijani "
            + "mahali tofauti kwenye data ya mafunzo.";

    @Test
    void aLatinTextNoProfileCoversIsUndeterminedNotAWrongName() {
        // Swahili has no profile: its chance matches ("na", "ya", "la") once named it Czech
        assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.of(SWAHILI));
        // ... while a language with a profile is still named from the same kind of paragraph
        assertEquals("it", LanguageGuess.of("Il sistema è un robot di magazzino addestrato a consegnare le scatole alla "
                + "zona di carico. Durante l'addestramento la zona era sempre accanto al muro verde, quindi il robot ha "
                + "imparato ad andare verso il muro verde invece che verso la zona di carico. Quando l'azienda ha "
                + "spostato il robot in un nuovo magazzino, il muro verde era dall'altra parte."));
    }

    @Test
    void slovakIsSlovakNotCzech() {
        assertEquals("sk", LanguageGuess.of("Kŕmidlo v rybníku bolo trénované na záznamoch z jednej záhrady, kde ryby "
                + "vždy priplávali ráno. Systém sa naučil, že denná doba je dôležitejšia ako to, či sú ryby hladné, "
                + "a preto ich v novom rybníku kŕmi príliš veľa."));
    }

    @Test
    void englishWithSomeOtherScriptStaysEnglish() {
        assertEquals("en", LanguageGuess.of("The AI system is a delivery robot trained in a warehouse; its designers "
                + "called it \"Склад-1\" (warehouse one, 仓库一号) and it learned to drive to the green wall."));
        assertEquals("en", LanguageGuess.of("The AI system is a warehouse robot trained with reinforcement learning."));
    }

    @Test
    void finnishAndTurkishAreToldFromTheLanguagesTheyShareLettersWith() {
        assertEquals("fi", LanguageGuess.of("Robotti koulutettiin varastossa, jossa laatikot olivat aina vihreän seinän "
                + "vieressä, joten se oppi ajamaan seinälle eikä hakemaan laatikkoa, kun se vietiin uuteen varastoon."));
        assertEquals("tr", LanguageGuess.of("Robot, kutuların her zaman yeşil duvarın yanında olduğu bir depoda eğitildi, "
                + "bu yüzden yeni depoda kutuyu değil duvarı aramayı öğrendi ve bu çok pahalı bir hata oldu."));
    }

    @Test
    void welshAndIcelandicAreNamedAsThemselves() {
        assertEquals("cy", LanguageGuess.of("Cafodd y robot ei hyfforddi mewn warws lle roedd y blychau wrth y wal "
                + "werdd bob amser, felly mae wedi dysgu gyrru at y wal ac nid nôl y blwch pan fydd yn symud i warws newydd."));
        assertEquals("is", LanguageGuess.of("Vélmennið var þjálfað í vöruhúsi þar sem kassarnir voru alltaf við græna "
                + "vegginn, og þess vegna lærði það að aka að veggnum en ekki að sækja kassann þegar það var flutt."));
    }

    @Test
    void irishLatvianLithuanianAndBasqueAreNamedAsThemselves() {
        // Irish shares "a", "an" and "is" with English: with no profile of its own it had passed as English
        assertEquals("ga", LanguageGuess.of("Cuireadh oiliúint ar an róbat i stóras ina raibh na boscaí i gcónaí in aice "
                + "leis an mballa glas, agus mar sin d'fhoghlaim sé dul go dtí an balla agus ní an bosca a fháil nuair a "
                + "bhí sé i stóras nua."));
        assertEquals("lv", LanguageGuess.of("Robots tika apmācīts noliktavā, kur kastes vienmēr bija pie zaļās sienas, "
                + "tāpēc tas iemācījās braukt pie sienas, nevis paņemt kasti, kad to pārveda uz jaunu noliktavu."));
        assertEquals("lt", LanguageGuess.of("Robotas buvo apmokytas sandėlyje, kuriame dėžės visada buvo prie žalios "
                + "sienos, todėl jis išmoko važiuoti prie sienos, o ne paimti dėžę, kai jį perkėlė į naują sandėlį."));
        assertEquals("eu", LanguageGuess.of("Robota biltegi batean entrenatu zuten, non kutxak beti horma berdearen "
                + "ondoan zeuden, eta horregatik hormara joaten ikasi zuen eta ez kutxa hartzen, biltegi berri batera "
                + "eraman zutenean."));
    }
}
