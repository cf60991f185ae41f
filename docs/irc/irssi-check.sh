#!/usr/bin/env bash
# End-to-end check of Relay's IRC gateway with a real IRC client (irssi) beside a
# line-protocol user, all on 127.0.0.1:
#   1. a line-protocol client logs in as LINE_ALIAS on LINE_PORT and joins room dev;
#   2. irssi (in a detached tmux session, throwaway --home) connects to IRC_PORT as
#      IRC_NICK and joins #dev; the line user must see "* IRC_NICK has joined dev";
#   3. irssi says a line in #dev; the line user must receive "IRC_NICK: <line>";
#   4. the line user says a line; irssi's screen must show it from LINE_ALIAS;
#   5. /names #dev in irssi must list both nicks;
#   6. both quit. The last irssi screen is printed at the end; with KEEP=1 the temp dir
#      (check.log, screen.txt or screen-at-failure.txt, irssi's home) is kept.
#
# Usage: irssi-check.sh IRC_PORT LINE_PORT
#        PEER=irc irssi-check.sh IRC_PORT OTHER_IRC_PORT
#   PEER=irc replaces the line-protocol user by a minimal IRC client on the second port
#   (for checking this script against another IRC server, e.g. InspIRCd).
# Environment: IRC_NICK (default irssiuser), LINE_ALIAS (default lineuser),
#   WAIT (seconds each step may take, default 20), KEEP=1 keeps the temp dir.
# Needs: irssi, tmux, /usr/bin/python3. Exit status 0 = every check passed.
set -u
IRC_PORT=${1:?usage: irssi-check.sh IRC_PORT LINE_PORT}
PEER_PORT=${2:?usage: irssi-check.sh IRC_PORT LINE_PORT}
export IRC_PORT PEER_PORT
export PEER=${PEER:-line} IRC_NICK=${IRC_NICK:-irssiuser} LINE_ALIAS=${LINE_ALIAS:-lineuser}
export WAIT=${WAIT:-20}
for tool in irssi tmux /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "irssi-check: $tool is not installed" >&2; exit 2; }
done

WORKDIR=$(mktemp -d /tmp/irssi-check.XXXXXX)
export WORKDIR
# A private tmux server, its socket in the temp dir: only what this script started is touched.
export TMUX_SOCKET=$WORKDIR/tmux.sock
unset TMUX
cleanup() {
  tmux -S "$TMUX_SOCKET" kill-server 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORKDIR"; else rm -rf "$WORKDIR"; fi
}
trap cleanup EXIT

# A throwaway irssi home with no servers or networks of its own: irssi connects to
# 127.0.0.1 and nowhere else. No autosave, no logging, no flood delay.
mkdir -p "$WORKDIR/home"
cat > "$WORKDIR/home/config" <<EOF
servers = ( );
chatnets = { };
channels = ( );
settings = {
  core = {
    real_name = "irssi check";
    user_name = "irssicheck";
    nick = "$IRC_NICK";
    settings_autosave = "no";
  };
  # irssi's flood protection sends a command every 2.2 s once 5 went out at once
  # (CAP, NICK, USER already count): off, so the steps are not delayed by seconds.
  # (A setting in the wrong section makes irssi ask "Remove unknown settings from
  # config file (Y/n)?", and that prompt eats the first line typed.)
  "irc/core" = { cmd_queue_speed = "0"; cmds_max_at_once = "100"; };
  "fe-common/core" = { autolog = "no"; beep_msg_level = ""; };
};
EOF

/usr/bin/python3 - <<'PYEOF'
import os, re, socket, subprocess, sys, time

IRC_PORT, PEER_PORT = int(os.environ["IRC_PORT"]), int(os.environ["PEER_PORT"])
PEER, NICK, ALIAS = os.environ["PEER"], os.environ["IRC_NICK"], os.environ["LINE_ALIAS"]
WAIT, WORKDIR, SOCK = float(os.environ["WAIT"]), os.environ["WORKDIR"], os.environ["TMUX_SOCKET"]
HOST, ROOM = "127.0.0.1", "dev"
FROM_IRSSI, FROM_PEER = "hello from irssi", f"hello from {PEER} client"
log_path = os.path.join(WORKDIR, "check.log")
t0 = time.monotonic()


