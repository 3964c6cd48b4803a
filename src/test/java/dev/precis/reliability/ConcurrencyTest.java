package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.precis.article.Article;
import dev.precis.article.Summary;
import dev.precis.support.Articles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrencyTest {

    @Test
    void shouldStoreOneRowWhenFiftyClientsPostTheSameArticleAtOnce() throws Exception {
        String text = Articles.uniqueStory();
        ExecutorService clients = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/v1/articles");
                }));
            }
            start.countDown();
            int created = 0;
            int existing = 0;
            Set<Long> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    created++;
                } else if (response.statusCode() == 200) {
                    existing++;
                }
                ids.add(response.jsonPath().getLong("id"));
            }
            assertEquals(1, created, "exactly one client creates the article");
            assertEquals(49, existing, "the others get the stored one");
            assertEquals(1, ids.size(), "every client gets the same id");
            long id = ids.iterator().next();
            String hash = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).textHash);
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Article.count("textHash", hash)));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void shouldStoreEveryOneOfAThousandArticlesFromTwentyClients() throws Exception {
        String source = "concurrency-" + UUID.randomUUID();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                int client = c;
                answers.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 50; i++) {
                        String text = "Article " + client + "-" + i + " of the load. " + Articles.STORM + " Serial " + UUID.randomUUID() + ".";
                        int status = given().contentType(ContentType.JSON).body(Map.of("text", text, "source", source))
                                .when().post("/api/v1/articles").then().extract().statusCode();
                        if (status == 201) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int created = 0;
            for (Future<Integer> answer : answers) {
                created += answer.get(300, TimeUnit.SECONDS);
            }
            assertEquals(1000, created, "every post answered 201");
            long rows = QuarkusTransaction.requiringNew().call(() -> Article.count("source", source));
            assertEquals(1000, rows, "none lost, none doubled");
            long summaries = QuarkusTransaction.requiringNew().call(() -> Summary.count("article.source", source));
            assertEquals(1000, summaries, "every article has its summary");
            assertTrue(rows == summaries);
        } finally {
            clients.shutdownNow();
        }
    }
}
