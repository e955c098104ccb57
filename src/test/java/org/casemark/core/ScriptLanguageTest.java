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
     * Cyrillic texts in languages that are not Russian: Mongolian and Kyrgyz by their letters "ө" and "ү" (Kazakh
     * writes them too, with letters of its own), Bulgarian by its stop words; a Russian text stays Russian.
     */
    @Test
    void cyrillicLanguagesAreToldByTheirLettersOrStopWords() {
        assertEquals("mn", LanguageGuess.of("Робот агуулахад сургагдсан бөгөөд хайрцагнууд үргэлж ногоон хананы дэргэд "
                + "байсан тул тэр хайрцаг хүргэхийн оронд хана руу явж сурсан."));
        assertEquals("ky", LanguageGuess.of("Робот кампада үйрөтүлгөн, ал жерде кутулар дайыма жашыл дубалдын жанында "
                + "турган, ошондуктан ал кутуларды жеткирүүнүн ордуна дубалга барганды үйрөнгөн."));
        assertEquals("kk", LanguageGuess.of("Робот қоймада оқытылды, онда жәшіктер әрқашан жасыл қабырғаның жанында "
                + "тұрды, сондықтан ол қабырғаға баруды үйренді."));
        assertEquals("bg", LanguageGuess.of("Роботът беше обучен в склад, където кутиите винаги бяха до зелената стена, "
                + "и затова се научи да отива до стената, а не да доставя кутиите, когато го преместиха в нов склад."));
        assertEquals("ru", LanguageGuess.of("Робот обучался на складе, где коробки всегда стояли у зелёной стены, и "
                + "поэтому он научился ехать к стене, а не доставлять коробки, когда его перевезли на новый склад."));
    }

    /** Nepali and Hindi share Devanagari: their stop words tell them apart. */
    @Test
    void nepaliIsToldFromHindiByItsStopWords() {
        assertEquals("ne", LanguageGuess.of("रोबोटलाई एउटा गोदाममा तालिम दिइएको थियो, जहाँ बाकसहरू सधैं हरियो पर्खालको "
                + "छेउमा हुन्थे, त्यसैले यसले बाकस पुर्‍याउनुको सट्टा पर्खालतिर जान सिक्यो र नयाँ गोदाममा पनि त्यही गर्छ।"));
        assertEquals("hi", LanguageGuess.of("रोबोट को एक गोदाम में प्रशिक्षित किया गया था, जहाँ बक्से हमेशा हरी दीवार के "
                + "पास थे, इसलिए उसने बक्से पहुँचाने के बजाय दीवार की ओर जाना सीखा और नए गोदाम में भी यही करता है।"));
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

    /**
     * Languages named after a neighbour before they had profiles or spellings of their own: Galician (not Portuguese),
     * Malay (not Indonesian), Afrikaans (not Dutch), Croatian and Serbian (not Czech), Slovene (not Slovak), and
     * Esperanto, Maltese, Albanian, Azerbaijani, Vietnamese and Swahili (not Catalan, Estonian or undetermined). The
     * neighbours keep their names.
     */
    @Test
    void languagesBesideANeighbourGetTheirOwnName() {
        assertEquals("gl", LanguageGuess.of("O robot foi adestrado nun almacén onde as caixas estaban sempre xunto á "
                + "parede verde, polo que aprendeu a ir cara á parede e non a levar as caixas cando o mudaron."));
        assertEquals("pt", LanguageGuess.of("O robô foi treinado num armazém onde as caixas estavam sempre junto à "
                + "parede verde, pelo que aprendeu a ir para a parede e não a levar as caixas quando o mudaram."));
        assertEquals("ms", LanguageGuess.of("Robot itu dilatih di sebuah gudang di mana kotak sentiasa berada di sebelah "
                + "dinding hijau, kerana itu ia belajar pergi ke dinding dan bukan menghantar kotak, dan ia boleh "
                + "melakukannya dengan baik sahaja di gudang lama."));
        assertEquals("id", LanguageGuess.of("Robot itu dilatih di sebuah gudang di mana kotak selalu berada di samping "
                + "dinding hijau, karena itu robot belajar pergi ke dinding dan bukan mengantar kotak, dan robot bisa "
                + "melakukannya dengan baik saja di gudang lama."));
        assertEquals("af", LanguageGuess.of("Die robot is in 'n pakhuis opgelei waar die bokse altyd langs die groen "
                + "muur was, en daarom het hy geleer om na die muur te ry en nie die bokse af te lewer nie, want hulle "
                + "het dit nie vir hom gewys nie."));
        assertEquals("nl", LanguageGuess.of("De robot werd getraind in een magazijn waar de dozen altijd naast de groene "
                + "muur stonden, en daarom leerde hij naar de muur te rijden en niet de dozen te bezorgen."));
        assertEquals("hr", LanguageGuess.of("Robot je treniran u skladištu gdje su kutije uvijek bile uz zeleni zid, pa "
                + "je naučio ići prema zidu, a ne dostavljati kutije; tijekom vremena nitko to nije primijetio."));
        assertEquals("sr", LanguageGuess.of("Robot je treniran u skladištu gde su kutije uvek bile pored zelenog zida, pa "
                + "je naučio da ide ka zidu, a ne da dostavlja kutije; tokom vremena niko to nije primetio."));
        assertEquals("sl", LanguageGuess.of("Robot se je učil v skladišču, kjer so bile škatle vedno ob zeleni steni, zato "
                + "se je naučil iti k steni in ne dostaviti škatel, kar tudi v novem skladišču počne zelo dobro."));
        assertEquals("eo", LanguageGuess.of("La roboto estis trejnita en magazeno, kie la skatoloj ĉiam staris apud la "
                + "verda muro, kaj tial ĝi lernis iri al la muro anstataŭ liveri la skatolojn."));
        assertEquals("mt", LanguageGuess.of("Ir-robot kien imħarreġ f'maħżen fejn il-kaxxi kienu dejjem ħdejn il-ħajt "
                + "aħdar, u għalhekk tgħallem imur lejn il-ħajt minflok iwassal il-kaxxi, għax hekk kien jaħdem."));
        assertEquals("sq", LanguageGuess.of("Roboti u trajnua në një magazinë ku kutitë ishin gjithmonë pranë murit të "
                + "gjelbër, prandaj ai mësoi të shkojë te muri dhe jo të dorëzojë kutitë kur e zhvendosën."));
        assertEquals("az", LanguageGuess.of("Robot bir anbarda öyrədildi və qutular həmişə yaşıl divarın yanında idi, "
                + "buna görə o qutuları çatdırmaq əvəzinə divara getməyi öyrəndi, çünki bu daha asan idi."));
        assertEquals("vi", LanguageGuess.of("Robot được huấn luyện trong một nhà kho nơi các thùng hàng luôn ở cạnh bức "
                + "tường xanh, vì vậy nó đã học cách đi đến bức tường chứ không phải giao các thùng hàng."));
        assertEquals("sw", LanguageGuess.of("Roboti ilifunzwa katika ghala ambapo masanduku yalikuwa karibu na ukuta wa "
                + "kijani kila wakati, kwa hiyo ilijifunza kwenda kwenye ukuta badala ya kupeleka masanduku."));
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

    /** A write-up's paragraph in Swahili (which had no profile once). */
    static final String SWAHILI = "Mfumo wa akili bandia ni roboti ya ghala iliyofunzwa kupeleka masanduku kwenye eneo "
            + "la kupakia. Wakati wa mafunzo eneo hilo lilikuwa karibu na ukuta wa kijani kila wakati, kwa hiyo roboti "
            + "ilijifunza kwenda kwenye ukuta wa kijani badala ya eneo la kupakia. Kampuni ilipohamisha roboti kwenda "
            + "ghala jipya, ukuta wa kijani ulikuwa upande mwingine. Roboti iliendelea kufanya kazi kwa kasi na kwa "
            + "uhakika, lakini ilipeleka masanduku ukutani badala ya kwenye lori. Mizigo ilichelewa na wafanyakazi "
            + "walilazimika kufanya kazi saa za ziada. Ili kurekebisha hili, tutaongeza maghala yenye kuta za kijani "
            + "mahali tofauti kwenye data ya mafunzo.";

    /** A write-up's paragraph in Hausa, which has no profile. */
    static final String HAUSA = "Tsarin fasahar kere-kere wani mutum-mutumi ne na dakin ajiya wanda aka horar da shi "
            + "don kai akwatuna zuwa wurin lodi. A lokacin horo wurin yana kusa da bango mai kore koyaushe, saboda haka "
            + "mutum-mutumin ya koyi zuwa bangon kore maimakon wurin lodi.";

    @Test
    void aLatinTextNoProfileCoversIsUndeterminedNotAWrongName() {
        // Hausa has no profile: chance matches ("na", "da", "ne" are Serbian's too) must not name it after a language
        // that has one (so Swahili, before it had a profile, was once named Czech)
        assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.of(HAUSA));
        assertEquals("sw", LanguageGuess.of(SWAHILI));
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
