/**
 * HTTP fetching for kiosque: {@link dev.kiosque.net.Fetcher} turns a {@link dev.kiosque.net.FetchRequest}
 * into a {@link dev.kiosque.net.FetchResult} with conditional GET, gzip/deflate decoding, size caps,
 * a deadline per request, per-host limits, proxies from the environment and redirects followed by
 * hand. {@code file:} URLs and plain paths are read from disk. Network trouble is a result, never an
 * exception. The only package that imports {@code java.net.http}; depends on {@code model} at most.
 */
package dev.kiosque.net;
