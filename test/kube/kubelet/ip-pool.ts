// Pod IPs from 127.0.0.0/8: every address there reaches the loopback interface on Linux, so each pod can
// bind the same ports on its own IP. Addresses are handed out round-robin (the least recently freed one is
// reused last), so a new pod does not inherit a dead pod's address while clients may still hold it.
// The second octet is random per pool, so that clusters in different test processes running at the same
// time (several engineers, several suites) do not hand out the same addresses.
export class IpPool {
  private readonly inUse = new Set<string>();
  private cursor = 0;

  /** Addresses 127.<second>.x.y for x in [firstThird, lastThird], y in [2, 254]. */
  constructor(
    private readonly second = 16 + Math.floor(Math.random() * 224),
    private readonly firstThird = 1,
    private readonly lastThird = 8,
  ) {}

  get size(): number {
    return (this.lastThird - this.firstThird + 1) * 253;
  }

  allocate(): string {
    for (let tries = 0; tries < this.size; tries++) {
      const ip = this.addressAt(this.cursor);
      this.cursor = (this.cursor + 1) % this.size;
      if (!this.inUse.has(ip)) {
        this.inUse.add(ip);
        return ip;
      }
    }
    throw new Error(`no free pod IP: all ${this.size} addresses in use`);
  }

  /** Marks an address as taken (a pod that already has one, seen after a kubelet restart). */
  claim(ip: string): boolean {
    if (this.inUse.has(ip)) return false;
    this.inUse.add(ip);
    return true;
  }

  release(ip: string): void {
    this.inUse.delete(ip);
  }

  has(ip: string): boolean {
    return this.inUse.has(ip);
  }

  private addressAt(index: number): string {
    const third = this.firstThird + Math.floor(index / 253);
    const fourth = 2 + (index % 253);
    return `127.${this.second}.${third}.${fourth}`;
  }
}
