package dev.kiosque.store;

/**
 * One request for a source as the fetch log keeps it: the URL actually fetched ({@code url}, null
 * for the source's own), the HTTP status (304 for not modified, 0 for no response), the bytes on
 * the wire and decoded, and the error (null when it went well).
 */
public record FetchRecord(String url, int status, long wireBytes, long decodedBytes, String error) {}
