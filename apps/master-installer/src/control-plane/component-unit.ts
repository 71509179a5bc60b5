import { SystemdUnit } from '@kdeploy/templates';
import { Component } from '../versions';
import { binPath } from './layout';

/** How the three components' units differ: their words for people and how systemd waits for them. */
export interface ComponentUnitOptions {
  component: Component;
  description: string;
  args: string[];
  /** The binary's sha256, in the unit so that a new binary changes the unit and restarts it. */
  sha256: string;
  /** `notify` for a component that tells systemd when it serves; default `exec`. */
  type?: 'exec' | 'notify';
  /** Extra [Service] settings (a start timeout, a file limit). */
  service?: Partial<SystemdUnit['service']>;
}

/** The unit skeleton every control-plane component shares. */
export function componentUnit(o: ComponentUnitOptions): SystemdUnit {
  const envName = `KDEPLOY_${o.component.toUpperCase().replace(/-/g, '_')}_SHA256`;
  return {
    unit: {
      Description: `${o.description} (kdeploy)`,
      Documentation: [`https://kubernetes.io/docs/reference/command-line-tools-reference/${o.component}/`],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: o.type ?? 'exec',
      Environment: { [envName]: o.sha256 },
      ExecStart: { command: binPath(o.component), args: o.args },
      Restart: 'on-failure',
      RestartSec: 5,
      ...o.service,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}
