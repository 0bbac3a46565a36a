import type { EngineEvent } from '../ui/events.js';
import type { GithubRenderer } from '../ui/github/index.js';
import type { EventTail } from './tail.js';

export const POLL_MS = 250;

/**
 * Renders the events file while the engine runs: new events go to the renderer as they appear,
 * `tick` runs on every poll (heartbeats are due about once a second at most), and after `done()`
 * says the engine has ended one last read takes whatever it wrote before exiting.
 * `onProgress` hears each new offset (main saves it to GITHUB_STATE so post can resume there).
 */
export async function follow(
  tail: EventTail,
  renderer: GithubRenderer,
  done: () => boolean,
  o: { onEvents?: (events: EngineEvent[], offset: number) => void; deadline?: number } = {},
): Promise<boolean> {
  for (;;) {
    const finished = done();
    const events = await tail.read();
    for (const e of events) renderer.onEvent(e);
    if (events.length > 0) o.onEvents?.(events, tail.offset);
    renderer.tick(new Date());
    if (finished) return true;
    if (o.deadline !== undefined && Date.now() >= o.deadline) return false;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
