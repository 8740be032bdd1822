/**
 * JMH micro-benchmarks: feed parsing against ROME and article extraction, on the same inputs as
 * the whole-process comparisons in {@code bench/}. Compiled only with the Maven profile
 * {@code bench} and run by {@code bench/jmh.sh}; nothing here ships in the jar.
 */
package dev.kiosque.bench;
