package dev.precis.page;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.precis.support.Browser;

/** The stored-articles view of the page. */
final class StoredArticlesPage {

    private final Browser browser;

    private StoredArticlesPage(Browser browser) {
        this.browser = browser;
    }

    static StoredArticlesPage open(Browser browser, URL root) {
        browser.open(root);
        return fromNavigation(browser);
    }

    /** Follows the navigation link, as a visitor of the summarize view would. */
    static StoredArticlesPage fromNavigation(Browser browser) {
        StoredArticlesPage page = new StoredArticlesPage(browser);
        page.after(() -> browser.click(browser.driver().findElement(By.id("nav-articles"))));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("articles-view")));
        return page;
    }

    /** Lists the articles of one source, so many per page, from the first page. */
    StoredArticlesPage show(String source, int perPage) {
        WebElement filter = find("filter-source");
        filter.clear();
        filter.sendKeys(source);
        new Select(find("page-size")).selectByValue(Integer.toString(perPage));
        return after(() -> browser.click(find("articles-button")));
    }

    StoredArticlesPage next() {
        return after(() -> browser.click(find("next-page")));
    }

    StoredArticlesPage previous() {
        return after(() -> browser.click(find("previous-page")));
    }

    /** Does something that loads a page of articles, and waits for that page. */
    private StoredArticlesPage after(Runnable action) {
        String before = loads();
        action.run();
        browser.waiting().until(d -> !before.equals(loads()));
        return this;
    }

    private String loads() {
        String loads = find("article-list").getDomAttribute("data-loads");
        return loads == null ? "" : loads;
    }

    List<Long> ids() {
        return items().stream().map(item -> Long.parseLong(item.getDomAttribute("data-id"))).toList();
    }

    List<WebElement> items() {
        return browser.driver().findElements(By.cssSelector("#article-list > li"));
    }

    String pageNumber() {
        return find("page-number").getText();
    }

    boolean canGoBack() {
        return find("previous-page").isEnabled();
    }

    boolean canGoOn() {
        return find("next-page").isEnabled();
    }

    WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
