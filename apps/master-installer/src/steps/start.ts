import { withJournal } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { waitReady } from '../api/readyz';
import { unitName } from '../control-plane/layout';
import { Component } from '../versions';
import { installHosts, MasterStep, masterOf } from './context';

const READY_TIMEOUT_MS = 90_000;

/**
 * Starts the apiserver and waits for its /readyz, then the controller-manager and scheduler
 * (which need it). A changed file or unit restarts the component that reads it; on a control
 * plane that serves already, apiserver restarts go one master at a time, each waiting for
 * /readyz before the next, so clients through the endpoint always find one. A failed start
 * reports the unit's last journal lines.
 */
export const start: MasterStep = {
  id: 'master/start',
  title: 'Start the control plane',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = masterOf(ctx, host);
    const ensure = (c: Component) => ops.ensureServiceRunning(unitName(c)).catch((e: unknown) => withJournal(host, unitName(c), e));
    const apiserver = async () => {
      const changed = await ensure('kube-apiserver');
      if (ops.mode === 'apply' && changed) {
        const cas = await ctx.pki.cas();
        await waitReady(m, ctx.request.settings, cas.kubernetes, READY_TIMEOUT_MS, ctx.signal);
      }
    };
    const active = await host.exec(sh`systemctl is-active --quiet ${unitName('kube-apiserver')}`, {
      allowFailure: true,
      signal: ctx.signal,
    });
    if (active.exitCode === 0) await ctx.restartLock.run(apiserver);
    else await apiserver();
    await ensure('kube-controller-manager');
    await ensure('kube-scheduler');
  },
};

/** The last step: every master of the call answers /readyz (checked once more, after all started). */
export const waitAllReady: MasterStep = {
  id: 'master/wait-ready',
  title: 'Wait for every apiserver to be ready',
  prepare: installHosts,
  async run(ctx, host, ops) {
    if (ops.mode === 'plan') return;
    const cas = await ctx.pki.cas();
    await waitReady(masterOf(ctx, host), ctx.request.settings, cas.kubernetes, READY_TIMEOUT_MS, ctx.signal);
    ops.log('kube-apiserver ready');
  },
};
