import type { Ui } from '../sdk/index.js';
import type { EventSink, UiLevel } from '../ui/events.js';

export interface BuildUiOptions {
  emit: EventSink;
  build: string;
  /** The prefix Packer prints: the build name, or `<build> (<pp type>)` for a post-processor. */
  target: string;
  mask: (text: string) => string;
  ask?: (question: string) => Promise<string>;
}

/**
 * The Ui handed to a component (Packer's TargetedUI): turns each call into an event of the
 * build's stream, with secrets masked at this one choke point.
 */
export class BuildUi implements Ui {
  constructor(private readonly o: BuildUiOptions) {}

  /** The same build's Ui for another target (a post-processor's `<build> (<type>)`). */
  withTarget(target: string): BuildUi {
    return new BuildUi({ ...this.o, target });
  }

  say(message: string): void {
    this.line('say', message);
  }
  message(message: string): void {
    this.line('message', message);
  }
  error(message: string): void {
    this.line('error', message);
  }

  machine(type: string, ...args: string[]): void {
    const { emit, build, target, mask } = this.o;
    emit({ kind: 'machine', time: new Date(), build, target, type, args: args.map(mask) });
  }

  async ask(query: string): Promise<string> {
    if (!this.o.ask) throw new Error('no input available: standard input is not a terminal');
    this.say(query);
    return this.o.ask(this.o.mask(query));
  }

  private line(level: UiLevel, text: string): void {
    const { emit, build, target, mask } = this.o;
    emit({ kind: 'ui', time: new Date(), build, target, level, text: mask(text) });
  }
}
