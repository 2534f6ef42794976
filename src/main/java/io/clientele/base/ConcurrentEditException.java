package io.clientele.base;

/** Someone else saved the record since it was opened; the caller's input is kept, nothing is overwritten. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException() {
        super("error.concurrent-edit");
    }
}
