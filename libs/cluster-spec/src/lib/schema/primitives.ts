/**
 * Field types shared by the sections of the spec. Each carries its own message, so a
 * refusal names the field and says what was expected, never just "invalid".
 */
import { z } from 'zod';
import { isIp } from '../net/ip';
import { parseCidrLoose, formatCidr } from '../net/cidr';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** RFC 1123 label as Kubernetes checks it: node names, the cluster name. */
export function isDnsLabel(text: string): boolean {
  return text.length <= 63 && DNS_LABEL.test(text);
}

/** RFC 1123 subdomain: dot-separated labels, 253 characters at most. */
export function isDnsSubdomain(text: string): boolean {
  return text.length <= 253 && text.split('.').every(isDnsLabel);
}

/** A name that becomes a Kubernetes object name or a DNS label. */
export const DnsLabel = z
  .string()
  .regex(DNS_LABEL, 'not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)')
  .max(63, 'not a DNS-1123 label (63 characters at most)');

/** A DNS domain such as `cluster.local`. */
export const DnsSubdomain = z
  .string()
  .refine(isDnsSubdomain, 'not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and "-")');

/** An IPv4 or IPv6 address, no zone, no brackets. */
export const IpAddressText = z.string().refine(isIp, 'not an IPv4 or IPv6 address');

/** A network in CIDR notation with its host bits zero. */
export const CidrText = z.string().superRefine((text, ctx) => {
  const loose = parseCidrLoose(text);
  if (!loose) {
    ctx.addIssue({ code: 'custom', message: 'not a CIDR (an address, "/" and a prefix length, e.g. 10.96.0.0/12)' });
  } else if (loose.address.value !== loose.cidr.base) {
    ctx.addIssue({ code: 'custom', message: `${text} has host bits set; did you mean ${formatCidr(loose.cidr)}?` });
  }
});

/** A TCP port. */
export const Port = z.number().int().min(1).max(65535);

/** A file path on the machine that runs kdeploy; `~/` is the invoking user's home. */
export const LocalPath = z
  .string()
  .min(1, 'must not be empty')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL character');

/** An absolute path on a target host. */
export const HostPath = z.string().refine((p) => p.startsWith('/') && !p.includes('\0'), 'must be an absolute path on the host');

/** A secret: accepted, never echoed (error messages and `redactClusterSpec` leave it out). */
export const Secret = z.string().min(1, 'must not be empty').meta({ writeOnly: true });

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Kubernetes label/taint key: `[prefix/]name`, prefix a DNS subdomain. */
export function isQualifiedName(text: string): boolean {
  const parts = text.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (name.length > 63 || !QUALIFIED_NAME.test(name)) return false;
  return parts.length === 1 || (parts[0].length > 0 && isDnsSubdomain(parts[0]));
}

/** A label or taint key. */
export const LabelKey = z.string().refine(isQualifiedName, 'not a Kubernetes label key ([prefix/]name)');

/** A label or taint value: empty, or up to 63 name characters. */
export const LabelValue = z.string().refine((v) => v === '' || (v.length <= 63 && QUALIFIED_NAME.test(v)), 'not a Kubernetes label value');
