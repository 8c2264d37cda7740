// Flags for node itself that the data-plane program runs with. Node refuses them in NODE_OPTIONS, so they go on the
// command line: in the image's ENTRYPOINT (images/ingester.Dockerfile, checked against this list by
// node-flags.test.ts), on `make run`'s command line (the Makefile, checked too) and in the children it starts
// (roles/local-cluster), and in the processes the tests and benches start (test/support/program.ts).
//
// --initial-old-space-size=64: V8 then runs no full GC while the old generation holds under 64 MB (heap.cc
// ConfigureHeap: a configured initial size becomes min_old_generation_size_). Without it, V8 sets the old
// generation's limit at about twice what a mark-compact left, and starts marking once the free space up to that
// limit, minus the ArrayBuffer bytes allocated since (request bodies count as external memory until a GC frees
// them), is smaller than the new space. A distributor holds ~21 MB and allocates mostly ArrayBuffers, so it
// marked and compacted every ~0.7 s (23-29 times on its main isolate per bench/distributor run, 0.2-0.3 ms of
// main thread per push), each time freeing ~5 MB, before its young generation ever filled. With the floor the
// bench's runs had 7-8 and its young collections freed the bodies. The cost is memory: up to 64 MB of old generation
// before a full GC. A process that holds more (an ingester's head, a querier's caches) collects as before.
export const NODE_FLAGS: readonly string[] = ['--initial-old-space-size=64'];