def log(msg):
    line = f"{time.monotonic() - t0:6.2f} {msg}"
    print(line, flush=True)
    with open(log_path, "a") as f:
        f.write(line + "\n")


def fail(msg):
    log("FAIL: " + msg)
    save_screen("screen-at-failure.txt")
    sys.exit(1)


# ---- irssi in tmux ---------------------------------------------------------------
def tmux(*args):
    return subprocess.run(["tmux", "-S", SOCK, *args], capture_output=True, text=True)


def screen():
    # the visible screen of irssi (its scrollback is its own, not tmux history)
    return tmux("capture-pane", "-p", "-J", "-t", "irssi").stdout


def save_screen(name):
    with open(os.path.join(WORKDIR, name), "w") as f:
        f.write(screen())


def irssi_type(text):
    tmux("send-keys", "-t", "irssi", "-l", text)  # -l: literally, no key names
    tmux("send-keys", "-t", "irssi", "Enter")


def wait_screen(what, pred, timeout=WAIT):
    """Poll irssi's screen every 0.1 s until pred(screen) holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = screen()
        if pred(s):
            log(f"irssi: {what}")
            return s
        time.sleep(0.1)
    fail(f"irssi: no {what} within {timeout:.0f} s")


# ---- the other user --------------------------------------------------------------
class Peer:
    def __init__(self, port):
        self.sock = socket.create_connection((HOST, port), timeout=WAIT)
        self.buf = b""

    def send(self, line):
        log(f"{PEER} >> {line}")
        self.sock.sendall(line.encode() + b"\r\n")

    def wait_line(self, what, pred, timeout=WAIT):
        """Read lines until pred(line) holds; other lines are logged and skipped."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.buf:
                raw, self.buf = self.buf.split(b"\n", 1)
                line = raw.rstrip(b"\r").decode(errors="replace")
                log(f"{PEER} << {line}")
                if self.on_line(line):
                    continue
                if pred(line):
                    return line
            left = deadline - time.monotonic()
            if left <= 0:
                fail(f"{PEER} client: no {what} within {timeout:.0f} s")
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            if not data:
                fail(f"{PEER} client: connection closed while waiting for {what}")
            self.buf += data

    def on_line(self, line):
        return False


class LinePeer(Peer):
    """Relay's line protocol (docs/PROTOCOL.md): alias?, then plain lines."""
    name = ALIAS

    def login_and_join(self):
        # Answer only once "alias?" came with its line end (a bare "alias?" answered
        # without one selects the tutorial dialect).
        self.wait_line("alias? prompt", lambda l: l == "alias?")
        self.send(ALIAS)
        self.wait_line("welcome", lambda l: l.startswith(f"* You are now connected as {ALIAS}"))
        self.send(f"/join {ROOM}")
        self.wait_line(f"room {ROOM}", lambda l: l == f"* You are now in room {ROOM}")

    def wait_join_of(self, nick):
        self.wait_line(f"join notice of {nick}", lambda l: l == f"* {nick} has joined {ROOM}")

    def wait_message(self, nick, text):
        self.wait_line(f"message from {nick}", lambda l: l == f"{nick}: {text}")

    def say(self, text):
        self.send(text)

    def quit(self):
        self.send("/quit")
        self.wait_line("goodbye", lambda l: l == "* Goodbye")


