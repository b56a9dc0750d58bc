package io.wasm4j.it.spec;

/**
 * The result of checking one command: an outcome, the backend that ran it ({@code none} when nothing was
 * executed) and a message (empty on a plain pass).
 */
record Verdict(Outcome outcome, String backend, String message) {

    static final String NO_BACKEND = "none";

    static Verdict pass(String message) {
        return new Verdict(Outcome.PASS, NO_BACKEND, message);
    }

    static Verdict fail(String message) {
        return new Verdict(Outcome.FAIL, NO_BACKEND, message);
    }

    static Verdict skip(String reason) {
        return new Verdict(Outcome.SKIP, NO_BACKEND, reason);
    }
}
