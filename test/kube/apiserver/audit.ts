// Request auditing, shaped as kube-apiserver's audit log at level Metadata (k8s.io/apiserver/pkg/apis/audit/v1
// Event: auditID, stage, requestURI, verb, user, impersonatedUser, sourceIPs, userAgent, objectRef,
// responseStatus, timestamps, and the authorization decision annotations). Off until started, so tests that
// do not read it pay nothing; while on, every request is kept in memory and, when a path is given, appended as
// one JSON line per event (as --audit-log-path writes them).
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { UserInfo } from './auth.ts';

export interface AuditObjectRef { resource?: string; namespace?: string; name?: string; apiGroup?: string; apiVersion?: string; subresource?: string }

export interface AuditEvent {
  kind: 'Event';
  apiVersion: 'audit.k8s.io/v1';
  level: 'Metadata';
  auditID: string;
  /** ResponseStarted for a watch when its stream opens, ResponseComplete when a request is answered or a stream ends. */
  stage: 'ResponseStarted' | 'ResponseComplete';
  requestURI: string;
  verb: string;
  user: UserInfo;
  impersonatedUser?: UserInfo;
  sourceIPs: string[];
  userAgent?: string;
  objectRef?: AuditObjectRef;
  /** The Status of the answer: its code, and for a failure its reason and message. */
  responseStatus: { metadata: Record<string, never>; code: number; status?: 'Failure'; reason?: string; message?: string };
  requestReceivedTimestamp: string;
  stageTimestamp: string;
  annotations?: Record<string, string>;
}

/** What the HTTP edge learns about a request while serving it; recorded when it is answered. */
export interface AuditRecord {
  auditID: string;
  received: Date;
  requestURI: string;
  sourceIP: string;
  userAgent?: string;
  user?: UserInfo;
  impersonatedUser?: UserInfo;
  verb?: string;
  objectRef?: AuditObjectRef;
  decision?: 'allow' | 'forbid';
  /** Set when the request failed with a Status. */
  failure?: { status: 'Failure'; reason: string; message: string };
}

export class AuditLog {
  private readonly kept: AuditEvent[] = [];
  private on = false;
  private path: string | undefined;

  /** Starts recording (in memory, and to `path` as JSON lines when given). */
  start(opts: { path?: string } = {}): void {
    this.on = true;
    this.path = opts.path;
  }

  stop(): void {
    this.on = false;
  }

  get enabled(): boolean {
    return this.on;
  }

  /** The events recorded so far, oldest first. */
  events(): AuditEvent[] {
    return [...this.kept];
  }

  clear(): void {
    this.kept.length = 0;
  }

  newRecord(requestURI: string, sourceIP: string, userAgent: string | undefined): AuditRecord {
    return { auditID: randomUUID(), received: new Date(), requestURI, sourceIP, userAgent };
  }

  record(r: AuditRecord, stage: AuditEvent['stage'], code: number): void {
    if (!this.on || !r.user || !r.verb) return;
    const event: AuditEvent = {
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'Metadata',
      auditID: r.auditID,
      stage,
      requestURI: r.requestURI,
      verb: r.verb,
      user: r.user,
      sourceIPs: [r.sourceIP],
      responseStatus: { metadata: {}, code, ...(r.failure && code >= 400 ? r.failure : {}) },
      requestReceivedTimestamp: r.received.toISOString().replace('Z', '000Z'),
      stageTimestamp: new Date().toISOString().replace('Z', '000Z'),
    };
    if (r.impersonatedUser) event.impersonatedUser = r.impersonatedUser;
    if (r.userAgent) event.userAgent = r.userAgent;
    if (r.objectRef) event.objectRef = Object.fromEntries(Object.entries(r.objectRef).filter(([, v]) => v !== undefined));
    if (r.decision) event.annotations = { 'authorization.k8s.io/decision': r.decision };
    this.kept.push(event);
    if (this.path) appendFileSync(this.path, `${JSON.stringify(event)}\n`);
  }
}
