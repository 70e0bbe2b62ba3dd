// The tabs of the page as a registry: each panel is an id, a label and a mount function. main.ts
// mounts them in order; a new panel (select, drift, an event-log export) is one more entry, and
// `show` lets a panel switch tabs (a reopened result goes to its own tab).
import type { Runner } from '../run/runner.js';
import type { Store } from '../state/store.js';

export interface PanelContext {
  store: Store;
  runner: Runner;
  show: (id: string) => void;
}

export interface PanelSpec {
  id: string;
  label: string;
  /** Draws the panel into `host`; may return a function run each time the tab is shown. */
  mount: (host: HTMLElement, ctx: PanelContext) => (() => void) | void;
}

const panels: PanelSpec[] = [];

export function registerPanel(spec: PanelSpec): void {
  if (panels.some((p) => p.id === spec.id)) throw new Error(`panel ${spec.id} is registered twice`);
  panels.push(spec);
}

export function registeredPanels(): readonly PanelSpec[] {
  return panels;
}
