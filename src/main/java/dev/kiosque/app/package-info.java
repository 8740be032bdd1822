/**
 * The use cases shared by the command line and the text UI: refresh, list, mark, open an article,
 * preview and discover feeds. Orchestrates config, net, feed, store and article; owns the threads
 * that do long work.
 */
package dev.kiosque.app;
