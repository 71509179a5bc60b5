import type { Options } from '@grpc/proto-loader';

/**
 * The one set of proto-loader options: the runtime loader and type generation
 * (scripts/gen.ts passes them to proto-loader-gen-types) both read this constant, so the
 * generated types describe exactly the objects the loader produces.
 *
 * - keepCase false: fields are camelCase in TypeScript (`clusterId`), which also matches the
 *   secret key names the logger redacts (`privateKey`, `sudoPassword`, `keyPem`, `token`).
 *   protobufjs renames at parse time, so the embedded descriptor holds camelCase names too;
 *   the wire format (field numbers) is unaffected.
 * - longs String: 64-bit integers arrive as decimal strings, never losing precision.
 *   Contracts use uint32 where a JS number is wanted (sequence, durations).
 * - enums String: enum values are their names ('ROLE_ETCD'), readable in logs and JSON.
 * - defaults true: unset scalars arrive as their zero value, unset messages as null, so
 *   handlers need no `?? ''` everywhere.
 * - oneofs true: each oneof has a virtual field naming the set member (`event: 'result'`),
 *   which makes a discriminated switch possible.
 */
export const PROTO_LOADER_OPTIONS = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} as const satisfies Options;

/** The flags of `proto-loader-gen-types` equivalent to PROTO_LOADER_OPTIONS. */
export function genTypesFlags(options: Options = PROTO_LOADER_OPTIONS): string[] {
  const flags: string[] = [];
  if (options.keepCase) flags.push('--keepCase');
  if (options.longs === String) flags.push('--longs=String');
  else if (options.longs === Number) flags.push('--longs=Number');
  if (options.enums === String) flags.push('--enums=String');
  if (options.bytes === String) flags.push('--bytes=String');
  else if (options.bytes === Array) flags.push('--bytes=Array');
  if (options.defaults) flags.push('--defaults');
  if (options.arrays) flags.push('--arrays');
  if (options.objects) flags.push('--objects');
  if (options.oneofs) flags.push('--oneofs');
  if (options.json) flags.push('--json');
  return flags;
}
