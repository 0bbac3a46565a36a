import { createHumanRenderer } from '../ui/index.js';
import { handleInterrupts } from './signals.js';
import { testIo } from './test-io.js';

test('the first signal aborts with Packer\'s message; a second is reported; stop() detaches', () => {
  const io = testIo();
  const ui = createHumanRenderer({ write: io.stdout, color: true, stripEscapes: false, timestampUi: false });
  const h = handleInterrupts(io, ui);
  expect(h.signal.aborted).toBe(false);
  io.raise('interrupt');
  expect(h.signal.aborted).toBe(true);
  io.raise('terminated');
  h.stop();
  io.raise('interrupt');
  expect(io.out).toBe(
    'Cancelling build after receiving interrupt\n' +
      'Received terminated again: still cleaning up, waiting for the builds to stop.\n',
  );
});
