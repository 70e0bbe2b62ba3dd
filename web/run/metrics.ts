// The headline metrics as the page shows them: label, unit and formatter per headline key of
// src/experiments (throughputPerWeek, cycleTime, costPerDone, escalationsPerWeek, escapedDefects),
// and of the further figures a selection ranks or limits (cycle-time percentiles, budget use).
import {
  formatAxisNumber,
  formatCount,
  formatDuration,
  formatMoney,
  formatPercent,
  formatPerWeek,
} from '../charts/format.js';
import { selectionInfo } from '../../src/experiments/index.js';

export const headlineKeys = [
  'throughputPerWeek',
  'cycleTime',
  'costPerDone',
  'escalationsPerWeek',
  'escapedDefects',
] as const;

export const axisLabel: Record<string, string> = {
  throughputPerWeek: 'Items done per week',
  cycleTime: 'Mean cycle time (hours)',
  costPerDone: 'Cost per done item',
  escalationsPerWeek: 'Escalations per week',
  escapedDefects: 'Escaped defects (after warm-up)',
};

export function metricFormatter(key: string, currency: string): (v: number) => string {
  switch (selectionInfo(key).unit) {
    case 'per week':
      return formatPerWeek;
    case 'hours':
      return formatDuration;
    case 'money':
      return (v) => formatMoney(v, currency);
    case 'share':
      return formatPercent;
    default:
      return formatCount;
  }
}

/** Tick labels: plain numbers (the unit is in the axis label), money with its symbol. */
export function metricAxisFormatter(key: string, currency: string): (v: number) => string {
  const info = selectionInfo(key);
  if (info.unit === 'money') return (v) => formatMoney(v, currency);
  if (info.unit === 'share') return formatPercent;
  return formatAxisNumber;
}

export function metricLabel(key: string): string {
  const l = selectionInfo(key).label;
  return l.charAt(0).toUpperCase() + l.slice(1);
}
