// Web Worker entry: the scenario service, off the page's thread.
import { expose } from 'comlink';
import { scenarioService } from './scenarioService.js';

expose(scenarioService);
