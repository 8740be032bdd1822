/**
 * feeds.yaml: finding it ({@link dev.kiosque.config.ConfigPaths}), loading and validating it with
 * {@code FILE:LINE:COL} errors ({@link dev.kiosque.config.ConfigLoader}), editing it in place
 * without disturbing comments or layout ({@link dev.kiosque.config.FeedsFileEditor}), and OPML
 * import/export ({@link dev.kiosque.config.Opml}). Depends on model, text and Jackson YAML.
 */
package dev.kiosque.config;
