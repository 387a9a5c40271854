package dev.billhook.cli.demo;

/** A step of the demo did not go as a correct server and receiver would make it go. */
final class DemoFailure extends RuntimeException {
    DemoFailure(String message) {
        super(message, null, false, false);
    }
}
