import { BootChain } from './boot-chain';

describe('BootChain', () => {
  it('lets each member start only after the one before it passed on', async () => {
    const chain = new BootChain(['a', 'b', 'c']);
    const started: string[] = [];
    const run = async (name: string) => {
      await chain.turn(name, 10_000);
      started.push(name);
      await new Promise((r) => setTimeout(r, 5));
      chain.passOn(name);
    };
    await Promise.all([run('c'), run('b'), run('a')]);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('lets a member start anyway when the one before it never passes on', async () => {
    const chain = new BootChain(['a', 'b']);
    const t0 = Date.now();
    await chain.turn('b', 50);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('does not hold the first member or a name outside the chain', async () => {
    const chain = new BootChain(['a', 'b']);
    const t0 = Date.now();
    await chain.turn('a', 5_000);
    await chain.turn('x', 5_000);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
