package dev.precis.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.precis.support.Articles;
import dev.precis.support.Stories;
import dev.precis.support.StoryTexts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StoriesPageTest extends BrowserTest {

    @Test
    void shouldShowAStoryWithItsSummaryLinkedToItsArticles() {
        String town = Articles.marker();
        String mayor = Articles.marker();
        JsonPath first = store("Floods in " + town, StoryTexts.flood(town, mayor), "2024-07-01T08:00:00Z");
        JsonPath second = store(town + " begins to clean up", StoryTexts.floodFollowUp(town, mayor), "2024-07-02T08:00:00Z");
        long story = first.getLong("storyId");
        assertEquals(story, second.getLong("storyId"));
        JsonPath summary = given().when().get("/api/v1/stories/" + story + "/summary").then().statusCode(200).extract().jsonPath();
        List<Long> attributed = summary.getList("sentences.articleId", Long.class);
        assertFalse(attributed.isEmpty());

        browser.open(root);
        browser.click(browser.driver().findElement(By.id("nav-stories")));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-view")));
        WebElement words = browser.driver().findElement(By.id("filter-words"));
        words.sendKeys(town);
        String before = loads();
        browser.click(browser.driver().findElement(By.id("stories-button")));
        browser.waiting().until(d -> !before.equals(loads()));

        List<WebElement> items = browser.driver().findElements(By.cssSelector("#story-list > li"));
        assertEquals(1, items.size());
        WebElement item = items.get(0);
        assertEquals(Long.toString(story), item.getDomAttribute("data-id"));
        assertEquals("Floods in " + town, item.findElement(By.tagName("h2")).getText());
        assertTrue(item.findElement(By.className("meta")).getText().contains("2 articles"), item.getText());

        browser.click(item.findElement(By.tagName("summary")));
        browser.waiting().until(d -> !item.findElements(By.cssSelector(".story-articles > li")).isEmpty());
        List<WebElement> articles = item.findElements(By.cssSelector(".story-articles > li"));
        assertEquals(List.of(Long.toString(second.getLong("id")), Long.toString(first.getLong("id"))),
                articles.stream().map(a -> a.getDomAttribute("data-id")).toList(), "newest first");

        List<WebElement> sentences = item.findElements(By.cssSelector(".story-summary > li"));
        assertEquals(summary.getList("sentences.text"), sentences.stream().map(s -> s.findElement(By.className("sentence")).getText()).toList());
        for (int i = 0; i < sentences.size(); i++) {
            WebElement link = sentences.get(i).findElement(By.tagName("a"));
            long article = attributed.get(i);
            assertEquals("#story-" + story + "-article-" + article, link.getDomAttribute("href"));
            assertEquals(article == first.getLong("id") ? "Floods in " + town : town + " begins to clean up", link.getText());
        }
        // following a sentence's link reaches its article in the story's list
        WebElement link = sentences.get(0).findElement(By.tagName("a"));
        browser.click(link);
        browser.waiting().until(d -> ("#story-" + story + "-article-" + attributed.get(0)).equals(browser.script("return window.location.hash")));
        assertEquals(Long.toString(attributed.get(0)),
                browser.script("return document.querySelector(':target').dataset.id"));
        assertTrue(browser.driver().findElement(By.id("stories-view")).isDisplayed(), "the view stays");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void shouldShowTheProblemOfARefusedSearch() {
        browser.open(root);
        browser.click(browser.driver().findElement(By.id("nav-stories")));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-view")));
        WebElement words = browser.driver().findElement(By.id("filter-words"));
        words.sendKeys("word ".repeat(33));
        browser.click(browser.driver().findElement(By.id("stories-button")));
        WebElement problem = browser.driver().findElement(By.id("stories-problem"));
        browser.waiting().until(d -> problem.isDisplayed());
        assertTrue(problem.getText().contains("32 words"), problem.getText());
        assertEquals("true", words.getDomAttribute("aria-invalid"));
    }

    private String loads() {
        String loads = browser.driver().findElement(By.id("story-list")).getDomAttribute("data-loads");
        return loads == null ? "" : loads;
    }

    private static JsonPath store(String title, String text, String publishedAt) {
        return Stories.withStory(given().contentType(ContentType.JSON).body(Map.of("title", title, "text", text, "publishedAt", publishedAt))
                .when().post("/api/v1/articles").then().statusCode(201).extract().jsonPath());
    }
}
