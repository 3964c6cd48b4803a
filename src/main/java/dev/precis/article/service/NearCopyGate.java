package dev.precis.article.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lets one write at a time through for each near-copy band key within this replica, before its
 * transaction opens. The advisory locks on the band keys ({@link WriteLocks}) are what orders
 * writers across replicas; but a writer waiting for one of them holds a database connection, and
 * fifty near copies of one wire story posted at once would hold the whole pool while they wait
 * for each other, leaving none for the reads every other request begins with. Here they wait
 * without a connection, in the order they came. A writer takes all its keys at once or waits, so
 * none waits in a circle.
 */
final class NearCopyGate {

    private final Set<Long> held = new HashSet<>();
    /** The writes waiting to enter, in the order they came: one never passes an earlier one that shares a key with it. */
    private final List<long[]> waiting = new ArrayList<>();

    /** Runs {@code write} once no other write of this replica holds one of {@code keys}. */
    <T> T through(long[] keys, Supplier<T> write) {
        if (keys.length == 0) {
            return write.get();
        }
        enter(keys);
        try {
            return write.get();
        } finally {
            leave(keys);
        }
    }

    /**
     * Waits until none of the keys is held and no write that came earlier and shares one of them
     * is still waiting: first come, first through, so under a stream of near copies of one story
     * no write waits for longer than the ones queued before it take.
     */
    private synchronized void enter(long[] keys) {
        waiting.add(keys);
        boolean interrupted = false;
        try {
            while (anyHeld(keys) || earlierWaiting(keys)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    // the write still has to happen in order; the interruption is passed on afterwards
                    interrupted = true;
                }
            }
        } finally {
            waiting.remove(keys);
        }
        for (long key : keys) {
            held.add(key);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void leave(long[] keys) {
        for (long key : keys) {
            held.remove(key);
        }
        notifyAll();
    }

    private boolean anyHeld(long[] keys) {
        for (long key : keys) {
            if (held.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean earlierWaiting(long[] keys) {
        for (long[] other : waiting) {
            if (other == keys) {
                return false;
            }
            for (long key : other) {
                for (long mine : keys) {
                    if (key == mine) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
