import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type GraphQLFieldResolver, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { config } from '../config.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';

/**
 * Opaque, sealed pagination cursors (issue 12, existence oracles). A cursor leaves the server as
 * AES-256-GCM ciphertext of the inner cursor (Pothos's, which holds a row id), authenticated
 * together with what it is bound to: the field (type and name), the parent it was asked under,
 * the other arguments, and the viewer (role, scope, subject). A tampered, forged, foreign or
 * replayed-on-another-query cursor fails authentication before any database work and is
 * answered with one BAD_USER_INPUT, whether or not the id inside exists; nobody can read or
 * choose the id.
 *
 * Key: HKDF-SHA256 of CURSOR_SECRET, else of JWT_SECRET, else of random bytes (cursors then
 * last as long as the process).
 */

let key: Buffer | undefined;

/** @private */
function cursorKey(): Buffer {
  if (!key) {
    const secret =
      process.env.CURSOR_SECRET || config().auth.jwtSecret || randomBytes(32).toString('hex');
    key = Buffer.from(hkdfSync('sha256', secret, 'petagizi', 'pagination cursor', 32));
  }
  return key;
}

/** Seals `inner` for `binding`: base64url(iv ‖ ciphertext ‖ tag). */
export function sealCursor(inner: string, binding: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cursorKey(), iv);
  cipher.setAAD(Buffer.from(binding));
  const body = Buffer.concat([cipher.update(inner, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** Opens a sealed cursor; BAD_USER_INPUT (the same for every failure) unless it is intact and bound to `binding`. */
export function openCursor(sealed: unknown, binding: string, argument: string): string {
  const invalid = () =>
    badUserInput(
      argument,
      typeof sealed === 'string'
        ? `${sealed.slice(0, 40)}${sealed.length > 40 ? '…' : ''}`
        : sealed,
      'invalid cursor: use a cursor this query returned, with the same arguments and token',
    );
  if (typeof sealed !== 'string' || sealed.length > 2048 || !/^[\w-]+$/.test(sealed)) {
    throw invalid();
  }
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 12 + 16) throw invalid();
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(binding));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw invalid();
  }
}

/**
 * What a cursor of this field call is bound to: type.field, the parent's identity (kode or id),
 * the arguments other than the page window, and the viewer.
 */
export function cursorBinding(
  typeName: string,
  fieldName: string,
  parent: unknown,
  args: Record<string, unknown>,
  ctx: Pick<Context, 'viewer'>,
): string {
  const p = (parent ?? {}) as { kode?: unknown; id?: unknown };
  const rest = Object.keys(args)
    .filter((name) => !['after', 'before', 'first', 'last'].includes(name))
    .sort()
    .map((name) => [name, args[name]]);
  const { role, scope, subject } = ctx.viewer;
  return JSON.stringify([
    typeName,
    fieldName,
    String(p.kode ?? p.id ?? ''),
    rest,
    role,
    [...scope].sort(),
    subject,
  ]);
}

interface ConnectionShape {
  edges?: ({ cursor?: unknown } | null)[] | null;
  pageInfo?: { startCursor?: unknown; endCursor?: unknown } | null;
}

/**
 * Wraps a connection resolver: opens `after`/`before` before it runs, seals every cursor it
 * returns. One call per connection field; `sealConnections` applies it to a whole schema.
 */
export function sealedConnection<TParent, TArgs extends Record<string, unknown>>(
  typeName: string,
  fieldName: string,
  resolve: GraphQLFieldResolver<TParent, Context, TArgs>,
): GraphQLFieldResolver<TParent, Context, TArgs> {
  return (parent, args, ctx, info) => {
    const binding = cursorBinding(typeName, fieldName, parent, args, ctx);
    const inner = { ...args } as Record<string, unknown>;
    for (const name of ['after', 'before']) {
      if (inner[name] != null) inner[name] = openCursor(inner[name], binding, name);
    }
    const seal = (value: unknown) =>
      typeof value === 'string' ? sealCursor(value, binding) : value;
    // Cursors are sealed when read: a page asked for `nodes` only pays no encryption (one AES-GCM
    // seal with a fresh random IV per edge was a third of a 187-desa listing's CPU).
    const wrap = (result: unknown) => {
      const connection = result as ConnectionShape | null;
      if (!connection || typeof connection !== 'object') return result;
      const edges = connection.edges?.map((edge) =>
        edge && typeof edge === 'object'
          ? lazily({ ...edge }, 'cursor', () => seal(edge.cursor))
          : edge,
      );
      const cursorAt = (index: number, fallback: unknown) => () => {
        const edge = edges?.[index];
        return edge && typeof edge === 'object' ? edge.cursor : seal(fallback);
      };
      const pageInfo = connection.pageInfo
        ? lazily(
            lazily(
              { ...connection.pageInfo },
              'startCursor',
              cursorAt(0, connection.pageInfo.startCursor),
            ),
            'endCursor',
            cursorAt((edges?.length ?? 0) - 1, connection.pageInfo.endCursor),
          )
        : connection.pageInfo;
      return {
        ...connection,
        ...(edges ? { edges } : {}),
        ...(pageInfo ? { pageInfo } : {}),
      };
    };
    const result = resolve(parent, inner as TArgs, ctx, info);
    return result instanceof Promise ? result.then(wrap) : wrap(result);
  };
}

/** Replaces `object[name]` with a getter computing `value()` on first read (then kept). */
function lazily<T extends object>(object: T, name: string, value: () => unknown): T {
  let computed = false;
  let kept: unknown;
  Object.defineProperty(object, name, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!computed) {
        kept = value();
        computed = true;
      }
      return kept;
    },
  });
  return object;
}

const sealed = new WeakSet<object>();

/**
 * Seals the cursors of every connection field of `schema` (a field with `after` or `before`
 * arguments returning a type named …Connection), including the ones other modules add later to
 * the same schema object. Returns the schema.
 */
export function sealConnections<S extends GraphQLSchema>(schema: S): S {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const names = field.args.map((a) => a.name);
      if (!names.includes('after') && !names.includes('before')) continue;
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      if (sealed.has(field)) continue;
      sealed.add(field);
      const resolve =
        field.resolve ?? ((parent) => (parent as Record<string, unknown>)[field.name]);
      field.resolve = sealedConnection(type.name, field.name, resolve);
    }
  }
  return schema;
}
