package dev.relay.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides what the user is shown of the server's lines so that no room line is shown twice and none is left out
 * unsaid: live room lines lose their {@code [#ID] } (the client asks for ids only to keep count), the answer to the
 * client's own {@code /ids on} is not shown, and the last lines a room gives on entering it, or a {@code /resume}
 * gives, are shown only above the last line already shown in that room ({@link SeenLines}). A {@code /history} the
 * user asked for is shown as it is.
 *
 * <p>Relies on the server's order (docs/PROTOCOL.md): a room's last lines come right after the line that put us in
 * it (the welcome, {@code * You are now in room R}, perhaps after its topic and members), before any live line of
 * the room and any answer to a later command; the lines of a block come together; a live line is never in a block
 * that came before it. Plain state, confined to the client loop.
 */
final class RoomLines {

  /** What to do with a server line: show (a server line), or note (the client's own words). */
  sealed interface Out {

    record Show(String line) implements Out {
    }

    record Note(String text) implements Out {
    }
  }

  private enum Kind {
    /** The last lines of a room just entered: only the new ones are shown, and nothing if none is. */
    ENTERED,
    /** Lines of the lobby the client only passes through on its way back to the user's room: none is shown. */
    HIDDEN,
    /** The lines missed, answering {@code /resume}: the count is always shown, the lines if new. */
    MISSED,
    /** Lines the user asked for: shown as they are. */
    ASKED
  }

  private final SeenLines seen;
  /** Answers to our own {@code /ids on} still to come, not to be shown. */
  private int idsAsked;
  /** The room just entered, whose last lines may come next; null when none are expected. */
  private String entering;
  private boolean hideEntering;
  private Block block;

  RoomLines(SeenLines seen) {
    this.seen = seen;
  }

  /** The client sent {@code /ids on}; its answer is not shown. */
  void askedIds() {
    idsAsked++;
  }

  /**
   * The server put us in {@code room}; its last lines may follow. {@code passingThrough}: the client leaves it at
   * once (to go back to the user's room), so they are not shown, nor counted as seen.
   */
  void entered(String room, boolean passingThrough) {
    entering = room;
    hideEntering = passingThrough;
  }

  /** The connection is gone: nothing more will come of what it had started. */
  void connectionLost() {
    idsAsked = 0;
    entering = null;
    block = null;
  }

  /**
   * What to show for the server's {@code line}, parsed as {@code parsed}, while the client is in {@code room} (null
   * before the welcome).
   */
  List<Out> onLine(ServerLine parsed, String line, String room) {
    List<Out> out = new ArrayList<>();
    if (block != null) {
      if (block.takes(parsed, line, out)) {
        if (block.ended) {
          block = null;
        }
        return out;
      }
      // Something else than a block's line: the block ended without its end line.
      block.end(null, out);
      block = null;
    }
    if (parsed instanceof ServerLine.RoomLine live) {
      entering = null;
      live(live, room, out);
    } else if (parsed instanceof ServerLine.HistoryStart start) {
      historyStart(start, line, out);
    } else if (parsed instanceof ServerLine.MissedStart missed) {
      entering = null;
      out.add(new Out.Show(line));
      if (missed.follow() > 0 && room != null) {
        block = new Block(Kind.MISSED, room, null);
      }
    } else if (parsed instanceof ServerLine.Renumbered renumbered) {
      entering = null;
      seen.renumbered(renumbered.room(), 0);
      out.add(new Out.Show(line));
      if (renumbered.follow() > 0) {
        block = new Block(Kind.MISSED, renumbered.room(), null);
      }
    } else if (parsed instanceof ServerLine.IdsShown && idsAsked > 0) {
      // Our /ids on came after the welcome's block: the lobby's last lines are no longer expected.
      idsAsked--;
      entering = null;
    } else {
      if (parsed instanceof ServerLine.Error) {
        entering = null;
      }
      out.add(new Out.Show(line));
    }
    return out;
  }

  /**
   * A live line is always shown: the server sends each once, so one not above the last shown means it numbers the
   * room's lines anew (it lost them, as a server without a store does when it restarts). Not showing it would
   * hide every line until the numbering caught up.
   */
  private void live(ServerLine.RoomLine live, String room, List<Out> out) {
    if (room != null) {
      if (seen.isNew(room, live.id())) {
        seen.shown(room, live.id());
      } else {
        seen.renumbered(room, live.id());
        out.add(new Out.Note("* the server numbers the lines of " + room + " anew, from #" + live.id()));
      }
    }
    out.add(new Out.Show(live.text()));
  }

  private void historyStart(ServerLine.HistoryStart start, String line, List<Out> out) {
    boolean entered = entering != null && sameRoom(entering, start.room());
    boolean hidden = entered && hideEntering;
    entering = null;
    if (hidden) {
      block = start.lines() > 0 ? new Block(Kind.HIDDEN, start.room(), null) : null;
    } else if (start.lines() == 0) {
      out.add(new Out.Show(line));
    } else if (entered) {
      block = new Block(Kind.ENTERED, start.room(), line);
    } else {
      out.add(new Out.Show(line));
      block = new Block(Kind.ASKED, start.room(), null);
    }
  }

  private static boolean sameRoom(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  /** A block of lines read back, between its start line and its end line. */
  private final class Block {

    private final Kind kind;
    private final String room;
    /** The start line, held until a line under it is shown; null once shown (or shown at once). */
    private String header;
    /** The last day line, held until a line under it is shown. */
    private String day;
    private boolean anyShown;
    private int skipped;
    private boolean ended;

    Block(Kind kind, String room, String header) {
      this.kind = kind;
      this.room = room;
      this.header = header;
    }

    /** Takes {@code parsed} if it belongs to the block (a day, a line, the end). */
    boolean takes(ServerLine parsed, String line, List<Out> out) {
      if (parsed instanceof ServerLine.Day) {
        day(line, out);
      } else if (parsed instanceof ServerLine.KeptLine kept) {
        kept(kept.id(), line, out);
      } else if (parsed instanceof ServerLine.BlockEnd) {
        end(line, out);
      } else {
        return false;
      }
      return true;
    }

    private void day(String line, List<Out> out) {
      if (kind == Kind.ASKED) {
        out.add(new Out.Show(line));
      } else if (kind != Kind.HIDDEN) {
        day = line;
      }
    }

    private void kept(long id, String line, List<Out> out) {
      if (kind == Kind.HIDDEN) {
        return;
      }
      if (kind == Kind.ASKED) {
        seen.shown(room, id);
        out.add(new Out.Show(line));
        return;
      }
      if (!seen.isNew(room, id)) {
        skipped++;
        return;
      }
      seen.shown(room, id);
      if (header != null) {
        out.add(new Out.Show(header));
        header = null;
      }
      if (day != null) {
        out.add(new Out.Show(day));
        day = null;
      }
      anyShown = true;
      out.add(new Out.Show(line));
    }

    /** The block's end: {@code line} is its end line, or null when it ended without one. */
    void end(String line, List<Out> out) {
      ended = true;
      boolean shown = kind == Kind.ASKED || kind == Kind.MISSED || (kind == Kind.ENTERED && anyShown);
      if (line != null && shown) {
        out.add(new Out.Show(line));
      }
      if (skipped > 0 && (anyShown || kind == Kind.MISSED)) {
        out.add(new Out.Note("* " + skipped + (skipped == 1 ? " line" : " lines") + " of " + room
            + " shown before, not repeated"));
      }
    }
  }
}
