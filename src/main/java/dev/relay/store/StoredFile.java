package dev.relay.store;

import java.time.Instant;

/**
 * A file's metadata as the store keeps it (its bytes are in chunks, see {@link FileStore}).
 *
 * @param id          128 random bits, base64url
 * @param name        the safe name it was uploaded under
 * @param type        its type as detected from its content
 * @param size        its size in bytes, as kept
 * @param uploaderKey the uploader's alias folded for comparison
 * @param uploader    the uploader's alias as spelled
 * @param createdAt   when the upload began
 * @param expiresAt   when it stops being served
 */
public record StoredFile(String id, String name, String type, long size, String uploaderKey, String uploader,
    Instant createdAt, Instant expiresAt) {
}
