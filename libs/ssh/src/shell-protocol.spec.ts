import { MarkedStream } from './shell-protocol';

function feed(text: string, split: number): { body: string; stream: MarkedStream } {
  const out: Buffer[] = [];
  const stream = new MarkedStream('n0nce', (c) => out.push(c));
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += split) stream.push(bytes.subarray(i, i + split));
  return { body: Buffer.concat(out).toString(), stream };
}

describe('MarkedStream', () => {
  const wire = 'stray from before\nS:n0nce:4242\nhello\nE:other:1\nworld\nE:n0nce:7\n';

  it.each([1, 2, 3, 7, 1000])('parses pid, body and exit code whatever the chunking (%i bytes)', (split) => {
    const { body, stream } = feed(wire, split);
    expect(stream.pid).toBe(4242);
    expect(body).toBe('hello\nE:other:1\nworld');
    expect(stream.exitCode).toBe(7);
  });

  it('is not done before the end marker line is complete', () => {
    const { stream } = feed('S:n0nce:1\nabc\nE:n0nce:1', 1);
    expect(stream.done).toBe(false);
  });
});
