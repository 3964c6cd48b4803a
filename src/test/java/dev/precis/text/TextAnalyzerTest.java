package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.support.Articles;

class TextAnalyzerTest {

    private final LanguageModels models = new LanguageModels();

    private TextAnalyzer analyzer(String code) {
        return models.analyzer(Language.byCode(code).orElseThrow());
    }

    @Test
    void shouldCountTheWordsOfTheSpanItTakesTermsFrom() {
        List<String[]> texts = List.of(new String[] {"en", "The council's 3.5% rise—approved on Tuesday—isn't final, he said."},
                new String[] {"de", "Der Haushalt ist beschlossen, sagte sie."}, new String[] {"zh", "苹果公司发布了iPhone新款。"},
                new String[] {"ja", "予算案を可決した。"}, new String[] {"hi", "सरकार ने बजट पारित किया।"});
        for (String[] t : texts) {
            TextAnalyzer analyzer = analyzer(t[0]);
            String text = t[1];
            assertEquals(analyzer.wordCount(text, 4, text.length()), analyzer.terms(text, 4, text.length(), (term, word) -> {
            }), text);
        }
    }

    @Test
    void shouldLeaveTheTestsMadeUpWordsAsTheyAre() {
        // the API tests find their articles' terms by these words
        for (int i = 0; i < 500; i++) {
            String marker = Articles.marker();
            assertEquals(List.of(marker), analyzer("en").terms(marker));
        }
    }

    @Test
    void shouldStemAndDropStopwordsPerLanguage() {
        assertEquals(List.of("council", "approv", "budget"), analyzer("en").terms("The council approved the budget"));
        assertEquals(List.of("haushalt", "beschloss"), analyzer("de").terms("Der Haushalt ist beschlossen"));
        assertEquals(List.of("бюджет", "утвержд"), analyzer("ru").terms("Бюджет был утверждён"));
    }

    @Test
    void shouldMakeBigramsOfChineseCharacters() {
        assertEquals(List.of("市长", "长签", "签署", "署预", "预算"), analyzer("zh").terms("市长签署预算。"));
    }

    @Test
    void shouldLeaveHiraganaPairsOutOfJapaneseTerms() {
        List<String> terms = analyzer("ja").terms("予算案を可決した");
        assertTrue(terms.contains("予算"));
        assertTrue(!terms.contains("した"), terms.toString());
    }

    @Test
    void shouldMakeBigramsWithinKoreanWords() {
        assertEquals(List.of("예산", "산안", "안을", "통과", "과시", "시켰", "켰다"), analyzer("ko").terms("예산안을 통과시켰다"));
        assertEquals(2, analyzer("ko").wordCount("예산안을 통과시켰다", 0, 10));
    }

    @Test
    void shouldKeepLatinWordsInsideCjkText() {
        assertTrue(analyzer("zh").terms("苹果公司发布了iPhone新款。").contains("iphone"));
    }

    @Test
    void shouldLowerCaseTurkishByItsOwnRules() {
        // a root-locale lower case would turn the dotted capital I into "i" plus a combining dot
        List<String> terms = analyzer("tr").terms("İSTANBUL");
        assertEquals(1, terms.size());
        assertTrue(terms.get(0).startsWith("istanbul"), terms.toString());
    }

    @Test
    void shouldKeepDevanagariVowelSignsInsideWords() {
        assertEquals(List.of("सरकार", "ने", "बजट", "को", "मंजूरी", "दी"), new WordTokenizer().words("सरकार ने बजट को मंजूरी दी।"));
    }

    @Test
    void shouldLoadALanguageOnceAndKeepIt() {
        TextAnalyzer first = analyzer("it");
        assertSame(first, analyzer("it"));
        assertTrue(models.loaded().contains("it"));
    }
}
