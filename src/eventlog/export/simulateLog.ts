// One replication's event log in memory (validation and drift measure simulated runs with the same
// code as the real log). Memory grows with the run's events: a few tens of MB for a year of the
// company; the export to a file (exportRunLog) is the streaming path.

import { simulate, type Model } from '../../core/index.js';
import { EventLogBuilder, type EventLog } from '../model/eventLog.js';
import { traceToLog, type LogClock } from './traceToLog.js';

export function simulateLog(model: Model, clock: LogClock, seed: string | number, replication: number): EventLog {
  const b = new EventLogBuilder();
  simulate(model, {
    seed,
    replication,
    monitor: traceToLog(
      model,
      clock,
      (e) => b.add(e),
      () => {},
    ),
  });
  return b.build();
}
