import * as path from 'node:path';
import type { ComponentKind } from './component-kind.js';
import { DEFAULT_COMPONENT_NAME, type PluginDescription } from './describe.js';
import { API_VERSION_MAJOR, API_VERSION_MINOR } from './handshake.js';
import type { ComponentOrigin, PluginComponent } from './resolve.js';

/** `start <kind> <component>` commands of a multi-component binary, named `<plugin>-<component>`. */
export function multiComponents(plugin: string, binary: string, d: PluginDescription, origin: ComponentOrigin): PluginComponent[] {
  const out: PluginComponent[] = [];
  const add = (kind: ComponentKind, names: readonly string[]): void => {
    for (const component of names) {
      const type = component === DEFAULT_COMPONENT_NAME ? plugin : `${plugin}-${component}`;
      const command = { path: binary, args: ['start', kind, component], name: path.basename(binary) };
      out.push({ kind, type, command, origin, verifyChecksum: origin === 'installed' });
    }
  };
  add('builder', d.builders);
  add('post-processor', d.postProcessors);
  add('provisioner', d.provisioners);
  return out;
}

/** 1.6.6-era descriptions have no api_version; a modern one must be x5.N with N ≤ ours. */
export function checkApi(d: PluginDescription): void {
  if (d.apiVersion === '') return;
  const m = /^x(\d+)\.(\d+)$/.exec(d.apiVersion);
  if (!m || m[1] !== API_VERSION_MAJOR || Number(m[2]) > Number(API_VERSION_MINOR)) {
    throw new Error(`it speaks plugin API ${JSON.stringify(d.apiVersion)}, we speak x${API_VERSION_MAJOR}.${API_VERSION_MINOR}`);
  }
}
