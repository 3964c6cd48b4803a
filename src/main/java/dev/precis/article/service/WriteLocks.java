package dev.precis.article.service;

import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import dev.precis.Sha256;

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
            keys.add(Sha256.leadingLong("external-id\u0000" + externalId));
        }
        return this;
    }

    WriteLocks url(String url) {
        if (url != null) {
            keys.add(Sha256.leadingLong("url\u0000" + url));
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
}
