package dev.kiosque.model;

import java.util.List;

/**
 * A change of read/starred state. Exactly one target is set: item ids, a section, a feed (by
 * name or URL), or all items.
 */
public record MarkRequest(Op op, List<Long> ids, String section, String feed, boolean all) {
    public enum Op { READ, UNREAD, STAR, UNSTAR }

    public MarkRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static MarkRequest items(Op op, List<Long> ids) {
        return new MarkRequest(op, ids, null, null, false);
    }

    public static MarkRequest section(Op op, String section) {
        return new MarkRequest(op, List.of(), section, null, false);
    }

    public static MarkRequest feed(Op op, String feed) {
        return new MarkRequest(op, List.of(), null, feed, false);
    }

    public static MarkRequest everything(Op op) {
        return new MarkRequest(op, List.of(), null, null, true);
    }
}
