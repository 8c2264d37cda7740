// Human-readable sample values by unit (profile types carry the unit: nanoseconds, bytes, count).

export function formatValue(value: number, unit: string): string {
  if (unit === 'nanoseconds') return formatScaled(value, [[3600e9, 'h'], [60e9, 'min'], [1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']]);
  if (unit === 'microseconds') return formatScaled(value, [[3600e6, 'h'], [60e6, 'min'], [1e6, 's'], [1e3, 'ms'], [1, 'µs']]);
  if (unit === 'bytes') return formatScaled(value, [[2 ** 40, 'TiB'], [2 ** 30, 'GiB'], [2 ** 20, 'MiB'], [2 ** 10, 'KiB'], [1, 'B']]);
  return formatScaled(value, [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, '']]);
}

function formatScaled(value: number, steps: Array<[number, string]>): string {
  const abs = Math.abs(value);
  for (const [size, suffix] of steps) {
    if (abs >= size) return `${trim(value / size)}${suffix ? ` ${suffix}` : ''}`;
  }
  return String(Math.round(value * 100) / 100);
}

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
