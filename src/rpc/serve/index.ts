// The plugin side of Packer's protocol: TypeScript components served to a Go Packer core.
//
//   const set = new PluginSet().setVersion('0.1.0');
//   set.registerBuilder(DEFAULT_NAME, () => new MyBuilder());
//   await set.run();                      // describe | start <kind> <name> | legacy <kind> <name>
//
//   await new PluginServer().registerProvisioner(new MyProvisioner()).serve();   // packer-provisioner-NAME

// Entry points
export { PluginSet, DEFAULT_NAME, type RunIo } from './set.js';
export { PluginServer } from './server.js';
export { pluginSetOf } from './builtins.js';
export { serveComponent, PluginServeError, type ServeOptions } from './serve.js';

// Protocol details a caller may need (tests, shims, docs)
export {
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  NOT_A_COMMAND,
  PROTOCOL_ENV,
  handshakeLine,
  type HandshakeProtocol,
} from './handshake.js';
export { API_VERSION, SDK_VERSION, type SetDescription } from './describe.js';
export { EMPTY_OBJECT_SPEC_GOB } from './config-spec.js';
export { decodeConfigs, ConfigsError } from './configs.js';
export type { ComponentKind, Provide, ServedComponent } from './component.js';

// Component servers on an RpcServer (for a caller that owns the session)
export { registerBuilder } from './builder-server.js';
export { registerProvisioner } from './provisioner-server.js';
export { registerPostProcessor } from './post-processor-server.js';
export { ServeContext } from './context.js';
export { stderrLog, type ServeLog } from './log.js';
