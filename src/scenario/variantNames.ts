// The names of a document's variants in the order every report lists its designs: by name, never
// by their place in the file, so reordering a file changes no result. `opsim compare` and
// `opsim select` without --variants, the library and the page's Compare and Select all use it.
// Tolerant of documents that failed validation.

export function variantNames(doc: unknown): string[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const v = (doc as { variants?: unknown }).variants;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.keys(v).sort() : [];
}
