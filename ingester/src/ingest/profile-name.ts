// Pyroscope's naming of profiles that arrive without an explicit __name__ (SDK /ingest pprof uploads, and
// pushes that omit it): the name follows the sample types: "wall" wins, then cpu → process_cpu,
// alloc_/inuse_/space/objects → memory, mutex_ → mutex, block_ → block, goroutines → goroutines.

/** The profile (metric) name for a pprof with these sample type names. */
export function profileNameForSampleTypes(sampleTypes: readonly string[]): string {
  if (sampleTypes.includes('wall')) return 'wall';
  let last = '';
  for (const st of sampleTypes) {
    last = st;
    if (st.includes('cpu')) return 'process_cpu';
    if (st.includes('alloc_') || st.includes('inuse_') || st === 'space' || st === 'objects') return 'memory';
    if (st.includes('mutex_')) return 'mutex';
    if (st.includes('block_')) return 'block';
    if (st.includes('goroutines')) return 'goroutines';
  }
  return last || 'unknown';
}
