package dev.precis.page;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.precis.support.Browser;

/** The summarize view of the page, as a person uses it. */
final class SummarizePage {

    /** A chosen sentence as the page shows it. */
    record Highlight(int index, String text, double score) {
    }

    private static final Pattern STORED = Pattern.compile("\\bstored\\b", Pattern.CASE_INSENSITIVE);

    private final Browser browser;

    private SummarizePage(Browser browser) {
        this.browser = browser;
    }

    static SummarizePage open(Browser browser, URL root) {
        browser.open(root);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("summarize-form")));
        return new SummarizePage(browser);
    }

    /** Puts the article into the text box the way pasting does: all at once. */
    SummarizePage paste(String text) {
        WebElement box = find("text");
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", box, text);
        return this;
    }

    SummarizePage type(String controlId, String text) {
        WebElement control = find(controlId);
        control.clear();
        control.sendKeys(text);
        return this;
    }

    SummarizePage algorithm(String id) {
        new Select(find("algorithm")).selectByValue(id);
        return this;
    }

    SummarizePage sentences(int count) {
        return type("sentences", Integer.toString(count));
    }

    /** Clicks Summarize and waits for the answer: a summary, or a problem. */
    void summarize() {
        WebElement previous = firstHighlightOrNull();
        browser.click(find("summarize-button"));
        if (previous != null) {
            browser.waiting().until(ExpectedConditions.stalenessOf(previous));
        }
        browser.waiting().until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("result")),
                ExpectedConditions.visibilityOfElementLocated(By.id("summarize-problem"))));
    }

    /** Clicks Store article and waits for the answer: what was stored, or a problem. */
    void store() {
        String before = status();
        browser.click(find("store-button"));
        browser.waiting().until(d -> problem().isDisplayed()
                || !status().equals(before) && STORED.matcher(status()).find());
    }

    List<Highlight> highlights() {
        return browser.driver().findElements(By.cssSelector("#article-view mark.chosen")).stream()
                .map(mark -> new Highlight(
                        Integer.parseInt(mark.getDomAttribute("data-index")),
                        mark.findElement(By.className("sentence")).getDomProperty("textContent"),
                        Double.parseDouble(mark.getDomAttribute("data-score"))))
                .toList();
    }

    /** From the last button of the form, presses Tab until a chosen sentence has the focus. */
    WebElement tabToFirstHighlight() {
        browser.script("arguments[0].focus()", find("store-button"));
        for (int presses = 0; presses < 10; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            if (Boolean.TRUE.equals(browser.script("return arguments[0].matches('#article-view mark.chosen')", active))) {
                return active;
            }
        }
        throw new AssertionError("The Tab key never reached a chosen sentence");
    }

    WebElement firstHighlight() {
        return browser.driver().findElement(By.cssSelector("#article-view mark.chosen"));
    }

    private WebElement firstHighlightOrNull() {
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("#article-view mark.chosen"));
        return marks.isEmpty() ? null : marks.get(0);
    }

    /** The whole article as shown, highlights included, without the scores kept for screen readers. */
    String articleText() {
        return (String) browser.script("const copy = arguments[0].cloneNode(true);"
                + "copy.querySelectorAll('.visually-hidden').forEach(n => n.remove());"
                + "return copy.textContent;", find("article-view"));
    }

    String summary() {
        return find("summary-text").getText();
    }

    /** The value shown next to a label under Details. */
    String fact(String label) {
        return browser.driver().findElements(By.cssSelector("#facts div")).stream()
                .filter(row -> row.findElement(By.tagName("dt")).getText().equals(label))
                .map(row -> row.findElement(By.tagName("dd")).getText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No detail named " + label));
    }

    List<String> keywords() {
        return browser.driver().findElements(By.cssSelector("#keyword-list .word")).stream().map(WebElement::getText).toList();
    }

    WebElement problem() {
        return find("summarize-problem");
    }

    String status() {
        return find("summarize-status").getText();
    }

    WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
