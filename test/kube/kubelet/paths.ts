// Processes cannot mount, so a pod gets a private folder per volume and the kubelet rewrites the mount
// paths it finds in the container's command, args and env values to those folders: `/data` →
// `<root>/pvc/<ns>/<claim>`, `/data/wal` → `<that folder>/wal`. A mount path is rewritten where it starts a
// word or follows `=` or `:` or `,` (so `-ingester.data-dir=/data` and `--config /etc/cfg/x.yaml` both
// work), and only when it is followed by `/`, the end, or a character that cannot continue a path segment.
// The longest mount path wins (`/data/cache` before `/data`).
export interface MountMapping {
  mountPath: string;
  hostPath: string;
  /** volumeMounts[].readOnly (and the service-account volume): a read-only bind mount in a container. */
  readOnly?: boolean;
}

export class PathTranslator {
  private readonly mappings: MountMapping[];
  private readonly pattern: RegExp | undefined;

  constructor(mappings: MountMapping[]) {
    this.mappings = [...mappings]
      .map((m) => ({ mountPath: m.mountPath.replace(/\/+$/, '') || '/', hostPath: m.hostPath }))
      .filter((m) => m.mountPath !== '/')
      .sort((a, b) => b.mountPath.length - a.mountPath.length);
    if (this.mappings.length > 0) {
      const alternatives = this.mappings.map((m) => escapeRegExp(m.mountPath)).join('|');
      this.pattern = new RegExp(`(^|[\\s=:,])(${alternatives})(?=$|[/\\s,;:"'])`, 'g');
    }
  }

  translate(text: string): string {
    if (!this.pattern) return text;
    return text.replace(this.pattern, (_match, before: string, mountPath: string) => {
      const mapping = this.mappings.find((m) => m.mountPath === mountPath)!;
      return before + mapping.hostPath;
    });
  }

  /** The host folder for a path inside the container, if a mount covers it. */
  hostPathOf(containerPath: string): string | undefined {
    for (const m of this.mappings) {
      if (containerPath === m.mountPath || containerPath.startsWith(m.mountPath + '/')) return m.hostPath + containerPath.slice(m.mountPath.length);
    }
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
