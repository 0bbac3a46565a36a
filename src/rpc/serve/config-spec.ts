/**
 * The reply to `<Component>.ConfigSpec`. JSON templates never ask for it; HCL2 cores do, and
 * the Go client *panics* when the call fails (packer-plugin-sdk commonClient.ConfigSpec has no
 * error return), so an RPC error would crash the whole `packer` process. We answer a valid,
 * empty gob `hcldec.ObjectSpec` instead: the HCL2 core then decodes the component's block with
 * no attributes allowed, and any attribute is reported by the core as "An argument named … is
 * not expected here", naming the key. A TypeScript config spec → hcldec gob encoder would lift
 * that limit; it is not needed for JSON templates.
 */
export const EMPTY_OBJECT_SPEC_GOB: Uint8Array = Buffer.from(
  [
    // message 1: type definition 65 = map ObjectSpec { Key: string(6), Elem: interface(8) }
    '1a ff81 04 01 01 0a', Buffer.from('ObjectSpec').toString('hex'), '01 ff82 00 01 0c 01 10 00 00',
    // message 2: value of type 65, singleton prefix 0, map length 0
    '04 ff82 00 00',
  ]
    .join('')
    .replace(/ /g, ''),
  'hex',
);

export function configSpecResponse(): { ConfigSpec: Uint8Array } {
  return { ConfigSpec: EMPTY_OBJECT_SPEC_GOB };
}
