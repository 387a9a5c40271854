package dev.billhook.server.store;

/** A database failure the caller cannot fix: reported as an opaque 500 at the API boundary. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
