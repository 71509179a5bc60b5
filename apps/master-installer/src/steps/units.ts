import { apiserverUnit } from '../control-plane/apiserver-unit';
import { controllerManagerUnit } from '../control-plane/controller-manager-unit';
import { unitName } from '../control-plane/layout';
import { schedulerUnit } from '../control-plane/scheduler-unit';
import { Component } from '../versions';
import { installHosts, MasterStep, masterOf } from './context';

/** The three units (0600 root), each carrying its binary's hash so that a new binary restarts it. */
export const units: MasterStep = {
  id: 'master/units',
  title: 'Write control-plane units',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = masterOf(ctx, host);
    const { settings } = ctx.request;
    const sha = (c: Component) => ctx.artifacts.find((a) => a.name === c)?.sha256 ?? '';
    await ops.ensureUnit(unitName('kube-apiserver'), apiserverUnit(m, settings, ctx.version, sha('kube-apiserver')));
    await ops.ensureUnit(unitName('kube-controller-manager'), controllerManagerUnit(settings, ctx.version, sha('kube-controller-manager')));
    await ops.ensureUnit(unitName('kube-scheduler'), schedulerUnit(settings, ctx.version, sha('kube-scheduler')));
  },
};
