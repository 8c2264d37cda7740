// A mocha root hook (registered in .mocharc.json): when the run includes tests that start our images as
// containers, build them once before any test (images/build.sh local: skipped when their inputs are
// unchanged), so the build's time is not charged to one test's timeout. The test kubelet awaits the same
// memoized build, so a run without this hook (or a test not listed here) still gets fresh images.
import { ensureLocalImages } from '../kube/images.ts';

/** Test files that run our images as containers. */
const NEEDS_IMAGES = /test\/(containers\/|operator\/e2e\.test|chart\/chart-apply\.test)/;

interface SuiteLike {
  file?: string;
  suites: SuiteLike[];
  tests: { file?: string }[];
}

function files(suite: SuiteLike, into = new Set<string>()): Set<string> {
  if (suite.file) into.add(suite.file);
  for (const t of suite.tests) if (t.file) into.add(t.file);
  for (const s of suite.suites) files(s, into);
  return into;
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    const root = this.test?.parent as SuiteLike | undefined;
    if (!root || ![...files(root)].some((f) => NEEDS_IMAGES.test(f))) return;
    this.timeout(15 * 60_000);
    await ensureLocalImages();
  },
};
