package dev.kiosque.tui;

import dev.kiosque.model.Headline;

/** A view that lists headlines: it reflects changed states without re-querying and can find unread items. */
interface HeadlineHolder {

    /** Shows a new read/starred state of one item (if listed). */
    void itemChanged(Headline changed);

    /** Selects the next (1) or previous (-1) unread item; false when there is none. */
    boolean selectUnread(int direction);

    /** The selected headline, or null. */
    Headline selectedHeadline();
}
