// The profiles UI's speed in headless Chromium (test/ui/measure.ts): time to interactive against the same
// API calls made from Node, and drawing an 8,192-frame flame graph against a 512-frame one.
// Run: `node --import tsx bench/ui.bench.ts`.
import { launchBrowser, startUiCluster } from '../test/ui/harness.ts';
import { measureUi, pushWide } from '../test/ui/measure.ts';

const cluster = await startUiCluster();
const browser = await launchBrowser();
try {
  await pushWide(cluster.proc.http, 'wide-8192', 8192);
  await pushWide(cluster.proc.http, 'wide-512', 512);
  for (const line of await measureUi(browser.browser, cluster.proc.http, 7)) console.log(JSON.stringify(line));
} finally {
  await browser.close();
  await cluster.stop();
}
