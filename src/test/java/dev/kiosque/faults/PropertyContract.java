package dev.kiosque.faults;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Issue 7, the properties themselves: the feed parser, the date parser, the extractor, the
 * sanitiser and the wrapper never throw on arbitrary input; sanitised text holds no control
 * character; no wrapped line is wider than its width. Subclasses say how many tries.
 */
abstract class PropertyContract {

    @Provide
    Arbitrary<byte[]> bytes() {
        return Properties.anyBytes();
    }

    @Provide
    Arbitrary<String> text() {
        return Properties.anyText();
    }

    @Provide
    Arbitrary<String> feedish() {
        return Properties.feedish();
    }

    @Provide
    Arbitrary<String> htmlish() {
        return Properties.htmlish();
    }

    @Property
    void the_feed_reader_never_throws_on_bytes(@ForAll("bytes") byte[] body) {
        Properties.feedReaderNeverThrowsAndGivesPlainText(body);
    }

    @Property
    void the_feed_reader_never_throws_on_feed_shaped_text(@ForAll("feedish") String body) {
        Properties.feedReaderNeverThrows(body);
    }

    @Property
    void the_date_parser_never_throws(@ForAll("text") String text) {
        Properties.datesNeverThrow(text);
    }

    @Property
    void the_extractor_never_throws_on_page_shaped_text(@ForAll("htmlish") String html) {
        Properties.extractorNeverThrowsAndGivesPlainText(html);
    }

    @Property
    void the_extractor_never_throws_on_bytes(@ForAll("bytes") byte[] html) {
        Properties.extractorNeverThrowsOnBytes(html);
    }

    @Property
    void sanitized_text_holds_no_control_character(@ForAll("text") String text) {
        Properties.sanitizedTextHasNoControl(text);
    }

    @Property
    void no_wrapped_line_is_wider_than_its_width(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 120) int width) {
        Properties.noWrappedLineIsWiderThanItsWidth(text, width);
    }

    @Property
    void prefixed_wrapped_lines_fit_too(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 60) int width,
                                        @ForAll @StringLength(max = 6) String prefix) {
        Properties.prefixedLinesFitToo(text, width, prefix);
    }
}
