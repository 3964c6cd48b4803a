package dev.precis.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PageSecurityTest extends BrowserTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @TestHTTPResource(value = "/swagger-ui/", management = true)
    URL swaggerUi;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html", "/assets/app.js", "/assets/precis.css" })
    void shouldServeThePageWithItsSecurityPolicy(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void shouldServeThePageAsHtml() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"assets/app.js\"></script>"));
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;


    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles", "management:/swagger-ui/", "management:/openapi", "management:/health/live" })
    void shouldLeaveTheApiAndSwaggerUiWithoutThePagePolicy(String path) {
        given().when().get(path.startsWith("management:") ? management + path.substring("management:/".length()) : path)
                .then().statusCode(200)
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void shouldRefuseInlineScriptsOnThePage() {
        browser.open(root);

        // what a page bug could let an article do: the policy stops both
        browser.script("window.__violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.effectiveDirective));"
                + "const script = document.createElement('script');"
                + "script.textContent = 'window.__xss = 1';"
                + "document.body.append(script);"
                + "const holder = document.createElement('div');"
                + "holder.innerHTML = '<img src=\"data:,\" onerror=\"window.__xss = 2\" onload=\"window.__xss = 2\">';"
                + "document.body.append(holder);");

        browser.waiting().until(d -> ((Number) browser.script("return window.__violations.length")).intValue() >= 2);
        assertEquals("undefined", browser.script("return typeof window.__xss"));
        assertEquals(List.of("script-src-elem", "script-src-attr"), browser.script("return window.__violations.slice(0, 2)"));
    }

    @Test
    void shouldKeepSwaggerUiWorking() {
        browser.open(swaggerUi);

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "Precis API"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