class IrcPeer(Peer):
    """A minimal IRC client, for checking this script against another IRC server."""
    name = ALIAS

    def on_line(self, line):
        if line.startswith("PING"):
            self.send("PONG" + line[4:])
            return True
        return False

    def login_and_join(self):
        self.send(f"NICK {ALIAS}")
        self.send(f"USER {ALIAS} 0 * :irssi-check peer")
        self.wait_line("001", lambda l: l.split(" ")[1:2] == ["001"])
        self.send(f"JOIN #{ROOM}")
        self.wait_line("own JOIN", lambda l: l.startswith(f":{ALIAS}!") and " JOIN " in l)

    def wait_join_of(self, nick):
        self.wait_line(f"JOIN of {nick}", lambda l: l.startswith(f":{nick}!") and " JOIN " in l)

    def wait_message(self, nick, text):
        self.wait_line(f"PRIVMSG from {nick}",
                       lambda l: l.startswith(f":{nick}!") and l.endswith(f" PRIVMSG #{ROOM} :{text}"))

    def say(self, text):
        self.send(f"PRIVMSG #{ROOM} :{text}")

    def quit(self):
        self.send("QUIT :bye")
        self.wait_line("ERROR", lambda l: l.startswith("ERROR"))


# ---- the check -----------------------------------------------------------------------
try:
    peer = (LinePeer if PEER == "line" else IrcPeer)(PEER_PORT)
except OSError as e:
    fail(f"{PEER} client: cannot connect to {HOST}:{PEER_PORT}: {e}")
peer.login_and_join()

home = os.path.join(WORKDIR, "home")
r = tmux("new-session", "-d", "-s", "irssi", "-x", "160", "-y", "50",
         f"irssi --home={home} -n {NICK} -c {HOST} -p {IRC_PORT}")
if r.returncode != 0:
    fail(f"tmux: {r.stderr.strip()}")
log(f"irssi started in tmux (tmux -S {SOCK} attach), connecting to {HOST}:{IRC_PORT}")

# Join once registered. irssi prints "-!- Irssi: Connection to ... established" on
# connect; the server's numerics (001 "Welcome ...", 375/422 MOTD ...) then show up
# as "-!- " lines without "Irssi:". A /join typed earlier is not reliably sent.
wait_screen("registration",
            lambda s: re.search(r"Connection to .* established(.|\n)*-!- (?!Irssi:)\S", s))
joined = re.compile(rf"{re.escape(NICK)} \[.*\] has joined #{ROOM}")
deadline = time.monotonic() + WAIT
while not joined.search(screen()):
    if time.monotonic() > deadline:
        fail(f"irssi: did not join #{ROOM} within {WAIT:.0f} s")
    irssi_type(f"/join #{ROOM}")
    for _ in range(30):  # poll 3 s, then type /join again
        if joined.search(screen()):
            break
        time.sleep(0.1)
log(f"irssi: joined #{ROOM}")
peer.wait_join_of(NICK)

irssi_type(FROM_IRSSI)
peer.wait_message(NICK, FROM_IRSSI)

peer.say(FROM_PEER)
# irssi's default theme: "HH:MM <@nick> text", mode character or a space before the nick
wait_screen(f"message from {ALIAS}",
            lambda s: re.search(rf"<[ @%+~&]?{re.escape(ALIAS)}> {re.escape(FROM_PEER)}", s))

header = f"[Users #{ROOM}]"  # irssi prints this (then the nicks) for a NAMES reply
seen = screen().count(header)  # one already, from the join
irssi_type(f"/names #{ROOM}")
def names_has_both(s):
    # a new header appeared, and the text after the last one lists both nicks
    i = s.rfind(header)
    return s.count(header) > seen and all(
        re.search(rf"[\[ @%+~&]{re.escape(n)}\b", s[i:]) for n in (NICK, ALIAS))
wait_screen(f"/names #{ROOM} reply with {NICK} and {ALIAS}", names_has_both)
save_screen("screen.txt")

irssi_type("/quit irssi-check done")
peer.quit()
log("PASS: irssi and the " + PEER + " client saw each other's join and messages; /names lists both")
PYEOF
rc=$?
echo "--- irssi screen (last capture) ---"
{ cat "$WORKDIR/screen.txt" 2>/dev/null || cat "$WORKDIR/screen-at-failure.txt" 2>/dev/null; } |
  sed -e 's/[[:space:]]*$//' | grep -v '^$'
exit $rc
