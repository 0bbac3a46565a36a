import { withPathMutex } from './path-mutex.js';

describe('withPathMutex', () => {
  test('calls for one path never overlap and run in call order', async () => {
    const log: string[] = [];
    const work = (name: string, ms: number) =>
      withPathMutex('/tmp/x.json', async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
      });
    await Promise.all([work('a', 30), work('b', 1), work('c', 10)]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  test('a failing call releases the path; other paths run alongside', async () => {
    await expect(withPathMutex('/tmp/y.json', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const log: string[] = [];
    await Promise.all([
      withPathMutex('/tmp/y.json', async () => void log.push('y')),
      withPathMutex('/tmp/z.json', async () => void log.push('z')),
    ]);
    expect(log.sort()).toEqual(['y', 'z']);
  });
});
