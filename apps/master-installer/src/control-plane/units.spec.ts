import { renderUnit } from '@kdeploy/templates';
import { MASTERS, SETTINGS, SHA256, unitTexts, VERSION } from '../testing/fixtures';
import { referenceFlags, renderedFlagNames } from '@kdeploy/testing';
import { COMPONENTS } from '../versions';
import { apiserverUnit } from './apiserver-unit';
import { controllerManagerUnit } from './controller-manager-unit';
import { schedulerUnit } from './scheduler-unit';

describe('control-plane units', () => {
  const texts = unitTexts(MASTERS[0]);

  it.each(COMPONENTS)('renders only flags that %s 1.37 lists, none of them deprecated', (component) => {
    const reference = referenceFlags('1.37', component);
    const rendered = renderedFlagNames(texts[component]);
    expect(rendered.length).toBeGreaterThanOrEqual(8);
    expect(rendered.filter((f) => !reference.has(f))).toEqual([]);
    expect(rendered.filter((f) => reference.get(f)?.deprecated)).toEqual([]);
    expect(new Set(rendered).size).toBe(rendered.length);
  });

  it.each(COMPONENTS)('renders the pinned %s unit for the first of three masters', (component) => {
    expect(texts[component]).toMatchSnapshot();
  });

  it("differs between the three masters only in each apiserver's own address", () => {
    const [first, ...others] = MASTERS.map((m) => unitTexts(m));
    others.forEach((t, i) => {
      const address = MASTERS[i + 1].address;
      expect(t['kube-apiserver'].replaceAll(`=${address}`, `=${MASTERS[0].address}`)).toBe(first['kube-apiserver']);
      expect(t['kube-controller-manager']).toBe(first['kube-controller-manager']);
      expect(t['kube-scheduler']).toBe(first['kube-scheduler']);
    });
  });

  it('changes when a binary changes, so a new binary restarts its component', () => {
    const other = 'd'.repeat(64);
    expect(renderUnit(apiserverUnit(MASTERS[0], SETTINGS, VERSION, other))).not.toBe(texts['kube-apiserver']);
    expect(renderUnit(controllerManagerUnit(SETTINGS, VERSION, other))).not.toBe(texts['kube-controller-manager']);
    expect(renderUnit(schedulerUnit(SETTINGS, VERSION, other))).not.toBe(texts['kube-scheduler']);
    for (const c of COMPONENTS) expect(texts[c]).toContain(SHA256[c]);
  });

  it('renders feature gates on every component when the request sets them', () => {
    const s = { ...SETTINGS, featureGates: { SomeGate: true } };
    for (const text of Object.values(unitTexts(MASTERS[0], s))) expect(text).toContain('--feature-gates=SomeGate=true');
    for (const text of Object.values(texts)) expect(text).not.toContain('--feature-gates');
  });
});
