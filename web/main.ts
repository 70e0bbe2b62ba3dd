// opsim in the browser. This entry builds the page from the folders next to it: state/ (the
// store, persistence, undo), load/ (bundled scenarios, files, drag and drop, paste, issues),
// diagram/ (the operating model drawn with d3), edit/ (the key-numbers form and variants),
// share/ (download and links), run/ (runs, comparisons, sweeps and over-time views, all
// simulated in Web Workers) and charts/ (one chart per file). Scenario text is only ever
// inserted as text (textContent, d3 .text()), never as HTML.
import { el } from './dom/el.js';
import { mountDesignView } from './diagram/designView.js';
import { mountEditPanel } from './edit/editPanel.js';
import { bundledScenarios } from './load/bundled.js';
import { mountIssuesView } from './load/issuesView.js';
import { loadText } from './load/loadText.js';
import { mountFirstVisitGuide } from './page/firstVisitGuide.js';
import { mountHeaderBar } from './page/headerBar.js';
import { registerPanel, registeredPanels } from './page/panelRegistry.js';
import { mountTabs } from './page/tabs.js';
import { mountComparePanel } from './run/comparePanel.js';
import { keepResults, restoreResults } from './run/keepResults.js';
import { mountRecentPanel } from './run/recentPanel.js';
import { mountOverTimePanel } from './run/overTimePanel.js';
import { mountRunPanel } from './run/runPanel.js';
import { createRunner } from './run/runner.js';
import { mountRunSettings } from './run/runSettings.js';
import { mountSelectPanel } from './run/selectPanel.js';
import { mountSweepPanel } from './run/sweepPanel.js';
import { decodeShareFragment } from './share/decodeShareFragment.js';
import { emptyState } from './state/appState.js';
import { undo } from './state/history.js';
import { restoreWork, saveWork } from './state/persist.js';
import { createStore } from './state/store.js';

const app = document.getElementById('app')!;
const store = createStore(emptyState);
const runner = createRunner(store);

const header = el('header', { class: 'header' });
const aside = el('aside', { class: 'side', 'aria-label': 'Key numbers of the design' });
const issues = el('section', { class: 'issues', 'data-testid': 'issues-panel', hidden: true });
const settings = el('div', { class: 'run-settings', role: 'group', 'aria-label': 'Run settings' });
const views = el('section', { class: 'views', id: 'views', tabindex: -1, 'aria-label': 'Design and results' });
const skip = el(
  'a',
  { class: 'skip-link', href: '#views', 'data-testid': 'skip-link' },
  'Skip to the design and results',
);
// The key numbers come after the results in the tab order (and sit on the left on wide screens,
// below on narrow ones): before, 57 presses of Tab went through the form to reach the tabs.
const guide = el('div', {});
app.append(skip, header, el('div', { class: 'body' }, el('main', {}, guide, issues, settings, views), aside));
mountFirstVisitGuide(guide);

mountHeaderBar(header, store, () =>
  undo(store, (snap) => {
    void loadText(store, snap.file, snap.text, {
      fresh: snap.file !== store.get().file,
      variant: snap.variant,
      edits: snap.edits,
      editBase: snap.editBase,
      seed: snap.seed,
      replications: snap.replications,
      warmup: snap.warmup,
      notice: 'Undone.',
    });
  }),
);
mountIssuesView(issues, store);
mountEditPanel(aside, store);
mountRunSettings(settings, store, runner);

