import type { Artifact, Builder, Hook, PostProcessor, PostProcessResult, Ui } from '../sdk/index.js';
import { MockArtifact } from '../sdk/artifact.mock.js';
import { BuildUi } from './build-ui.js';
import { runCoreBuild } from './core-build.js';
import type { PreparedBuild, PreparedPostProcessor } from './prepared-build.js';
import type { EngineEvent } from '../ui/events.js';

class OneArtifactBuilder implements Builder {
  readonly artifact = new MockArtifact('orig');
  async prepare() {
    return { generatedVars: [], warnings: [] };
  }
  async run(_s: AbortSignal, _ui: Ui, _hook: Hook): Promise<Artifact> {
    return this.artifact;
  }
}

class StepPP implements PostProcessor {
  readonly out: MockArtifact;
  constructor(id: string, private readonly keep: boolean, private readonly force = false, private readonly fail = false) {
    this.out = new MockArtifact(id);
  }
  async configure() {}
  async postProcess(): Promise<PostProcessResult> {
    if (this.fail) throw new Error('boom');
    return { artifact: this.out, keep: this.keep, forceOverride: this.force };
  }
}

function pp(p: StepPP, keepInputArtifact?: boolean): PreparedPostProcessor {
  return { postProcessor: p, type: 'step', name: 'step', config: {}, keepInputArtifact };
}

function build(builder: Builder, chains: PreparedPostProcessor[][]): PreparedBuild {
  return { name: 'b', rawName: 'b', type: 'mock', builder, provisioners: [], postProcessors: chains };
}

function ui(events: EngineEvent[]): BuildUi {
  return new BuildUi({ emit: (e) => events.push(e), build: 'b', target: 'b', mask: (s) => s });
}

const signal = new AbortController().signal;

describe('runCoreBuild keep semantics (packer/build.go)', () => {
  test('no post-processors keeps the original', async () => {
    const b = new OneArtifactBuilder();
    const out = await runCoreBuild(build(b, []), ui([]), signal);
    expect(out.map((a) => a.id())).toEqual(['orig']);
  });

  test('first step not keeping destroys the original; chain end reported', async () => {
    const b = new OneArtifactBuilder();
    const out = await runCoreBuild(build(b, [[pp(new StepPP('c1', false))]]), ui([]), signal);
    expect(out.map((a) => a.id())).toEqual(['c1']);
    expect(b.artifact.destroyed).toBe(true);
  });

  test('intermediate kept when the next step keeps, destroyed otherwise', async () => {
    const b = new OneArtifactBuilder();
    const s1 = new StepPP('s1', true);
    const s2 = new StepPP('s2', true);
    const t1 = new StepPP('t1', true);
    const t2 = new StepPP('t2', false);
    const out = await runCoreBuild(build(b, [[pp(s1), pp(s2)], [pp(t1), pp(t2)]]), ui([]), signal);
    expect(out.map((a) => a.id())).toEqual(['orig', 's1', 's2', 't2']);
    expect(t1.out.destroyed).toBe(true);
    expect(s1.out.destroyed).toBe(false);
  });

  test('user keep_input_artifact overrides, except when the pp forces', async () => {
    const b = new OneArtifactBuilder();
    await runCoreBuild(build(b, [[pp(new StepPP('x', true, true), false)]]), ui([]), signal);
    expect(b.artifact.destroyed).toBe(false);
    const b2 = new OneArtifactBuilder();
    await runCoreBuild(build(b2, [[pp(new StepPP('x', true, false), false)]]), ui([]), signal);
    expect(b2.artifact.destroyed).toBe(true);
  });

  test('a failing chain fails the build with Packer wording; other chains still run', async () => {
    const b = new OneArtifactBuilder();
    const other = new StepPP('ok', true);
    const events: EngineEvent[] = [];
    const run = runCoreBuild(build(b, [[pp(new StepPP('bad', true, false, true))], [pp(other)]]), ui(events), signal);
    await expect(run).rejects.toThrow('1 error(s) occurred:\n\n* Post-processor failed: boom');
    const says = events.flatMap((e) => (e.kind === 'ui' ? [e.text] : []));
    expect(says).toEqual(['Running post-processor: step', 'Running post-processor: step']);
  });
});
