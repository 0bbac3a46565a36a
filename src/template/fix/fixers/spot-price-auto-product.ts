import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

const amazonBuilders = new Set(['amazon-ebs', 'amazon-ebssurrogate', 'amazon-ebsvolume', 'amazon-instance']);

export const spotPriceAutoProduct: Fixer = {
  name: 'spot-price-auto-product',
  synopsis: 'Removes the deprecated "spot_price_auto_product" setting from Amazon builder templates',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) if (amazonBuilders.has(typeOf(b) ?? '')) b.delete('spot_price_auto_product');
    input.set('builders', builders);
    return input;
  },
};
