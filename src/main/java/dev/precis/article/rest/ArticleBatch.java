package dev.precis.article.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.PrecisConfig;
import dev.precis.article.Article;
import dev.precis.article.rest.ArticleBatchResponse.ItemResult;
import dev.precis.article.rest.ArticleRequestReader.Submission;
import dev.precis.article.service.ArticleWriter;
import dev.precis.problem.InvalidRequestException;
import dev.precis.problem.Problem;
import dev.precis.problem.ProblemMapper;

/**
 * Stores the articles of a batch one by one, each in its own transaction (the writer's), so an
 * item that is refused (or that meets a failure) never takes the others with it. Each item is
 * read, checked and stored exactly as {@code POST /api/v1/articles} would, and its outcome or its
 * problem becomes its result.
 */
@ApplicationScoped
public class ArticleBatch {

    private final ArticleWriter articles;
    private final ArticleRequestReader requests;
    private final ObjectMapper json;
    private final PrecisConfig config;

    ArticleBatch(ArticleWriter articles, ArticleRequestReader requests, ObjectMapper json, PrecisConfig config) {
        this.articles = articles;
        this.requests = requests;
        this.json = json;
        this.config = config;
    }

    /**
     * @param instance the request path, named by the problems of refused items
     * @throws InvalidRequestException when the batch itself is empty or too large
     * @throws RuntimeException        the database failure, when no item could be stored because
     *                                 the database is away (answered with 503 as a whole)
     */
    public ArticleBatchResponse ingest(ArticleBatchRequest request, String instance) {
        int max = config.batch().maxItems();
        List<JsonNode> items = request.articles();
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("articles", "must hold 1 to " + max + " articles");
        }
        if (items.size() > max) {
            throw new InvalidRequestException("articles", "must hold at most " + max + " articles (it has " + items.size() + ")");
        }
        List<ItemResult> results = new ArrayList<>(items.size());
        int stored = 0;
        RuntimeException unavailable = null;
        Problem unavailableProblem = null;
        for (int index = 0; index < items.size(); index++) {
            if (unavailableProblem != null) {
                // the database did not answer for an item: the items after it would each wait as
                // long again for a connection, so they get the same answer at once (a retried
                // batch stores them; items are idempotent)
                results.add(new ItemResult(index, "failed", null, null, null, null, unavailableProblem));
                continue;
            }
            try {
                Submission submission = requests.readUnvalidated(readItem(items.get(index)));
                ArticleWriter.Stored outcome = articles.store(submission.article(), submission.options());
                results.add(result(index, outcome));
                stored++;
            } catch (JsonProcessingException | RuntimeException e) {
                Problem problem = ProblemMapper.problemFor(e, instance);
                if (problem.status() == 503 && e instanceof RuntimeException failure) {
                    unavailable = failure;
                    unavailableProblem = problem;
                }
                results.add(new ItemResult(index, problem.status() >= 500 ? "failed" : "invalid", null, null, null, null, problem));
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Error e) {
                // one item's failure is that item's answer whatever it is (a stack overflow in a
                // library, say): the items before it are stored, the ones after it are still tried
                results.add(new ItemResult(index, "failed", null, null, null, null, ProblemMapper.problemFor(e, instance)));
            }
        }
        if (stored == 0 && unavailable != null) {
            throw unavailable;
        }
        return new ArticleBatchResponse(results);
    }

    private ArticleRequest readItem(JsonNode node) throws JsonProcessingException {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        return json.treeToValue(node, ArticleRequest.class);
    }

    private static ItemResult result(int index, ArticleWriter.Stored stored) {
        Article article = stored.article();
        String status = switch (stored.outcome()) {
            case CREATED -> "created";
            case UPDATED -> "updated";
            case DUPLICATE, UNCHANGED -> "duplicate";
        };
        return new ItemResult(index, status, article.id, article.externalId, article.updatedAt, article.summary.text(), null);
    }
}
