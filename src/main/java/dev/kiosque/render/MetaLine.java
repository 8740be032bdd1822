package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/** The parts of the line under the title: date · byline (else site) · section · N min read, missing ones left out. */
final class MetaLine {

    /** Written between parts. */
    static final String SEPARATOR = " · ";

    private MetaLine() {}

    static List<String> parts(Article article, Labels labels) {
        List<String> parts = new ArrayList<>();
        if (article.published() != null) parts.add(labels.date(article.published()));
        String by = PlainText.line(article.byline());
        if (by == null || by.isEmpty()) by = PlainText.line(article.site());
        if (by != null && !by.isEmpty()) parts.add(by);
        String section = PlainText.line(article.section());
        if (section != null && !section.isEmpty()) parts.add(section);
        String time = labels.readingTime(ReadingTime.minutes(article));
        if (time != null) parts.add(time);
        return parts;
    }
}
