import { mm1 } from './mm1.js';
import { mmc } from './mmc.js';
import { tandem } from './tandem.js';
import { company } from './company.js';
import { sweep } from './sweep.js';
import { pipeline } from './pipeline.js';
import { scaling } from './scaling.js';
import { drift } from './drift.js';
import { page } from './page.js';

/** In the order they are run and reported. */
export const workloads = { mm1, mmc, tandem, company, sweep, pipeline, scaling, page, drift };
