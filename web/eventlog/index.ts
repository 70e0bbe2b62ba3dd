// Event logs in the page: the Run tab's download of a replication's event log, and the drift check
// of an observed log against the design, both computed in a worker of their own with src/eventlog.
export { mountEventLogDownload } from './eventLogDownload.js';
export { mountDriftPanel } from './driftPanel.js';
