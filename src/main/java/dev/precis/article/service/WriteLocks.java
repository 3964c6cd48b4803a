package dev.precis.article.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

/**
 * Transaction-scoped PostgreSQL advisory locks that serialize the writers of one text (its
 * fingerprint), one external id and one url. A write takes every lock it needs before it reads
 * what is stored, always in ascending key order, so two writers never wait for each other in a
 * circle; the locks are released when the transaction ends.
 */
final class WriteLocks {

    private final TreeSet<Long> keys = new TreeSet<>();

    WriteLocks text(String fingerprint) {
        keys.add(TextFingerprint.lockKey(fingerprint));
        return this;
    }

    WriteLocks externalId(String externalId) {
        if (externalId != null) {
            keys.add(key("external-id\u0000" + externalId));
        }
        return this;
    }

    WriteLocks url(String url) {
        if (url != null) {
            keys.add(key("url\u0000" + url));
        }
        return this;
    }

    void acquire(EntityManager entityManager) {
        for (long key : keys) {
            entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                    .setParameter(1, key)
                    .getSingleResult();
        }
    }

    private static long key(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = key << 8 | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
