package dev.precis.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented with a request, to be checked against the configured hashes. */
final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    ApiKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Never the key: a request may end up in a log line or a debugger's view. */
    @Override
    public String toString() {
        return "ApiKeyRequest";
    }
}
