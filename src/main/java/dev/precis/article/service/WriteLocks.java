package dev.precis.article.service;

import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import dev.precis.Sha256;

/**
 * Transaction-scoped PostgreSQL advisory locks that serialize the writers of one text (its
 * fingerprint), one external id, one url and one near-copy band (the band keys of the text's
 * MinHash signature: two near copies share one with probability 0.997, so their writers follow
 * each other and the later one sees the earlier as its original). A write takes every lock it
 * needs before it reads what is stored, always in ascending key order and in one statement, so two
 * writers never wait for each other in a circle; the locks are released when the transaction ends.
 * The band keys are used as they are: 64-bit hashes like the others' keys.
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

    WriteLocks bands(long[] bandKeys) {
        for (long key : bandKeys) {
            keys.add(key);
        }
        return this;
    }

    /** Adds the keys of another write, for a transaction that writes both. */
    WriteLocks with(WriteLocks other) {
        keys.addAll(other.keys);
        return this;
    }

    /** How many distinct locks {@link #acquire} takes. */
    int size() {
        return keys.size();
    }

    /** How many distinct locks the two writes together take. */
    int sizeWith(WriteLocks other) {
        int shared = 0;
        for (Long key : other.keys) {
            if (keys.contains(key)) {
                shared++;
            }
        }
        return keys.size() + other.keys.size() - shared;
    }

    void acquire(EntityManager entityManager) {
        if (keys.isEmpty()) {
            return;
        }
        // one round trip for all keys (up to 35 for one write, a group's for a batch); the sorted
        // subquery fixes the order they are taken in
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(k) from"
                        + " (select unnest(cast(?1 as bigint[])) as k order by k) as sorted) as locked")
                .setParameter(1, keys.toArray(Long[]::new))
                .getSingleResult();
    }
}
