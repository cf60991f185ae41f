package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveHeapTest {

  @Test
  void readsTheTotalOfAClassHistogram() {
    String histogram = """
        12345:
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:         21312       41494816  [Ljava.lang.Object; (java.base@17.0.15)
           2:         10000        5760000  io.netty.util.internal.shaded.org.jctools.queues.MpscUnboundedArrayQueue
        Total        160954       89958464
        """;

    assertThat(LiveHeap.parse(histogram)).hasValue(89_958_464);
  }

  @Test
  void anAnswerWithoutATotalGivesNothing() {
    assertThat(LiveHeap.parse("12345:\ncom.sun.tools.attach.AttachNotSupportedException: no such process\n")).isEmpty();
  }

  @Test
  void noSuchProcessGivesNothing() {
    assertThat(LiveHeap.bytes(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void thisJvmHasALiveHeap() {
    assertThat(LiveHeap.bytes(ProcessHandle.current().pid()).orElse(0)).isGreaterThan(1_000_000);
  }
}
