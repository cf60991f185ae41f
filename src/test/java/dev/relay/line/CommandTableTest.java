package dev.relay.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTableTest {

  @Test
  void plainLinesAreText() {
    assertThat(CommandTable.parse("hello /there")).isEqualTo(new Input.Text("hello /there"));
    assertThat(CommandTable.parse("//shrug")).isEqualTo(new Input.Text("/shrug"));
    assertThat(CommandTable.parse(" \t ")).isEqualTo(new Input.Blank());
  }

  @Test
  void commandsParseWithTheirArguments() {
    assertThat(command("/nick bob")).isEqualTo(new Command.Nick("bob"));
    assertThat(command("/JOIN #dev")).isEqualTo(new Command.Join("#dev", ""));
    assertThat(command("/msg bob  hi  there ")).isEqualTo(new Command.Msg("bob", "hi  there"));
    assertThat(command("/me waves")).isEqualTo(new Command.Me("waves"));
    assertThat(command("/quit")).isEqualTo(new Command.Quit(""));
    assertThat(command("/quit gone fishing")).isEqualTo(new Command.Quit("gone fishing"));
    assertThat(command("/who")).isEqualTo(new Command.Who());
    assertThat(command("/rooms")).isEqualTo(new Command.Rooms());
    assertThat(command("/help")).isEqualTo(new Command.Help());
  }

  @Test
  void wrongArgumentsAreBadUsage() {
    for (String line : new String[] {"/nick", "/nick a b", "/join", "/msg bob", "/msg", "/me", "/who x", "/help me"}) {
      assertThat(CommandTable.parse(line)).as(line).isInstanceOf(Input.BadUsage.class);
    }
  }

  @Test
  void unknownWordsAreNamedLowerCase() {
    assertThat(CommandTable.parse("/Dance now")).isEqualTo(new Input.Unknown("dance"));
    assertThat(CommandTable.parse("/")).isEqualTo(new Input.Unknown(""));
  }

  @Test
  void onlyHelpAndQuitAreAllowedBeforeAnAlias() {
    assertThat(CommandTable.specs()).filteredOn(CommandSpec::beforeAlias)
        .extracting(CommandSpec::name).containsExactly("help", "quit");
  }

  @Test
  void findLooksUpExactNames() {
    assertThat(CommandTable.find("msg")).map(CommandSpec::name).contains("msg");
    assertThat(CommandTable.find("quit")).map(CommandSpec::name).contains("quit");
    assertThat(CommandTable.find("MSG")).isEmpty();
    assertThat(CommandTable.find("dance")).isEmpty();
  }

  private static Command command(String line) {
    return ((Input.Invoke) CommandTable.parse(line)).command();
  }
}
