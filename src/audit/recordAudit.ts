import type { Db, Tx } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export interface AuditEntry {
  actor: string;
  role: string;
  action: string;
  target: string;
  detail?: Prisma.InputJsonValue;
  requestId?: string | null;
}

/**
 * Appends to the audit log. Writes pass their transaction client, so the entry commits or rolls
 * back with the change it describes.
 */
export async function recordAudit(client: Db | Tx, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      target: entry.target,
      detail: entry.detail,
      requestId: entry.requestId ?? null,
    },
  });
}
