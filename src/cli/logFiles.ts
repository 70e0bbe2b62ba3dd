// Files of event logs for a Node process: read as a stream, written in 1 MB synchronous chunks
// (the simulation that produces a log is synchronous, so the writer cannot await a stream).

import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';

export function nodeOpenRead(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: 1 << 16 });
}

export function nodeOpenWrite(file: string): { write(chunk: string): void; close(): void } {
  const fd = openSync(file, 'w');
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) writeSync(fd, parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(chunk) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
