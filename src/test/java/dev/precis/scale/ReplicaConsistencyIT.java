package dev.precis.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Articles;
import dev.precis.support.PackagedService;
import dev.precis.support.StoryTexts;
import dev.precis.support.TestDatabase;

/**
 * Two replicas of the packaged service on one database answer alike: an article stored through
 * one is read, listed, replaced and summarized identically through the other, and a new text gets
 * the same summary and keywords from both once the corpus statistics are folded (both read them
 * from PostgreSQL; the per-replica cache is off here so neither holds older figures). Reports of
 * several events and near copies of one report, posted to both replicas at once, end in one story
 * an event and one original among the copies, whichever replica wrote them.
 */
class ReplicaConsistencyIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> REPLICA = Map.of("PRECIS_CORPUS_CACHE_TTL", "0s", "PRECIS_CORPUS_FOLD_INTERVAL", "1s");

    /** An article as answered, without its storyId: stories are assigned apart from the store, a moment later. */
    static JsonNode withoutStory(JsonNode article) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = article.deepCopy();
        copy.remove("storyId");
        return copy;
    }

    @Test
    void shouldGiveTheSameAnswersFromTwoReplicasOfOneDatabase() throws Exception {
        try (PackagedService first = PackagedService.start(REPLICA); PackagedService second = PackagedService.start(REPLICA)) {
            String source = "replicas-" + UUID.randomUUID();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                PackagedService writer = i % 2 == 0 ? first : second;
                JsonNode stored = send(writer, "POST", "/api/v1/articles", Map.of("source", source, "text", Articles.uniqueStory()), 201);
                ids.add(stored.get("id").asLong());
                // written through one, readable through the other at once (its story may be known by then)
                JsonNode read = send(i % 2 == 0 ? second : first, "GET", "/api/v1/articles/" + ids.get(i), null, 200);
                assertEquals(withoutStory(stored), withoutStory(read));
            }
            awaitCorpusFolded();
            for (long id : ids) {
                Awaitility.await("the story of article " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> !send(first, "GET", "/api/v1/articles/" + id, null, 200).get("storyId").isNull());
            }

            // a text neither has seen: the same sentences, scores and keywords (keywords weigh terms by the shared corpus statistics)
            Map<String, Object> fresh = Map.of("text", Articles.harbourBridge(), "keywords", 10);
            JsonNode fromFirst = send(first, "POST", "/api/v1/summaries", fresh, 200);
            assertEquals(fromFirst, send(second, "POST", "/api/v1/summaries", fresh, 200));
            assertFalse(fromFirst.get("keywords").isEmpty());

            for (long id : ids) {
                assertEquals(send(first, "GET", "/api/v1/articles/" + id, null, 200), send(second, "GET", "/api/v1/articles/" + id, null, 200));
                String again = "/api/v1/articles/" + id + "/summary?sentences=2&keywords=8&algorithm=lexrank";
                assertEquals(send(first, "GET", again, null, 200), send(second, "GET", again, null, 200));
            }
            String page = "/api/v1/articles?limit=4&source=" + source;
            JsonNode firstPage = send(first, "GET", page, null, 200);
            assertEquals(firstPage, send(second, "GET", page, null, 200));
            // a cursor from one replica continues the list on the other
            JsonNode rest = send(second, "GET", page + "&cursor=" + firstPage.get("next").asText(), null, 200);
            assertEquals(2, rest.get("items").size());

            // replaced through one: the other serves the new version, with the same entity tag
            JsonNode replaced = send(second, "PUT", "/api/v1/articles/" + ids.get(0), Map.of("source", source, "text", Articles.uniqueStory()), 200);
            HttpResponse<String> read = HTTP.send(request(first, "GET", "/api/v1/articles/" + ids.get(0), null).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(replaced, JSON.readTree(read.body()));
            HttpResponse<String> conditional = HTTP.send(request(second, "GET", "/api/v1/articles/" + ids.get(0), null)
                    .header("If-None-Match", read.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, conditional.statusCode());
        }
    }

    /**
     * Reports of three events and four near copies of one of them, posted all at once, in turns to
     * the two replicas. The story decision is made under the language's story clock and the near
     * copy under the band keys' advisory locks, both in PostgreSQL, so whichever replica writes an
     * article, each event ends in one story and the copies name one original. With the shipped
     * settings: the corpus statistics each replica keeps for up to precis.corpus.cache-ttl feed the
     * articles' profiles (docs/stories.md says what that can change), and the test shows they do not
     * split or merge events that are told apart as clearly as these.
     */
    @Test
    void shouldPutTheReportsOfAnEventIntoOneStoryWhicheverReplicaStoresThem() throws Exception {
        try (PackagedService first = PackagedService.start(Map.of()); PackagedService second = PackagedService.start(Map.of())) {
            String source = "replica-stories-" + UUID.randomUUID();
            String town = Articles.marker();
            String mayor = Articles.marker();
            List<String> words = StoryTexts.vocabulary(30);
            String election = StoryTexts.election(Articles.marker(), Articles.marker());
            Map<String, List<String>> events = new LinkedHashMap<>();
            events.put("flood", List.of(StoryTexts.flood(town, mayor), StoryTexts.floodFollowUp(town, mayor)));
            events.put("made-up", List.of(StoryTexts.madeUp(words, 0), StoryTexts.madeUp(words, 10)));
            List<String> copies = new ArrayList<>(List.of(election));
            for (int i = 1; i <= 4; i++) {
                copies.add(StoryTexts.resent(election) + " Report number " + i + " of the day.");
            }
            events.put("election", copies);

            // one post for each text, the events interleaved, all started together, in turns to each replica
            List<String> order = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                for (Map.Entry<String, List<String>> event : events.entrySet()) {
                    if (i < event.getValue().size()) {
                        order.add(event.getKey());
                        texts.add(event.getValue().get(i));
                    }
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(texts.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> posts = new ArrayList<>();
            try {
                for (int i = 0; i < texts.size(); i++) {
                    PackagedService writer = i % 2 == 0 ? first : second;
                    // the language given, as in the story tests: made-up words would leave it to chance
                    Map<String, Object> body = Map.of("source", source, "language", "en", "text", texts.get(i));
                    posts.add(pool.submit(() -> {
                        start.await();
                        return send(writer, "POST", "/api/v1/articles", body, 201);
                    }));
                }
                start.countDown();
            } finally {
                pool.shutdown();
            }
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "every post answered");
            Map<String, Set<Long>> storiesOf = new LinkedHashMap<>();
            Map<String, Set<Long>> articlesOf = new LinkedHashMap<>();
            Map<Long, JsonNode> stored = new LinkedHashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                JsonNode article = posts.get(i).get();
                String path = "/api/v1/articles/" + article.get("id").asLong();
                PackagedService reader = i % 2 == 0 ? second : first;
                PackagedService writer = i % 2 == 0 ? first : second;
                // the story is assigned after the store, by whichever replica assigns: once the other replica reads it,
                // both read the same
                JsonNode read = Awaitility.await("the story of " + path).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> send(reader, "GET", path, null, 200), node -> !node.get("storyId").isNull());
                assertEquals(read.get("storyId"), send(writer, "GET", path, null, 200).get("storyId"));
                assertEquals(article.get("copyOf"), read.get("copyOf"));
                stored.put(article.get("id").asLong(), read);
                storiesOf.computeIfAbsent(order.get(i), e -> new HashSet<>()).add(read.get("storyId").asLong());
                articlesOf.computeIfAbsent(order.get(i), e -> new HashSet<>()).add(read.get("id").asLong());
            }

            // each event in exactly one story, and no two events in one
            Map<Long, String> eventOf = new LinkedHashMap<>();
            for (Map.Entry<String, Set<Long>> event : storiesOf.entrySet()) {
                assertEquals(1, event.getValue().size(), event.getKey() + ": the reports of one event in one story, not " + event.getValue());
                String other = eventOf.put(event.getValue().iterator().next(), event.getKey());
                assertEquals(null, other, event.getKey() + " shares its story with " + other);
            }

            // one original among the copies, the others linked to it; the reports of the other events are originals
            List<Long> originals = articlesOf.get("election").stream().filter(id -> stored.get(id).get("copyOf").isNull()).toList();
            assertEquals(1, originals.size(), "one original among the copies: " + originals);
            for (long id : articlesOf.get("election")) {
                if (id != originals.get(0)) {
                    assertEquals(originals.get(0).longValue(), stored.get(id).get("copyOf").asLong(), "copy " + id + " links to the original");
                }
            }
            for (String event : List.of("flood", "made-up")) {
                for (long id : articlesOf.get(event)) {
                    assertTrue(stored.get(id).get("copyOf").isNull(), event + ": article " + id + " is no copy");
                }
            }

            // both list the same stories, each with the same members: exactly the event's articles
            String list = "/api/v1/stories?limit=100&source=" + source;
            JsonNode listed = send(first, "GET", list, null, 200);
            assertEquals(listed, send(second, "GET", list, null, 200));
            Set<Long> listedIds = new HashSet<>();
            listed.get("items").forEach(story -> listedIds.add(story.get("id").asLong()));
            assertEquals(eventOf.keySet(), listedIds);
            for (Map.Entry<Long, String> story : eventOf.entrySet()) {
                JsonNode detail = send(first, "GET", "/api/v1/stories/" + story.getKey(), null, 200);
                assertEquals(detail, send(second, "GET", "/api/v1/stories/" + story.getKey(), null, 200));
                // (on a database kept between runs, an event's story may hold a report of the same kind from an earlier run)
                Set<Long> members = new HashSet<>();
                detail.get("articles").forEach(article -> {
                    if (source.equals(article.get("source").asText())) {
                        members.add(article.get("id").asLong());
                    }
                });
                assertEquals(articlesOf.get(story.getValue()), members, story.getValue() + ": the story's articles");
            }
        }
    }

    /** Waits until one of the replicas has folded every pending corpus change. */
    private static void awaitCorpusFolded() throws Exception {
        try (Connection db = TestDatabase.connect();
                Statement query = db.createStatement()) {
            Awaitility.await("the corpus changes folded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                try (ResultSet rows = query.executeQuery("select count(*) from corpus_change")) {
                    rows.next();
                    return rows.getLong(1) == 0;
                }
            });
        }
    }

    private static JsonNode send(PackagedService service, String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(service, method, path, body).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(PackagedService service, String method, String path, Object body) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
}
