// Markdown tables and the units the benchmark prints.

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const msec = (ms: number) => `${Math.round(ms)} ms`;
export const ratio = (x: number) => `×${x.toFixed(2)}`;

/** A markdown table; cells are escaped for pipes. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, '\\|');
  const line = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
