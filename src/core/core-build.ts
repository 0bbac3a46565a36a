import type { Artifact } from '../sdk/index.js';
import { CancelledError, PackerMultiError } from '../sdk/index.js';
import type { BuildUi } from './build-ui.js';
import type { PreparedBuild } from './prepared-build.js';
import { ProvisionHook } from './provision-hook.js';

/**
 * Runs one prepared build (Packer's CoreBuild.Run): the builder with the provision hook, then
 * every post-processor chain. Keep semantics as Packer's: the original artifact survives when
 * there are no post-processors or when the first step of any chain keeps it; an intermediate
 * artifact is destroyed when the next step does not keep it. Post-processor errors fail the
 * build but the other chains still run.
 */
export async function runCoreBuild(build: PreparedBuild, ui: BuildUi, signal: AbortSignal): Promise<Artifact[]> {
  const hook = new ProvisionHook(
    build.provisioners.map((p) => p.provisioner),
    build.cleanupProvisioner?.provisioner,
  );
  const builderArtifact = await build.builder.run(signal, ui, hook);
  if (signal.aborted) throw new CancelledError();
  if (!builderArtifact) return [];

  const artifacts: Artifact[] = [];
  const errors: Error[] = [];
  let keepOriginal = build.postProcessors.length === 0;

  for (const chain of build.postProcessors) {
    let prior = builderArtifact;
    let chainFailed = false;
    for (const [i, pp] of chain.entries()) {
      if (signal.aborted) throw new CancelledError();
      ui.say(pp.name === pp.type ? `Running post-processor: ${pp.type}` : `Running post-processor: ${pp.name} (type ${pp.type})`);
      let result;
      try {
        result = await pp.postProcessor.postProcess(signal, ui.withTarget(`${build.name} (${pp.type})`), prior);
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        errors.push(new Error(`Post-processor failed: ${e instanceof Error ? e.message : String(e)}`));
        chainFailed = true;
        break;
      }
      if (result.artifact === undefined) {
        // Packer: "Nil artifact, halting post-processor chain." — the input is neither kept nor destroyed.
        chainFailed = true;
        break;
      }
      let keep = result.keep;
      if (pp.keepInputArtifact !== undefined && !(result.keep && !pp.keepInputArtifact && result.forceOverride)) {
        keep = pp.keepInputArtifact;
      }
      if (i === 0) {
        if (keep) keepOriginal = true;
      } else if (keep) {
        artifacts.push(prior);
      } else {
        await destroy(prior, errors, `Failed cleaning up prior artifact: %s; pp is ${pp.type}`);
      }
      prior = result.artifact;
    }
    if (!chainFailed) artifacts.push(prior);
  }

  if (keepOriginal) artifacts.unshift(builderArtifact);
  else await destroy(builderArtifact, errors, 'Error destroying builder artifact: %s');

  if (errors.length > 0) throw new PackerMultiError(errors);
  return artifacts;
}

async function destroy(a: Artifact, errors: Error[], format: string): Promise<void> {
  try {
    await a.destroy();
  } catch (e) {
    errors.push(new Error(format.replace('%s', e instanceof Error ? e.message : String(e))));
  }
}
