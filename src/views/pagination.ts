/** Lists show this many documents a page: short enough to read on a phone. */
export const pageSize = 20;
