package dev.relay.bus;

/**
 * A listener asks whether the connection limits admit a new socket from {@code client}; the answer comes back to
 * {@code edge} as {@link EdgeEvent.AdmissionDecided} for {@code conn}. A one-way message each way: a request with
 * a reply would register a reply handler per connection.
 */
public record AdmissionRequest(String edge, long conn, String client) {
}
