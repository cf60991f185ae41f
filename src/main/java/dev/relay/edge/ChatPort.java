package dev.relay.edge;

/**
 * One port the listeners open, and the dialect spoken on it: an entry of the table {@code server.RelayServer}
 * builds (the line protocol, IRC, each plain and over TLS).
 *
 * @param name     how logs and {@code RelayServer} name the port
 * @param bindPort the configured port, or for "any free port" a negative number shared by the listener instances
 *                 of one server: Vert.x then binds one random port for all of them (port 0 would give each
 *                 instance its own)
 * @param tls      whether the port speaks TLS, with the chat's certificate
 * @param frontEnd what a connection on the port speaks
 */
public record ChatPort(String name, int bindPort, boolean tls, FrontEnd frontEnd) {
}
