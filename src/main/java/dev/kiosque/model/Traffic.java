package dev.kiosque.model;

/**
 * Bytes and requests over some period, for the byte ledger. {@code wireBytes} is what came over
 * the network (headers and compressed bodies); {@code decodedBytes} the bodies once decoded;
 * {@code savedByNotModified} the last full size of each resource that answered 304 instead;
 * {@code savedByCompression} the sum over bodies of decoded minus wire size (never negative).
 */
public record Traffic(long requests, long notModified, long wireBytes, long decodedBytes,
                      long savedByNotModified, long savedByCompression) {

    /** No traffic at all. */
    public static final Traffic NONE = new Traffic(0, 0, 0, 0, 0, 0);

    /** The sum of this and {@code other}. */
    public Traffic plus(Traffic other) {
        return new Traffic(requests + other.requests, notModified + other.notModified,
                wireBytes + other.wireBytes, decodedBytes + other.decodedBytes,
                savedByNotModified + other.savedByNotModified, savedByCompression + other.savedByCompression);
    }

    /**
     * One request: {@code notModified} for a 304, whose saving is {@code lastFullSize}; a body's
     * compression saving is its decoded size less its wire size.
     */
    public static Traffic of(boolean notModified, long wireBytes, long decodedBytes, long lastFullSize) {
        return new Traffic(1, notModified ? 1 : 0, wireBytes, decodedBytes, notModified ? lastFullSize : 0,
                Math.max(0, decodedBytes - wireBytes));
    }
}
