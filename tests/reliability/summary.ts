// The figures a reliability run prints at its end: each describe block's own, counted from zero again
// once printed.
const NONE = { inputsTried: 0, faultsInjected: 0, sendsChecked: 0, duplicates: 0, losses: 0 };

export const summary = { ...NONE };

export function printSummary(label: string): void {
  process.stdout.write(
    `\n${label}: inputs tried ${summary.inputsTried}, faults injected ${summary.faultsInjected}, sends checked ${summary.sendsChecked}, duplicates ${summary.duplicates}, losses ${summary.losses}\n`,
  );
  Object.assign(summary, NONE);
}
