import { userInfo } from 'node:os';
import type { Context } from '../context.ts';
import type { AuditEntry } from './recordAudit.ts';

/** Who an audit entry names: the API viewer of a request, or the user running a script. */
export type Actor = Pick<AuditEntry, 'actor' | 'role' | 'requestId'>;

export function actorOf(ctx: Context): Actor {
  return {
    actor: ctx.viewer.subject ?? 'anonymous',
    role: ctx.viewer.role,
    requestId: ctx.requestId,
  };
}

/** The operating-system user of a command-line import. */
export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // Containers may run under a uid without a passwd entry.
  }
  return { actor: `cli:${user}`, role: 'ADMIN', requestId: null };
}
