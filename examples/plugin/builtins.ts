// packer-plugin-imagebuild: image-build's built-in components served to a Go Packer core.
import { builtinComponents } from '../../src/components/index.js';
import { pluginSetOf } from '../../src/rpc/serve/index.js';

await pluginSetOf('0.1.0', builtinComponents).run();
