import type { Model } from '../../src/core/model/model.js';
import { modelWithParams } from '../../src/experiments/modelWithParams.js';
import { readBundled } from '../load/bundled.js';

/** One compiled model per swept value, or an error naming the first value that does not validate. */
export function modelsForSweep(file: string, text: string, variant: string | null, path: string, values: (number | string | boolean)[]): Model[] {
  return values.map((value) => {
    const built = modelWithParams({ file, text }, variant, [{ path, value }], readBundled);
    if (!built.ok) throw new Error(`${path} = ${String(value)}: ${built.issues[0] ?? 'invalid'}`);
    return built.model;
  });
}
