package dev.relay.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the scenarios that send messages share: their options, the run and the report. A scenario only
 * says who is where.
 */
abstract class LoadScenario implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  FleetOptions fleetOptions;

  @Mixin
  LoadOptions loadOptions;

  @Override
  public Integer call() {
    LoadPlan plan;
    try {
      FleetSettings fleet = fleetOptions.settings(loadOptions.naturalSeconds());
      plan = plan(fleet, loadOptions.settings(fleet.dialect()));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    LoadFigures figures = new LoadRun(plan, spec.commandLine().getErr()).execute();
    Report.print(spec.commandLine().getOut(), fleetOptions.json, LoadReport.summary(figures), LoadReport.json(figures));
    return figures.exitCode();
  }

  /** The plan of this scenario; throws IllegalArgumentException for wrong usage. */
  abstract LoadPlan plan(FleetSettings fleet, LoadSettings load);
}
