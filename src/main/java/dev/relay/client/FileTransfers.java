package dev.relay.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code /send} and {@code /get} on the client loop: checks what the user asked, asks the server for an upload token,
 * starts the transfer ({@link HttpUpload}, {@link HttpDownload}) and, once the server took the file, shares it in the
 * room. One send and one download at a time.
 *
 * <p>Confined to the client loop: transfers run on Vert.x's threads and report back only through {@link News} events
 * on the loop's queue. Relies on the server answering commands in order: the first token line or {@code ! } error
 * after our {@code /upload} is its answer.
 */
final class FileTransfers {

  /** What a transfer reports to the client loop. */
  sealed interface News {

    /** How far a transfer is, {@code sending cat.png: 40% (4.0 of 10.0 MB)}. */
    record Moved(boolean send, String line) implements News {
    }

    record Sent(HttpTransfers.Uploaded file) implements News {
    }

    record Saved(HttpDownload.Saved file) implements News {
    }

    record Failed(boolean send, String line) implements News {
    }
  }

  /** What became of a line the user typed. */
  enum Typed {
    /** Not the client's: it goes to the server. */
    NOT_MINE,
    /** Done with at once (refused, with a word why). */
    DONE,
    /** A transfer is under way; it ends with a {@link News}. */
    UNDER_WAY
  }

  /** The connection to the server, as far as this class needs it. */
  interface ToServer {

    /** Sends {@code line}; false when there is no connection to send it on. */
    boolean send(String line);
  }

  static final String HELP = "* the client's own: /send PATH uploads a file and shares it in the room; "
      + "/get ID|URL [PATH] downloads a shared file (into the current directory, or PATH)";

  private record Waiting(Path path, String name, long size) {
  }

  private final Console console;
  private final Consumer<ClientEvent> events;
  private final HttpTransfers http;
  private final ToServer server;
  private final Runnable ended;
  private final boolean progressInPrompt;
  private final SharedFiles shared = new SharedFiles(SharedFiles.KEPT);
  /** The file of our {@code /upload}, until its answer. */
  private Waiting waiting;
  private boolean exampleNext;
  private boolean sending;
  private boolean getting;
  private String sendProgress;
  private String getProgress;

  /**
   * @param ended            called on the loop whenever a transfer (or the wait for its token) ends, whichever way
   * @param progressInPrompt progress is shown in the prompt, redrawn in place ({@link #progress()}), not as notices
   */
  FileTransfers(Console console, Consumer<ClientEvent> events, HttpTransfers http, ToServer server, Runnable ended,
      boolean progressInPrompt) {
    this.console = console;
    this.events = events;
    this.http = http;
    this.server = server;
    this.ended = ended;
    this.progressInPrompt = progressInPrompt;
  }

  Typed typed(String line) {
    if (line.strip().equalsIgnoreCase("/help")) {
      console.notice(HELP);
      return Typed.NOT_MINE;
    }
    Optional<FileCommand> command = FileCommand.parse(line);
    if (command.isEmpty()) {
      return Typed.NOT_MINE;
    }
    try {
      return start(command.get());
    } catch (InvalidPathException e) {
      return refuse("! not a path: " + e.getInput());
    }
  }

  /** Whether {@code line} answered our {@code /upload} and is not to be shown. */
  boolean onServerLine(String line) {
    shared.onLine(line);
    if (exampleNext) {
      exampleNext = false;
      if (FileLines.isExample(line)) {
        return true;
      }
    }
    if (waiting == null) {
      return false;
    }
    Optional<FileLines.Grant> grant = FileLines.grant(line);
    if (grant.isPresent()) {
      exampleNext = true;
      upload(grant.get());
      return true;
    }
    if (line.startsWith(ServerLine.ERROR)) {
      waiting = null;
      ended.run();
    }
    return false;
  }

  void onNews(News news) {
    if (news instanceof News.Moved moved) {
      moved(moved);
      return;
    }
    if (news instanceof News.Sent sent) {
      sending = false;
      sendProgress = null;
      HttpTransfers.Uploaded file = sent.file();
      console.notice("* sent " + file.name() + " (" + ByteSize.format(file.size()) + ")");
      if (!server.send("/share " + file.id())) {
        console.notice("* not shared, no connection: /share " + file.id() + " shares it once back");
      }
    } else if (news instanceof News.Saved saved) {
      getting = false;
      getProgress = null;
      Path path = saved.file().path();
      console.notice("* saved " + path.getFileName() + " (" + ByteSize.format(saved.file().size()) + ") to " + path);
    } else if (news instanceof News.Failed failed) {
      sending = sending && !failed.send();
      getting = getting && failed.send();
      sendProgress = failed.send() ? null : sendProgress;
      getProgress = failed.send() ? getProgress : null;
      console.notice(failed.line());
    }
    ended.run();
  }

