package dev.precis.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.precis.support.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StoredArticlesPageTest extends BrowserTest {


    @Test
    void shouldPageThroughStoredArticles() {
        String source = "paging-" + UUID.randomUUID();
        for (int i = 1; i <= 11; i++) {
            store("Story " + i, source);
        }
        List<Long> newestFirst = given().queryParam("source", source).queryParam("limit", 100)
                .when().get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertEquals(11, newestFirst.size());

        StoredArticlesPage page = StoredArticlesPage.open(browser, root).show(source, 5);
        List<Long> seen = new ArrayList<>(page.ids());
        assertEquals("Page 1", page.pageNumber());
        assertFalse(page.canGoBack());
        assertEquals("Story 11", page.items().get(0).findElement(By.tagName("h2")).getText());
        page.next();
        seen.addAll(page.ids());
        assertEquals("Page 2", page.pageNumber());
        page.next();
        seen.addAll(page.ids());
        assertEquals("Page 3", page.pageNumber());

        assertEquals(newestFirst, seen, "every article once, newest first");
        assertFalse(page.canGoOn(), "the last page");
        assertEquals("previous-page", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                "the keyboard focus stays on the pager when Next page turns off");

        page.previous();
        assertEquals("Page 2", page.pageNumber());
        assertEquals(newestFirst.subList(5, 10), page.ids());
        assertTrue(page.canGoBack() && page.canGoOn());
    }

    @Test
    void shouldStoreThePastedArticleOnceAndListItAsText() {
        String source = "pasted-" + UUID.randomUUID();
        String title = "<script>window.__xss=1</script> Storm cuts power";
        String text = Articles.uniqueStory() + " Someone wrote <img src=x onerror=\"window.__xss=1\"> on the substation door.";
        SummarizePage summarize = SummarizePage.open(browser, root).paste(text).type("title", title).type("source", source).sentences(2);

        summarize.store();
        JsonPath stored = given().queryParam("source", source)
                .when().get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, stored.getList("items").size());
        long id = stored.getLong("items[0].id");
        assertTrue(summarize.status().startsWith("Stored as article " + id + "."), summarize.status());

        summarize.store();
        assertTrue(summarize.status().startsWith("This text was already stored, as article " + id + ";"), summarize.status());

        StoredArticlesPage list = StoredArticlesPage.fromNavigation(browser).show(source, 10);
        assertEquals(List.of(id), list.ids());
        WebElement item = list.items().get(0);
        assertEquals(title, item.findElement(By.tagName("h2")).getText());
        assertEquals(stored.getString("items[0].summary.summary"), item.findElement(By.className("summary")).getText());
        assertTrue(stored.getString("items[0].text") == null, "the list leaves the text out");
        browser.click(item.findElement(By.tagName("summary")));
        // the text is read from the article's own URL when it is first opened
        browser.waiting().until(d -> item.findElements(By.cssSelector(".article mark.chosen")).size() == 2);
        assertEquals(text, browser.script("const copy = arguments[0].cloneNode(true);"
                + "copy.querySelectorAll('.visually-hidden').forEach(n => n.remove());"
                + "return copy.textContent;", item.findElement(By.className("article"))));
        assertTrue(browser.driver().findElements(By.cssSelector("#article-list img, #article-list script")).isEmpty());
        assertEquals("undefined", browser.script("return typeof window.__xss"));
    }

    private static void store(String title, String source) {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.uniqueStory(), "title", title, "source", source, "sentences", 2))
                .when().post("/api/v1/articles")
                .then().statusCode(201);
    }
}
