import { hostPlan, hostPlans, isLabNetnsName, isLabVethName, planForName } from './naming';

describe('lab naming', () => {
  it('numbers hosts from lab1 at 10.211.0.11 with veth vlabN', () => {
    expect(hostPlan(1)).toEqual({ name: 'lab1', index: 1, address: '10.211.0.11', veth: 'vlab1', mac: '02:6b:64:00:00:0b' });
    expect(hostPlan(16)).toMatchObject({ name: 'lab16', address: '10.211.0.26', veth: 'vlab16', mac: '02:6b:64:00:00:1a' });
  });

  it('plans lab1..labN in order with distinct addresses', () => {
    const plans = hostPlans(5);
    expect(plans.map((p) => p.name)).toEqual(['lab1', 'lab2', 'lab3', 'lab4', 'lab5']);
    expect(new Set(plans.map((p) => p.address)).size).toBe(5);
  });

  it('refuses host indexes outside 1..16', () => {
    expect(() => hostPlan(0)).toThrow(RangeError);
    expect(() => hostPlan(17)).toThrow(RangeError);
    expect(() => hostPlan(1.5)).toThrow(RangeError);
  });

  it("maps a name back to its plan and rejects names that are not the lab's", () => {
    expect(planForName('lab3')?.address).toBe('10.211.0.13');
    expect(planForName('lab16')?.address).toBe('10.211.0.26');
    expect(planForName('lab17')).toBeUndefined();
    expect(planForName('lab01')).toBeUndefined();
    expect(planForName('lab')).toBeUndefined();
    expect(planForName('mylab1')).toBeUndefined();
  });

  it('recognises only its own namespace and veth names as leftovers', () => {
    expect(isLabNetnsName('lab4')).toBe(true);
    expect(isLabNetnsName('cni-1234')).toBe(false);
    expect(isLabVethName('vlab4')).toBe(true);
    expect(isLabVethName('vlab16')).toBe(true);
    expect(isLabVethName('vlab17')).toBe(false);
    expect(isLabVethName('veth1a2b')).toBe(false);
  });
});
