package dev.precis.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.precis.page.SummarizePage.Highlight;
import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SummarizePageTest extends BrowserTest {

    private static final String HOSTILE = "Police said the suspect wrote <img src=x onerror=\"window.__xss=1\"> on the wall of the station on Monday. "
            + "A second message, <script>window.__xss=1</script>, was found near the door of the station. "
            + "Officers photographed both messages before the cleaning began. The investigation continues, police said.";


    @Test
    void shouldHighlightTheSentencesTheApiChooses() {
        String text = Articles.harbourBridge();
        Map<String, Object> request = Map.of("text", text, "sentences", 3, "algorithm", "news-centrality", "keywords", 5);
        SummarizePage page = SummarizePage.open(browser, root).paste(text).sentences(3);

        // stored articles change the corpus statistics behind the scores; compare while they hold still
        JsonPath answer = null;
        for (int attempt = 1; answer == null; attempt++) {
            JsonPath before = summarize(request);
            page.summarize();
            JsonPath after = summarize(request);
            if (before.prettify().equals(after.prettify())) {
                answer = after;
            } else {
                assertTrue(attempt < 3, "the corpus statistics kept changing");
            }
        }

        assertSameHighlights(highlightsOf(answer), page.highlights());
        assertEquals(3, page.highlights().size());
        assertEquals(answer.getString("summary"), page.summary());
        assertEquals(answer.getList("keywords.word", String.class), page.keywords());
        assertEquals(text, page.articleText(), "the article is shown whole and unchanged");
        assertEquals("news-centrality", page.fact("Algorithm"));
        assertEquals("English (en)", page.fact("Language"));
        assertEquals(answer.getString("stats.sentenceCount"), page.fact("Sentences in the article"));
        assertTrue(page.fact("Time taken (round trip)").matches("\\d+ ms"), page.fact("Time taken (round trip)"));
        assertEquals(List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        assertFitsTheWidth();
    }

    @Test
    void shouldHighlightTheFirstSentencesWithLead() {
        String text = Articles.harbourBridge();
        SummarizePage page = SummarizePage.open(browser, root).paste(text).sentences(2);
        page.summarize();

        page.algorithm("lead").summarize();

        List<Highlight> highlights = page.highlights();
        assertEquals(List.of(0, 1), highlights.stream().map(Highlight::index).toList());
        assertTrue(text.startsWith(highlights.get(0).text()), "the first sentence of the article comes first");
        assertSameHighlights(highlightsOf(summarize(Map.of("text", text, "sentences", 2, "algorithm", "lead", "keywords", 5))), highlights);
        assertEquals("lead", page.fact("Algorithm"));
    }

    @Test
    void shouldShowTheProblemForEmptyText() {
        SummarizePage page = SummarizePage.open(browser, root);

        page.summarize();

        JsonPath problem = given().contentType(ContentType.JSON)
                .body(Map.of("text", "", "sentences", 3, "algorithm", "news-centrality", "keywords", 5))
                .when().post("/api/v1/summaries")
                .then().statusCode(400).extract().jsonPath();
        WebElement box = page.problem();
        assertTrue(box.isDisplayed());
        assertEquals("Bad Request (400)", box.findElement(By.className("problem-title")).getText());
        assertEquals(problem.getString("detail"), box.findElement(By.className("problem-detail")).getText());
        assertEquals("text: " + problem.getString("errors[0].message"), box.findElement(By.cssSelector(".problem-fields li")).getText());
        assertEquals("true", page.find("text").getDomAttribute("aria-invalid"));
        assertEquals(problem.getString("errors[0].message"), page.find("text-error").getText());
        assertEquals("summarize-problem", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                "the problem takes the focus, so a screen reader reads it at once");
        assertFalse(page.find("result").isDisplayed());
    }

    @Test
    void shouldPointAtTheInvalidField() {
        SummarizePage page = SummarizePage.open(browser, root).paste(Articles.STORM).sentences(0);

        page.summarize();

        assertEquals("must be between 1 and 100", page.find("sentences-error").getText());
        assertEquals("true", page.find("sentences").getDomAttribute("aria-invalid"));
        page.problem().findElement(By.linkText("sentences")).click();
        assertEquals("sentences", browser.driver().switchTo().activeElement().getDomAttribute("id"));

        page.sentences(2).summarize();

        assertFalse(page.problem().isDisplayed(), "a good answer clears the problem");
        assertEquals(null, page.find("sentences").getDomAttribute("aria-invalid"));
        assertEquals(2, page.highlights().size());
    }

    @Test
    void shouldShowMarkupInAnArticleAsText() {
        SummarizePage page = SummarizePage.open(browser, root).paste(HOSTILE).sentences(2);

        page.summarize();

        assertEquals(HOSTILE, page.articleText());
        assertTrue(page.highlights().stream().anyMatch(h -> h.text().contains("<img src=x onerror=\"window.__xss=1\">")
                || h.text().contains("<script>window.__xss=1</script>")));
        assertTrue(browser.driver().findElements(By.cssSelector("#result img, #result script")).isEmpty(), "no element was made from the article");
        assertEquals("undefined", browser.script("return typeof window.__xss"));
    }

    @Test
    void shouldShowTheScoreOnKeyboardFocusAndHover() {
        SummarizePage page = SummarizePage.open(browser, root).paste(Articles.harbourBridge()).sentences(3);
        page.summarize();
        WebElement focused = page.tabToFirstHighlight();

        WebElement tip = page.find("score-tip");
        browser.waiting().until(ExpectedConditions.visibilityOf(tip));
        assertEquals(focused.getDomAttribute("data-tip"), tip.getText());
        assertTrue(tip.getText().startsWith("Score " + focused.getDomAttribute("data-score") + ", rank "), tip.getText());
        assertEquals("solid", focused.getCssValue("outline-style"), "a visible focus ring");
        assertEquals("3px", focused.getCssValue("outline-width"));

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waiting().until(ExpectedConditions.invisibilityOf(tip));

        WebElement last = page.find("article-view").findElements(By.cssSelector("mark.chosen")).get(2);
        new Actions(browser.driver()).moveToElement(last).perform();
        browser.waiting().until(ExpectedConditions.visibilityOf(tip));
        assertEquals(last.getDomAttribute("data-tip"), tip.getText());
    }

    @Test
    void shouldFitAPhoneScreen() {
        SummarizePage page = SummarizePage.open(browser, root);
        browser.emulate(new Dimension(375, 812), true);
        page.paste(Articles.harbourBridge()).sentences(3).summarize();
        browser.script("arguments[0].focus()", page.firstHighlight());

        assertFitsTheWidth();
        WebElement tip = page.find("score-tip");
        assertTrue(tip.getRect().getX() >= 0 && tip.getRect().getX() + tip.getRect().getWidth() <= 375, "the score stays on the screen");
        for (String control : List.of("text", "sentences", "algorithm", "summarize-button", "store-button")) {
            assertTrue(page.find(control).getRect().getWidth() <= 375, control + " fits the screen");
        }
    }

    private static void assertFitsTheWidth() {
        assertEquals(Boolean.TRUE, browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "nothing is wider than the screen: " + browser.script("return document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth"));
    }

    private static JsonPath summarize(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/summaries")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Highlight> highlightsOf(JsonPath answer) {
        return answer.<Map<String, Object>>getList("sentences").stream()
                .map(s -> new Highlight((Integer) s.get("index"), (String) s.get("text"), ((Number) s.get("score")).doubleValue()))
                .toList();
    }

    /** Same sentences; scores as the page rounds them, to three decimals. */
    static void assertSameHighlights(List<Highlight> expected, List<Highlight> shown) {
        assertEquals(expected.stream().map(h -> h.index() + ": " + h.text()).toList(),
                shown.stream().map(h -> h.index() + ": " + h.text()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).score(), shown.get(i).score(), 0.0005, "score of sentence " + expected.get(i).index());
        }
    }
}
