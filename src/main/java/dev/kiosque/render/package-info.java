/**
 * Article rendering: an {@link dev.kiosque.model.Article} laid out as terminal lines at a width
 * (header, body blocks, numbered link references and the list of their URLs), as plain text, or
 * as Markdown. Pure functions of the article: nothing is fetched, nothing is cached. Depends only on
 * {@code model} and {@code text}.
 */
package dev.kiosque.render;
