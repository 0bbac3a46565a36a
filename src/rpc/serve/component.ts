import type { Builder, PostProcessor, Provisioner } from '../../sdk/index.js';
import type { RpcServer } from '../net-rpc/index.js';
import { registerBuilder } from './builder-server.js';
import type { ServeContext } from './context.js';
import { registerPostProcessor } from './post-processor-server.js';
import { registerProvisioner } from './provisioner-server.js';

/** The kinds a Packer core starts (`start <kind> <name>`); datasources are not served. */
export type ComponentKind = 'builder' | 'provisioner' | 'post-processor';
export const COMPONENT_KINDS: readonly ComponentKind[] = ['builder', 'provisioner', 'post-processor'];

/** An instance, or a factory called once when the process is started for it. */
export type Provide<T> = T | (() => T);

export type ServedComponent =
  | { kind: 'builder'; component: Provide<Builder> }
  | { kind: 'provisioner'; component: Provide<Provisioner> }
  | { kind: 'post-processor'; component: Provide<PostProcessor> };

function instance<T>(p: Provide<T>): T {
  return typeof p === 'function' ? (p as () => T)() : p;
}

/** Registers the one component service of a plugin process on its id-0 server. */
export function registerComponent(server: RpcServer, served: ServedComponent, ctx: ServeContext): void {
  switch (served.kind) {
    case 'builder':
      return registerBuilder(server, instance(served.component), ctx);
    case 'provisioner':
      return registerProvisioner(server, instance(served.component), ctx);
    case 'post-processor':
      return registerPostProcessor(server, instance(served.component), ctx);
  }
}
