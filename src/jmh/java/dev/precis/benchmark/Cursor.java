package dev.precis.benchmark;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks through the articles in turn, one per operation. */
@State(Scope.Thread)
public class Cursor {

    private int next;

    int next(int size) {
        int index = next;
        next = next + 1 == size ? 0 : next + 1;
        return index;
    }
}
