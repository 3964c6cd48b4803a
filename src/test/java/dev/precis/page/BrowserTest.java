package dev.precis.page;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

import dev.precis.support.Browser;
import dev.precis.support.RequiresBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;

/** What every page test shares: one headless Chromium per test class, and a screenshot after each test. */
@RequiresBrowser
abstract class BrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void screenshot(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }
}
