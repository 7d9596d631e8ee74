// Plain-text tables for the benchmark output.

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function printTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[], notes: readonly string[] = []): void {
  console.log(`\n${title}\n\n${formatTable(headers, rows)}`);
  for (const note of notes) console.log(`  ${note}`);
}
