package dev.relay.bench;

/**
 * One connection's part in a load scenario.
 *
 * @param id           the member's number: its alias suffix, and the sender number in its messages
 * @param room         the room it joins
 * @param target       index of the server it connects to
 * @param loop         index of the event loop it runs on
 * @param sends        whether it sends messages
 * @param firstSender  the lowest sender number in its room
 * @param senders      how many sender numbers its room spans
 * @param receivers    members that receive each message it sends (the room but itself)
 * @param acknowledger the member that acknowledges its messages when the server does not echo them to the
 *                     sender; on the same loop; -1 when it does not send
 */
record Seat(int id, String room, int target, int loop, boolean sends, int firstSender, int senders, int receivers,
    int acknowledger) {
}
