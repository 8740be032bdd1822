package dev.kiosque.article;

/**
 * Every threshold of the extractor, named, with its unit. {@link #DEFAULTS} holds the tuned
 * values; tests and experiments may build other instances.
 *
 * @param minScoredChars       characters a text block needs before it adds to its ancestors' scores
 * @param charsPerPoint        characters of a text block worth one point of score
 * @param maxLengthPoints      cap, in points, on what a block's length may add
 * @param hintWeight           points added or removed by a positive or negative class/id hint
 * @param ancestorLevels       how many ancestors (levels) receive a share of a block's score
 * @param siblingScoreRatio    share (0-1) of the best score a sibling needs to be merged in
 * @param siblingMinScore      points a sibling needs at least to be merged in on its score
 * @param siblingParagraphChars characters a sibling paragraph needs to be merged in on its text
 * @param siblingLinkDensity   highest link density (0-1) of a merged sibling paragraph
 * @param minArticleChars      characters of body below which the main pass is deemed unsure and retried
 * @param heavyLinkDensity     link density (0-1) above which a box inside the content is dropped
 * @param lightLinkDensity     link density (0-1) above which a box without a positive hint is dropped
 * @param boxMinChars          characters below which a box with few commas is checked for clutter
 * @param relatedMaxChars      characters up to which a "Lire aussi"/"Read more" paragraph or box is dropped
 * @param maxCellChars         mean characters per cell above which a table is layout, not data
 */
public record ExtractorSettings(int minScoredChars, int charsPerPoint, int maxLengthPoints, int hintWeight,
                                int ancestorLevels, double siblingScoreRatio, double siblingMinScore,
                                int siblingParagraphChars, double siblingLinkDensity, int minArticleChars,
                                double heavyLinkDensity, double lightLinkDensity, int boxMinChars,
                                int relatedMaxChars, int maxCellChars) {

    /** The tuned values used by {@link Extractor}. */
    public static final ExtractorSettings DEFAULTS = new ExtractorSettings(
            25,     // minScoredChars: shorter blocks are captions, buttons, labels
            100,    // charsPerPoint: as in the Readability family
            3,      // maxLengthPoints: a single huge block must not outweigh structure
            25,     // hintWeight: one class/id hint is worth about 8 average paragraphs
            3,      // ancestorLevels: parent, grandparent, great-grandparent
            0.2,    // siblingScoreRatio
            10,     // siblingMinScore
            80,     // siblingParagraphChars: a real sentence or two
            0.25,   // siblingLinkDensity
            250,    // minArticleChars: shorter results trigger the looser retry
            0.5,    // heavyLinkDensity
            0.2,    // lightLinkDensity
            200,    // boxMinChars
            300,    // relatedMaxChars
            400);   // maxCellChars: prose in cells means layout
}