// The tabs, in order; a colleague's panel (select, drift…) is one more registerPanel call.
registerPanel({ id: 'design', label: 'Design', mount: (host, c) => mountDesignView(host, c.store, c.runner) });
registerPanel({ id: 'run', label: 'Run', mount: (host, c) => mountRunPanel(host, c.store, c.runner) });
registerPanel({ id: 'compare', label: 'Compare', mount: (host, c) => mountComparePanel(host, c.store, c.runner) });
registerPanel({ id: 'sweep', label: 'Sweep', mount: (host, c) => mountSweepPanel(host, c.store, c.runner) });
registerPanel({ id: 'select', label: 'Select', mount: (host, c) => mountSelectPanel(host, c.store, c.runner) });
registerPanel({ id: 'overtime', label: 'Over time', mount: (host, c) => mountOverTimePanel(host, c.store, c.runner) });
registerPanel({
  id: 'recent',
  label: 'Recent runs',
  mount: (host, c) => mountRecentPanel(host, c.store, c.runner, c.show),
});
let showTab: (id: string) => void = () => {};
const context = { store, runner, show: (id: string) => showTab(id) };
const onShow = new Map<string, () => void>();
const tabs = registeredPanels().map((p) => {
  const panel = el('div', {});
  const shown = p.mount(panel, context);
  if (shown) onShow.set(p.id, shown);
  return { id: p.id, label: p.label, panel };
});
showTab = mountTabs(views, tabs, (id) => onShow.get(id)?.());
keepResults(store, runner);

// Keep the current work across reloads.
store.subscribe((s, p) => {
  if (
    s.text === p.text &&
    s.variant === p.variant &&
    s.edits === p.edits &&
    s.seed === p.seed &&
    s.replications === p.replications &&
    s.warmup === p.warmup
  )
    return;
  if (s.text === '') return;
  const problem = saveWork({
    file: s.file,
    text: s.text,
    variant: s.variant,
    edits: s.edits,
    editBase: s.editBase,
    seed: s.seed,
    replications: s.replications,
    warmup: s.warmup,
  });
  if (problem) store.set({ notice: { kind: 'error', text: problem } });
});

async function start(): Promise<void> {
  const shared = await decodeShareFragment(location.hash);
  if (shared?.ok) {
    const { payload } = shared;
    await loadText(store, payload.file || 'shared.yaml', payload.text, {
      fresh: true,
      variant: payload.variant,
      seed: payload.seed,
      replications: payload.replications,
      warmup: payload.warmup,
      notice: `Opened a shared link: ${payload.file}.`,
    });
    // The work now lives in localStorage; dropping the fragment lets a reload keep later edits.
    history.replaceState(null, '', location.pathname + location.search);
  } else {
    if (shared && !shared.ok) store.set({ notice: { kind: 'error', text: shared.message } });
    const saved = restoreWork();
    if (saved) {
      await loadText(store, saved.file, saved.text, {
        fresh: true,
        seed: saved.seed,
        replications: saved.replications,
        warmup: saved.warmup,
        variant: saved.variant,
        edits: saved.edits,
        editBase: saved.editBase,
        notice: shared ? shared.message : `Restored ${saved.file} from your last visit.`,
      });
      if (shared && !shared.ok) store.set({ notice: { kind: 'error', text: shared.message } });
    } else {
      const first = bundledScenarios.find((b) => b.path.startsWith('company/')) ?? bundledScenarios[0];
      if (first)
        await loadText(store, first.path, first.text, {
          fresh: true,
          notice: shared?.ok === false ? shared.message : undefined,
        });
    }
  }
  await restoreResults(store, runner);
  app.dataset.ready = 'true';
  // The simulation workers start, and warm up on the open design, once the page has drawn and while
  // the reader looks at it, rather than on the first click of Run (a third of that run's time).
  whenIdle(() => runner.prepare());
}

function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 3000 });
  else setTimeout(f, 1500);
}

// A link pasted into the address bar of an open tab changes only the fragment: no reload, so listen.
window.addEventListener('hashchange', async () => {
  const shared = await decodeShareFragment(location.hash);
  if (shared === null) return;
  if (!shared.ok) {
    store.set({ notice: { kind: 'error', text: shared.message } });
    return;
  }
  const { payload } = shared;
  await loadText(store, payload.file || 'shared.yaml', payload.text, {
    remember: true,
    fresh: true,
    variant: payload.variant,
    seed: payload.seed,
    replications: payload.replications,
    warmup: payload.warmup,
    notice: `Opened a shared link: ${payload.file}.`,
  });
  history.replaceState(null, '', location.pathname + location.search);
});

void start();
