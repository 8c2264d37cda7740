// The few browser shapes the tests' page functions touch. The test program is type-checked without the DOM
// library (adding it would change fetch's types for every Node file), and these functions run in the page,
// so they reach the page's globals as `(globalThis as unknown as PageGlobals)`: the cast vanishes when
// compiled, leaving `globalThis.document` for the browser.
export interface Dataset {
  dataset: Record<string, string | undefined>;
}

export interface FlameHost extends Dataset {
  flameView?: { frameCenter(name: string): { x: number; y: number } | undefined; draw(): number };
}

export interface PageGlobals {
  document: { body: Dataset; querySelector(selector: string): (Dataset & { textContent: string | null }) | null };
  location: { href: string };
  performance: { getEntriesByName(name: string): Array<{ startTime: number }> };
}
