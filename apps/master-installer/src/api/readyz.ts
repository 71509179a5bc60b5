import { hostPort } from '@kdeploy/cluster-spec';
import { PreconditionError } from '@kdeploy/errors';
import { waitUntil } from '@kdeploy/steps';
import { MasterHost, MasterSettings } from '../control-plane/settings';
import { kubeApi } from '@kdeploy/kube-api';

/** The URL of one master's own apiserver. */
export const apiserverUrl = (m: MasterHost, s: MasterSettings) => `https://${hostPort(m.address, s.securePort)}`;

/** Why one apiserver is not ready (its /readyz answer), or undefined when it is. Anonymous: kdeploy allows that on /readyz only. */
export async function readyzProblem(server: string, caPem: string, signal?: AbortSignal): Promise<string | undefined> {
  try {
    const r = await kubeApi({ servers: [server], caPem, signal, timeoutMs: 5_000 }, 'GET', '/readyz');
    return r.status === 200 ? undefined : `/readyz answered ${r.status}: ${String(r.body).trim().split('\n').slice(-3).join(' ')}`;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Waits until one apiserver's /readyz answers 200; a timeout names the host and the last answer. */
export async function waitReady(m: MasterHost, s: MasterSettings, caPem: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const server = apiserverUrl(m, s);
  const waited = await waitUntil<true>(
    async () => {
      const why = await readyzProblem(server, caPem, signal);
      return why ? { done: false, why } : { done: true, value: true };
    },
    { what: 'waiting for /readyz', host: m.name, timeoutMs, intervalMs: 250, signal },
  );
  if (!waited.ok) throw new PreconditionError(`kube-apiserver is not ready after ${timeoutMs / 1000} s: ${waited.last}`, m.name);
}
