// Text (YAML or JSON, which is YAML too) to a plain document, keeping a way back from a dotted
// path to a line of the source so that issues can point at it.

import { shorten } from '../units/shorten.js';
import { Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Issue } from '../issue.js';
import { decodeUtf8 } from './utf8.js';
import { blockDepth } from './blockDepth.js';
import { flowDepth } from './flowDepth.js';
import { MAX_ALIASES, MAX_DEPTH, MAX_FILE_BYTES } from './limits.js';

export interface ParsedText {
  doc: unknown;
  issues: Issue[];
  /** 1-based line where `path` (or its nearest existing ancestor) is written, when known. */
  lineOf: (path: string) => number | undefined;
}

const noLines = (): undefined => undefined;

/** Parse YAML or JSON. Never throws: syntax errors, non-UTF-8 bytes, oversized or too deeply nested input become issues. */
export function parseScenarioText(text: string | Uint8Array, file: string): ParsedText {
  const fail = (message: string, line?: number): ParsedText => ({
    doc: undefined,
    issues: [{ file, path: '', message, ...(line === undefined ? {} : { line }) }],
    lineOf: noLines,
  });
  const size = typeof text === 'string' ? text.length : text.byteLength;
  if (size > MAX_FILE_BYTES) {
    return fail(`the file is ${(size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB`);
  }
  let source: string;
  if (typeof text === 'string') source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  else {
    const decoded = decodeUtf8(text);
    if ('error' in decoded) return fail(decoded.error);
    source = decoded.text;
  }
  if (source.trim() === '') return fail('the file is empty; expected a scenario starting with "opsim: 1"');

  const depthLimitMessage = `the file nests lists or maps more than ${MAX_DEPTH} levels deep; the limit is ${MAX_DEPTH}`;
  if (flowDepth(source, MAX_DEPTH) > MAX_DEPTH || blockDepth(source, MAX_DEPTH) > MAX_DEPTH)
    return fail(depthLimitMessage);
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    // The core schema always, even under a `%YAML 1.1` directive: dates and yes/no stay text.
    document = parseDocument(source, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      schema: 'core',
    });
  } catch {
    // The parser recurses on nested flow collections; a stack overflow here means absurd nesting.
    return fail(depthLimitMessage);
  }
  // The parser turns its own stack overflows into errors; those too mean absurd nesting.
  if (document.errors.some((e) => /call stack/i.test(e.message))) return fail(depthLimitMessage);
  if (document.errors.length > 0) {
    return {
      doc: undefined,
      issues: document.errors.slice(0, 20).map((e) => ({
        file,
        path: '',
        message: `not valid YAML or JSON: ${syntaxMessage(e.code, e.message)}`,
        line: lineCounter.linePos(e.pos[0]).line,
      })),
      lineOf: noLines,
    };
  }
  const shape = nodeShape(document.contents);
  if (shape.depth > MAX_DEPTH) return fail(depthLimitMessage);
  if (shape.collectionKey !== undefined) {
    return fail(
      'a key is a list, a map, an alias (*name) or tagged data (!!binary); keys must be plain names',
      lineCounter.linePos(shape.collectionKey).line,
    );
  }
  let doc: unknown;
  try {
    doc = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return fail(`the file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { doc, issues: [], lineOf: (path) => lineOfPath(document, lineCounter, path) };
}

/** The parser's first line of a message, without the position (issues carry the line). */
function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS')
    return 'the file holds several YAML documents (separated by ---); a scenario is one document';
  // The parser quotes the offending token whole, and a token can be a whole file's worth of text.
  return shorten(message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), 200);
}

/**
 * Depth of a YAML node tree, and the offset of a key that is itself a list or map (`? [a]`), which
 * has no place in a scenario. Walked with an explicit stack so that hostile nesting cannot overflow it.
 */
/**
 * A key that is not a plain name: a list or a map, an alias (`? *anchor`, which may stand for either)
 * or a tagged scalar whose value is not text or a number (`!!binary`, bytes). The YAML library would
 * turn such a key into a string and print a process warning on the user's terminal.
 */
function notAName(key: unknown): key is Node {
  if (isMap(key) || isSeq(key) || isAlias(key)) return true;
  return isScalar(key) && typeof key.value === 'object' && key.value !== null;
}

function nodeShape(root: unknown): { depth: number; collectionKey?: number } {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (d > max) max = d;
      if (d > MAX_DEPTH) return { depth: d };
      for (const item of node.items) {
        if (isPair(item)) {
          if (notAName(item.key) && item.key.range) return { depth: max, collectionKey: item.key.range[0] };
          stack.push([item.value, d + 1]);
        } else stack.push([item, d + 1]);
      }
    }
  }
  return { depth: max };
}

function lineOfPath(document: Document.Parsed, lineCounter: LineCounter, path: string): number | undefined {
  let node: unknown = document.contents;
  let line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  if (path === '') return line;
  for (const seg of path.split('.')) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (pair === undefined) break;
      if (isNode(pair.key) && pair.key.range) line = lineCounter.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (!/^\d+$/.test(seg) || item === undefined) break;
      if (isNode(item) && item.range) line = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}
