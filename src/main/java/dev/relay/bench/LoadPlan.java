package dev.relay.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything a load run is asked to do.
 *
 * @param scenario      the scenario's name
 * @param targets       the servers; seats refer to them by index
 * @param layout        who is where
 * @param fleet         how to connect
 * @param load          warm-up, measurement, window, message size
 * @param ratePerSender messages per second of each sender, or 0 to send as fast as the window allows
 */
record LoadPlan(String scenario, List<Target> targets, Layout layout, FleetSettings fleet, LoadSettings load,
    double ratePerSender) {

  Dialect dialect() {
    return fleet.dialect();
  }

  String targetList() {
    return targets.stream().map(Target::toString).collect(Collectors.joining(","));
  }
}
