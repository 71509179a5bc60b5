import { ownershipProblem } from './ownership';

describe('host ownership', () => {
  it('lets a cluster use a host no cluster owns, or one it owns already', () => {
    expect(ownershipProblem(undefined, 'lab', false)).toBeUndefined();
    expect(ownershipProblem('lab', 'lab', false)).toBeUndefined();
  });

  it('refuses a host another cluster owns, naming the owner and how to take it over', () => {
    expect(ownershipProblem('lab', 'lab-b', false)).toBe(
      'the host belongs to cluster lab; deploying cluster lab-b on it would break that cluster (to take the host over, set takeOverHosts: true in the spec)',
    );
  });

  it('allows it only when the request takes the hosts over', () => {
    expect(ownershipProblem('lab', 'lab-b', true)).toBeUndefined();
  });
});
