// The shared real-profile corpus (../shared/testdata/profiles), for tests and benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROFILES_DIR = process.env['TESTDATA_PROFILES'] ?? path.resolve(here, '../../../../shared/testdata/profiles');

export interface TestProfile {
  name: string;
  raw: Buffer;
}

export function loadTestProfiles(): TestProfile[] {
  return fs
    .readdirSync(PROFILES_DIR)
    .filter((name) => !name.endsWith('.tsv'))
    .sort()
    .map((name) => ({ name, raw: fs.readFileSync(path.join(PROFILES_DIR, name)) }));
}
