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
import dev.precis.problem.ProblemException;
import dev.precis.problem.ProblemMapper;

/**
 * Stores the articles of a batch: each item is read and checked exactly as
 * {@code POST /api/v1/articles} would, and the items that pass are stored together
 * ({@link ArticleWriter#storeAll}, a few to a transaction, each item still its own outcome), so an
 * item that is refused (or that meets a failure) never takes the others with it. Each item's
 * outcome or its problem becomes its result. At most {@code precis.batch.max-concurrent} batches
 * are written at once ({@link BatchAdmission}).
 */
@ApplicationScoped
public class ArticleBatch {

    private final ArticleWriter articles;
    private final ArticleRequestReader requests;
    private final ObjectMapper json;
    private final PrecisConfig config;
    private final BatchAdmission admission;

    ArticleBatch(ArticleWriter articles, ArticleRequestReader requests, ObjectMapper json, PrecisConfig config, BatchAdmission admission) {
        this.articles = articles;
        this.requests = requests;
        this.json = json;
        this.config = config;
        this.admission = admission;
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
        if (!admission.tryEnter()) {
            throw new ProblemException(503, "This replica is writing as many batches as it writes at once"
                    + " (precis.batch.max-concurrent) and as many wait for their turn (precis.batch.max-waiting);"
                    + " nothing of this one was stored: send it again after Retry-After seconds");
        }
        try {
            return write(items, instance);
        } finally {
            admission.leave();
        }
    }

    private ArticleBatchResponse write(List<JsonNode> items, String instance) {
        // every item is read and checked first; those that pass are stored together
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> indexes = new ArrayList<>();
        List<ArticleWriter.Write> writes = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            try {
                Submission submission = requests.readUnvalidated(readItem(items.get(index)));
                indexes.add(index);
                writes.add(new ArticleWriter.Write(submission.article(), submission.options()));
            } catch (JsonProcessingException | RuntimeException e) {
                results[index] = refused(index, e, instance);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Error e) {
                // one item's failure is that item's answer whatever it is (a stack overflow in a
                // library, say): the other items are still stored
                results[index] = refused(index, e, instance);
            }
        }
        int stored = 0;
        RuntimeException unavailable = null;
        List<ArticleWriter.BatchOutcome> outcomes = writes.isEmpty() ? List.of() : articles.storeAll(writes);
        for (int i = 0; i < outcomes.size(); i++) {
            int index = indexes.get(i);
            ArticleWriter.BatchOutcome outcome = outcomes.get(i);
            if (outcome.stored() != null) {
                results[index] = result(index, outcome.stored());
                stored++;
                continue;
            }
            results[index] = refused(index, outcome.failure(), instance);
            if (results[index].problem().status() == 503 && outcome.failure() instanceof RuntimeException failure) {
                unavailable = failure;
            }
        }
        if (stored == 0 && unavailable != null) {
            throw unavailable;
        }
        return new ArticleBatchResponse(List.of(results));
    }

    /** The result of an item that was not stored: its problem, "invalid" for the client's mistakes, "failed" for ours. */
    private static ItemResult refused(int index, Throwable failure, String instance) {
        Problem problem = ProblemMapper.problemFor(failure, instance);
        return new ItemResult(index, problem.status() >= 500 ? "failed" : "invalid", null, null, null, null, problem);
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
