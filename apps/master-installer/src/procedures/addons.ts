import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { ProgressStream } from '@kdeploy/installer';
import { ApiAccess, apiMessage, kubeApi, objectPath, serverSideApply } from '@kdeploy/kube-api';
import type { masterV1 } from '@kdeploy/proto';
import { EventSequencer, waitUntil } from '@kdeploy/steps';
import { Addon, ADDON_IMAGES, addonCatalog, AddonName } from '../addons/catalog';
import { MANAGED_BY, AddonObject } from '../addons/objects';
import { readinessNow } from '../addons/readiness';
import { servingPair } from '../addons/serving-pair';
import { AddonsRequest, addonsRequest } from '../addons/settings';
import { adminAccess } from './cluster-api';
import { Session } from './session';

const POLL_MS = 500;

const label = (o: AddonObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/** The add-ons' objects as the cluster should hold them: images from the bundle's manifest, the serving pair kept while good. */
async function wantedAddons(session: Session, req: masterV1.ApplyAddonsRequest__Output, settings: AddonsRequest, api: ApiAccess) {
  const wanted = (Object.keys(ADDON_IMAGES) as AddonName[]).filter((n) => settings[n]);
  const resolved = wanted.length
    ? await resolveArtifacts(
        req.artifacts,
        '',
        wanted.map((n) => ADDON_IMAGES[n]),
      )
    : [];
  const images = Object.fromEntries(wanted.map((n, i) => [n, resolved[i].image ?? ''])) as Record<AddonName, string>;
  const cas = await session.pki.cas();
  const metricsServing = settings.metricsServer ? await servingPair(api, session.pki, cas.kubernetes) : undefined;
  return addonCatalog(settings, { images, clusterDomain: session.request.settings.clusterDomain, cas, metricsServing });
}

/** Deletes the objects of an add-on the request no longer names, those kdeploy made only. */
async function removeAddon(api: ApiAccess, addon: Addon, changed: (o: AddonObject, what: string) => void): Promise<void> {
  for (const o of [...addon.objects].reverse()) {
    const r = await kubeApi(api, 'GET', objectPath(o));
    if (r.status === 404) continue;
    const labels = (r.body as { metadata?: { labels?: Record<string, string> } }).metadata?.labels ?? {};
    if (labels['app.kubernetes.io/managed-by'] !== MANAGED_BY['app.kubernetes.io/managed-by']) continue;
    const d = await kubeApi(api, 'DELETE', objectPath(o));
    if (d.status !== 200 && d.status !== 202 && d.status !== 404) throw new PreconditionError(`deleting ${label(o)}: ${apiMessage(d)}`);
    changed(o, 'deleted');
  }
}

/** Polls until every wanted add-on serves, saying what it waits for whenever that changes. */
async function waitServing(api: ApiAccess, addons: Addon[], timeoutMs: number, say: (m: string) => void, signal?: AbortSignal) {
  const checks = addons.flatMap((a) => a.ready);
  let last = '';
  const waited = await waitUntil<void>(
    async () => {
      const states = await readinessNow(api, checks);
      const text = checks.flatMap((c, i) => (states[i] ? [`${c.what}: ${states[i]}`] : [])).join('; ');
      if (!text) return { done: true, value: undefined };
      if (text !== last) say(`waiting for ${text}`);
      last = text;
      return { done: false, why: text };
    },
    { what: 'waiting for the add-ons to serve', timeoutMs, intervalMs: POLL_MS, signal, retryOn: () => false },
  );
  if (!waited.ok) throw new PreconditionError(`the add-ons did not serve within ${timeoutMs / 1000} s: ${waited.last}`);
}

/**
 * ApplyAddons: each add-on the request names, applied object by object with server-side apply
 * (a re-apply changes nothing), the others deleted if kdeploy made them, then a wait until the
 * wanted ones serve. Progress as cluster-wide steps, one change event per object touched.
 */
export async function applyAddons(session: Session, req: masterV1.ApplyAddonsRequest__Output, progress: ProgressStream): Promise<void> {
  const events = new EventSequencer(progress.onStepEvent);
  let stepId = '';
  try {
    const settings = addonsRequest(req);
    const api = await adminAccess(session);
    const addons = await wantedAddons(session, req, settings, api);
    for (const addon of addons) {
      stepId = `addons/${addon.name}`;
      const step = `${settings[addon.name] ? 'Apply' : 'Remove'} ${addon.title}`;
      const started = Date.now();
      let changed = 0;
      const note = (o: AddonObject, what: string) => {
        changed++;
        const change = { kind: 'command' as const, description: `${what} ${label(o)}`, command: `server-side apply ${objectPath(o)}` };
        events.emit({ type: 'change', stepId, step, host: '', applied: true, change: { ...change, stepId, step, reason: what } });
      };
      events.emit({ type: 'step-started', stepId, step, host: '' });
      if (settings[addon.name]) {
        for (const o of addon.objects) {
          const outcome = await serverSideApply(api, o);
          if (outcome !== 'unchanged') note(o, outcome);
        }
      } else await removeAddon(api, addon, note);
      events.emit({ type: 'step-finished', stepId, step, host: '', durationMs: Date.now() - started, changed });
    }
    stepId = 'addons/wait-serving';
    const serving = addons.filter((a) => settings[a.name]);
    const started = Date.now();
    events.emit({ type: 'step-started', stepId, step: 'Wait until the add-ons serve', host: '' });
    await waitServing(
      api,
      serving,
      settings.readyTimeoutMs,
      (message) => events.emit({ type: 'log', level: 'info', message, stepId }),
      session.signal,
    );
    events.emit({
      type: 'step-finished',
      stepId,
      step: 'Wait until the add-ons serve',
      host: '',
      durationMs: Date.now() - started,
      changed: 0,
    });
    await progress.finish();
  } catch (e) {
    await progress.finish(e, stepId);
  }
}
