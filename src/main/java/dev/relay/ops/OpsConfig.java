package dev.relay.ops;

/**
 * The operator HTTP port.
 *
 * @param host interface it listens on
 * @param port port; 0 picks a free one
 */
public record OpsConfig(String host, int port) {
}
