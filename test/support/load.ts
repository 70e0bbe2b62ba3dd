// One way to turn scenario text or a document into a Model: through the real loader (so the tests
// exercise the path a user's file takes), failing the test with the loader's issues when it does not load.
import { readFileSync } from 'node:fs';
import type { Model } from '../../src/core/model/model.js';
import { loadScenario, type LoadResult } from '../../src/scenario/index.js';

function modelOf(loaded: LoadResult, what: string): Model {
  if (!loaded.ok) throw new Error(`${what} does not load:\n${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.model;
}

/** Compiles scenario text (YAML or JSON), optionally with one of its variants. */
export function compileText(text: string, file = 'test.yaml', variant?: string): Model {
  return modelOf(loadScenario({ file, text }, { variant }), variant ? `${file} (variant ${variant})` : file);
}

/** Compiles a scenario document, written as JSON text (which is YAML too). */
export function compileDocument(doc: unknown, text = JSON.stringify(doc, null, 1), file = 'generated.json'): Model {
  return modelOf(loadScenario({ file, text }), `${file}\n${text}\n`);
}

/** Compiles a scenario file from disk as the CLI would (resolving `extends`), optionally with a variant. */
export function compileFile(file: string, variant?: string): Model {
  const loaded = loadScenario(
    { file, text: readFileSync(file, 'utf8') },
    { variant, readFile: (path) => readFileSync(path, 'utf8') },
  );
  return modelOf(loaded, variant ? `${file} (variant ${variant})` : file);
}
