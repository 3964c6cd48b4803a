package dev.precis.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every endpoint of the service names the one scope it needs. The service also refuses a method
 * that names none (quarkus.security.jaxrs.deny-unannotated-endpoints, see
 * UnannotatedEndpointTest); this test says which method lacks one before anyone calls it.
 */
class EndpointScopesTest {

    private static final Set<String> SCOPES = Arrays.stream(Scope.values()).map(Scope::id).collect(Collectors.toSet());

    @Test
    void shouldNameOneScopeOnEveryResourceMethod() {
        Map<String, String> scopes = scopesOfResourceMethods();
        List<String> wrong = new ArrayList<>();
        scopes.forEach((method, scope) -> {
            if (!SCOPES.contains(scope)) {
                wrong.add(method + " -> " + scope);
            }
        });
        assertTrue(scopes.size() >= 14, "resource methods found: " + scopes.keySet());
        assertTrue(wrong.isEmpty(), "resource methods without exactly one scope (read, write or admin) in @RolesAllowed: " + wrong);
    }

    @Test
    void shouldNeedWriteToChangeAndAdminToDelete() {
        Map<String, String> scopes = scopesOfResourceMethods();
        assertEquals("write", scopes.get("ArticleResource.store"));
        assertEquals("write", scopes.get("ArticleResource.storeBatch"));
        assertEquals("write", scopes.get("ArticleResource.replace"));
        assertEquals("admin", scopes.get("ArticleResource.delete"));
        assertEquals("read", scopes.get("ArticleResource.list"));
        assertEquals("read", scopes.get("SummaryResource.summarize"));
    }

    @Test
    void shouldOpenStoriesToReaders() {
        Map<String, String> scopes = scopesOfResourceMethods();
        assertEquals("read", scopes.get("StoryResource.list"));
        assertEquals("read", scopes.get("StoryResource.get"));
        assertEquals("read", scopes.get("StoryResource.summary"));
    }

    /** Each resource method of the service (class and name) with the scope its @RolesAllowed names, or what is wrong. */
    private static Map<String, String> scopesOfResourceMethods() {
        Map<String, String> scopes = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.precis")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                String name = type.getSimpleName() + "." + method.getName();
                String scope = roles == null ? "no @RolesAllowed" : roles.value().length != 1 ? Arrays.toString(roles.value()) : roles.value()[0];
                // an overloaded name: a wrong scope on any of its methods shows
                scopes.merge(name, scope, (a, b) -> SCOPES.contains(a) ? b : a);
            }
        }
        return scopes;
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class)
                || Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
