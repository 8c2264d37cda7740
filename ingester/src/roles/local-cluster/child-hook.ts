// Loaded with --import into every ingester child of -target=local-cluster, before the program itself: the
// child watches its parent through the IPC channel the front opens, and when the channel closes (the front
// exited, crashed or was SIGKILLed: the kernel closes the socket either way) it sends itself SIGTERM, so it
// flushes, uploads and leaves the ring as on Ctrl-C and exits, instead of outliving the front and holding
// its ports (issue 14, item 1: orphans made the next `make run` fail with EADDRINUSE).
if (typeof process.send === 'function') {
  process.once('disconnect', () => {
    process.stderr.write(`${JSON.stringify({ level: 'warn', message: 'the local cluster front is gone: stopping this ingester', pid: process.pid })}\n`);
    process.kill(process.pid, 'SIGTERM');
  });
  // The channel must not keep the child alive on its own, nor delay its exit.
  process.channel?.unref();
}
export {};
