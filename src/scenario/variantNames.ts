// The names of a document's variants, sorted; tolerant of documents that failed validation.

export function variantNames(doc: unknown): string[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const v = (doc as { variants?: unknown }).variants;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.keys(v).sort() : [];
}
