// A table as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled),
// its cells as shown. A cell that a spreadsheet would run as a formula (=, @, or + and - not
// starting a number) is prefixed with ', so a scenario id cannot become a formula in Excel.
export function csvField(text: string): string {
  const safe = /^[=@]/.test(text) || /^[+-](?![\d.])/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableCsv(table: HTMLTableElement): string {
  return (
    [...table.rows]
      .map((row) => [...row.cells].map((c) => csvField((c.textContent ?? '').trim())).join(','))
      .join('\r\n') + '\r\n'
  );
}
