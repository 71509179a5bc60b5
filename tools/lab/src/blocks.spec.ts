import { BLOCK_TABLE_PREFIX, blockTable } from './blocks';

describe('the nftables table of a block', () => {
  it('is one per pair, whichever host is named first, and carries the prefix lab down deletes by', () => {
    expect(blockTable('lab14', 'lab15')).toBe('kdlab_block_lab14_lab15');
    expect(blockTable('lab15', 'lab14')).toBe(blockTable('lab14', 'lab15'));
    expect(blockTable('lab2', 'lab3').startsWith(BLOCK_TABLE_PREFIX)).toBe(true);
  });
});