  /** The last progress of the transfers under way, for the prompt; empty when none has any. */
  Optional<String> progress() {
    if (sendProgress == null || getProgress == null) {
      return Optional.ofNullable(sendProgress != null ? sendProgress : getProgress);
    }
    return Optional.of(sendProgress + " | " + getProgress);
  }

  /** The connection is gone: an {@code /upload} still unanswered never will be. */
  void connectionLost() {
    exampleNext = false;
    if (waiting != null) {
      console.notice("! " + waiting.name() + " not sent: the connection was lost before the server gave a token");
      waiting = null;
      ended.run();
    }
  }

  private Typed start(FileCommand command) {
    if (command instanceof FileCommand.Wrong wrong) {
      return refuse(wrong.message());
    }
    if (command instanceof FileCommand.Send send) {
      return send(LocalPaths.of(send.path()));
    }
    if (command instanceof FileCommand.GetId byId) {
      Optional<String> url = shared.url(byId.id());
      return url.isEmpty()
          ? refuse("! no file " + byId.id() + " among the files shared lately; /get URL takes its address")
          : get(url.get(), byId.path());
    }
    FileCommand.GetUrl byUrl = (FileCommand.GetUrl) command;
    return get(byUrl.url(), byUrl.path());
  }

  private Typed send(Path path) {
    if (sending || waiting != null) {
      return refuse("! a file is being sent already; one at a time");
    }
    Optional<String> wrong = LocalPaths.unreadable(path);
    if (wrong.isPresent()) {
      return refuse("! cannot send " + path + ": " + wrong.get());
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      return refuse("! cannot send " + path + ": " + e.getMessage());
    }
    if (!server.send("/upload")) {
      return refuse("! not sent: no connection");
    }
    waiting = new Waiting(path, path.getFileName().toString(), size);
    return Typed.UNDER_WAY;
  }

  private void upload(FileLines.Grant grant) {
    Waiting file = waiting;
    waiting = null;
    if (grant.maxBytes().isPresent() && file.size() > grant.maxBytes().getAsLong()) {
      console.notice("! " + file.name() + " not sent: it is " + ByteSize.format(file.size())
          + ", the server takes files up to " + grant.limit());
      ended.run();
      return;
    }
    sending = true;
    new HttpUpload(http).send(file.path(), file.name(), file.size(), grant.url(), grant.token(),
        line -> moved(true, line))
        .onComplete(done -> events.accept(new ClientEvent.FileNews(done.succeeded()
            ? new News.Sent(done.result())
            : new News.Failed(true, failure("upload", file.name(), done.cause())))));
  }

  private Typed get(String url, Optional<String> to) {
    if (getting) {
      return refuse("! a file is being downloaded already; one at a time");
    }
    Path directory = Path.of(".");
    Optional<String> name = Optional.empty();
    if (to.isPresent()) {
      Path target = LocalPaths.of(to.get());
      if (Files.isDirectory(target)) {
        directory = target;
      } else {
        directory = target.getParent() != null ? target.getParent() : directory;
        name = Optional.of(target.getFileName().toString());
        if (!Files.isDirectory(directory)) {
          return refuse("! cannot save to " + target + ": no directory " + directory);
        }
      }
    }
    getting = true;
    new HttpDownload(http).get(url, directory, name, line -> moved(false, line))
        .onComplete(done -> events.accept(new ClientEvent.FileNews(done.succeeded()
            ? new News.Saved(done.result())
            : new News.Failed(false, failure("download", url, done.cause())))));
    return Typed.UNDER_WAY;
  }

  /** Called on a Vert.x thread. */
  private void moved(boolean send, String line) {
    events.accept(new ClientEvent.FileNews(new News.Moved(send, line)));
  }

  private void moved(News.Moved moved) {
    if (!progressInPrompt) {
      console.notice("* " + moved.line());
    } else if (moved.send() && sending) {
      sendProgress = moved.line();
    } else if (!moved.send() && getting) {
      getProgress = moved.line();
    }
  }

  private Typed refuse(String line) {
    console.notice(line);
    return Typed.DONE;
  }

  private static String failure(String what, String of, Throwable cause) {
    if (cause instanceof HttpTransfers.Refused refused) {
      return "! " + what + " refused: " + refused.getMessage();
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = words(cause) + (root != cause && root.getMessage() != null ? " (" + root.getMessage() + ")" : "");
    return "! " + what + " of " + of + " failed: " + why;
  }

  private static String words(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
