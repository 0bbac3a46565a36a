// Config decoding for components: packer-plugin-sdk `template/config` + mapstructure (weak typing).
export { decodeConfig, contextFromPacker, detectContextData, type DecodeOptions, type Decoded } from './decode.js';
export { defineSpec, type ConfigSpec, type ConfigOf, type FieldSpec, type FieldKind, type KindTypes } from './spec.js';
export { ConfigDecodeError, unknownKeyError } from './decode-error.js';
export { decodePackerConfig } from './packer.js';
export { mergeRaws } from './merge.js';
export { goValue, goTypeName } from './go-format.js';
