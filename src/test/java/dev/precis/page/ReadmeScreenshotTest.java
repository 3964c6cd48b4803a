package dev.precis.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.precis.support.Articles;
import dev.precis.support.Browser;
import dev.precis.support.RequiresBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The picture of the page in the README: an article summarized, one chosen sentence reached with the
 * keyboard and its score showing. Saved under target/screenshots; with
 * {@code -Dreadme.screenshot=docs/screenshot.png} it replaces the README's picture as well.
 */
@QuarkusTest
@RequiresBrowser
class ReadmeScreenshotTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldPictureASummarizedArticle() {
        SummarizePage page = SummarizePage.open(browser, root)
                .type("title", "Council votes to replace the Harbour Street bridge")
                .paste(Articles.harbourBridge())
                .sentences(3);
        page.summarize();
        page.tabToFirstHighlight();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("score-tip")));
        assertEquals(3, page.highlights().size());

        browser.screenshot(getClass().getSimpleName());
        String readme = System.getProperty("readme.screenshot");
        if (readme != null && !readme.isBlank()) {
            browser.screenshot(Path.of(readme));
        }
    }
}
