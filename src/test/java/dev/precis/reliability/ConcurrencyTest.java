package dev.precis.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
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
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                int client = c;
                answers.add(clients.submit(() -> {
                    int stored = 0;
                    for (int i = 0; i < 50; i++) {
                        String text = "Article " + client + "-" + i + " of the load. " + Articles.STORM + " Serial " + UUID.randomUUID() + ".";
                        if (storeAsAClientWould(Map.of("text", text, "source", source), refusals)) {
                            stored++;
                        }
                    }
                    return stored;
                }));
            }
            int stored = 0;
            for (Future<Integer> answer : answers) {
                stored += answer.get(300, TimeUnit.SECONDS);
            }
            assertEquals(1000, stored, "every post stored, the answers other than 201 being " + refusals);
            long rows = QuarkusTransaction.requiringNew().call(() -> Article.count("source", source));
            assertEquals(1000, rows, "none lost, none doubled");
            long summaries = QuarkusTransaction.requiringNew().call(() -> Summary.count("article.source", source));
            assertEquals(1000, summaries, "every article has its summary");
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Posts the way the API asks a client to: a 503 is overload (the pool was busy for longer than
     * its acquisition timeout on a slow machine), answered with Retry-After and retried; a retry that
     * finds the text stored gets 200. Any other answer is a failure of the service.
     */
    private static boolean storeAsAClientWould(Map<String, String> body, List<String> refusals) throws InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Response response = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles");
            int status = response.statusCode();
            if (status == 201 || (status == 200 && attempt > 0)) {
                return true;
            }
            refusals.add(status + (response.header("Retry-After") == null ? " without Retry-After" : ""));
            if (status != 503 || response.header("Retry-After") == null) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
