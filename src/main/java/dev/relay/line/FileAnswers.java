package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.bus.SharedFile;
import dev.relay.chat.Names;
import io.vertx.core.AsyncResult;

/**
 * What the file service's answer to {@code /upload} or {@code /share} comes to for the member asking: a token to
 * tell it, its own file to share, or why not.
 */
sealed interface FileAnswers {

  /** The token, as an event of the member's dialect. */
  record Tell(ChatEvent.UploadGranted granted) implements FileAnswers {
  }

  /** The member's own file, to share in the room it asked in. */
  record Share(SharedFile file) implements FileAnswers {
  }

  /** Refused: the error line. */
  record Refuse(String error) implements FileAnswers {
  }

  static FileAnswers of(FileRequest request, AsyncResult<FileReply> answer, String alias) {
    FileReply reply = answer.succeeded() ? answer.result() : new FileReply.Refused(Replies.UPLOADS_OFF);
    if (reply instanceof FileReply.Granted g) {
      return new Tell(new ChatEvent.UploadGranted(g.token(), g.uploadUrl(), g.maxBytes(), g.validSeconds()));
    }
    if (reply instanceof FileReply.Found found) {
      return Names.key(found.uploader()).equals(Names.key(alias)) ? new Share(found.file())
          : new Refuse(Replies.notYourFile(((FileRequest.Describe) request).id()));
    }
    return new Refuse("! " + ((FileReply.Refused) reply).why());
  }
}
