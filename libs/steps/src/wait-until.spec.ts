import { CancelledError } from '@kdeploy/errors';
import { procedure } from './procedure';
import { waitUntil } from './wait-until';

describe('waitUntil', () => {
  it('returns the value once the probe is done, after the looks that were not', async () => {
    let looks = 0;
    const r = await waitUntil(async () => (++looks < 3 ? { done: false, why: `look ${looks}` } : { done: true, value: 'ready' }), {
      what: 'x',
      timeoutMs: 5_000,
      intervalMs: 1,
    });
    expect(r).toEqual({ ok: true, value: 'ready' });
    expect(looks).toBe(3);
  });

  it('gives up with the last reason instead of throwing, so the caller words the error', async () => {
    const r = await waitUntil(async () => ({ done: false, why: 'still starting' }), { what: 'x', timeoutMs: 30, intervalMs: 5 });
    expect(r).toMatchObject({ ok: false, last: 'still starting' });
  });

  it('counts a throwing probe as not yet, unless retryOn says the error is final', async () => {
    const boom = async () => {
      throw new Error('connection refused');
    };
    await expect(waitUntil(boom, { what: 'x', timeoutMs: 20, intervalMs: 5 })).resolves.toMatchObject({
      ok: false,
      last: 'connection refused',
    });
    await expect(waitUntil(boom, { what: 'x', timeoutMs: 1_000, intervalMs: 5, retryOn: () => false })).rejects.toThrow(
      'connection refused',
    );
  });

  it('stops at once when cancelled', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 10);
    await expect(
      waitUntil(async () => ({ done: false, why: 'never' }), {
        what: 'waiting for godot',
        timeoutMs: 60_000,
        intervalMs: 10_000,
        signal: ac.signal,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('procedure', () => {
  const run = async () => undefined;
  it('refuses two steps with one id, and a step without one', () => {
    expect(() =>
      procedure('p', [
        { id: 'a/x', title: 'X', run },
        { id: 'a/x', title: 'Y', run },
      ]),
    ).toThrow('two steps of one procedure have the id a/x');
    expect(() => procedure('p', [{ id: '', title: 'X', run }])).toThrow('step "X" has no id');
    expect(procedure('p', [{ id: 'a/x', title: 'X', run }]).steps).toHaveLength(1);
  });
});
