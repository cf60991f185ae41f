package dev.relay.files;

import java.nio.file.Path;
import java.time.Clock;

/** What the upload handler works with, built once by {@link FileSharing}. */
record UploadParts(UploadsConfig config, UploadTokens tokens, UploadLimits limits, ChunkWriter writer, FileIds ids,
    FileLinks links, Clock clock, Path tempDir) {
}
