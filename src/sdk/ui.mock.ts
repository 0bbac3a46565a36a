import type { Ui } from './ui.js';

/** A Ui double that records every line as `level: text`. */
export class RecordingUi implements Ui {
  readonly lines: string[] = [];
  constructor(private readonly answers: string[] = []) {}
  async ask(query: string): Promise<string> {
    this.lines.push(`ask: ${query}`);
    const a = this.answers.shift();
    if (a === undefined) throw new Error('no input available');
    return a;
  }
  say(m: string): void {
    this.lines.push(`say: ${m}`);
  }
  message(m: string): void {
    this.lines.push(`message: ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  machine(type: string, ...args: string[]): void {
    this.lines.push(`machine: ${[type, ...args].join(',')}`);
  }
}
