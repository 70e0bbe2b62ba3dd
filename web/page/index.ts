// The page's frame: the header bar (load, share, undo, status) and the tabs that hold the
// Design, Run, Compare, Sweep and Over-time views.
export { mountHeaderBar } from './headerBar.js';
export { mountTabs, type Tab } from './tabs.js';
