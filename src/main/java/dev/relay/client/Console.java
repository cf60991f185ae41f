package dev.relay.client;

/**
 * The user's side of the client: where typed lines come from and where the server's lines go.
 * {@link #readLine} is called by one thread at a time (first to ask for an alias, then by the input pump);
 * the other methods by the client loop, concurrently with a pending read.
 */
interface Console extends AutoCloseable {

  /** Blocks for the user's next line; null at the end of input (end of stdin, Ctrl-D, Ctrl-C). */
  String readLine();

  /** Shows a line from the server as it is. */
  void show(String serverLine);

  /** Shows something the client itself has to say, such as a lost connection. */
  void notice(String text);

  /** The prompt for the next and the current {@link #readLine}. */
  void prompt(String prompt);

  @Override
  void close();
}
