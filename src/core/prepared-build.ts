import type { Builder, PostProcessor, Provisioner, RawConfig } from '../sdk/index.js';

export interface PreparedPostProcessor {
  postProcessor: PostProcessor;
  type: string;
  name: string;
  keepInputArtifact?: boolean;
  config: RawConfig;
}

export interface PreparedProvisioner {
  provisioner: Provisioner;
  type: string;
  /** The template config, then the build's `override` entry when there is one. */
  configs: RawConfig[];
}

/** One build with every component started and prepared: ready to run (Packer's CoreBuild). */
export interface PreparedBuild {
  name: string;
  rawName: string;
  type: string;
  builder: Builder;
  provisioners: PreparedProvisioner[];
  cleanupProvisioner?: PreparedProvisioner;
  postProcessors: PreparedPostProcessor[][];
}
