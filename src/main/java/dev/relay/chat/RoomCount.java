package dev.relay.chat;

/** A room as {@code /rooms} lists it. */
public record RoomCount(String name, int members) {
}
