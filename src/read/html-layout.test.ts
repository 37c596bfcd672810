import { describe, expect, it } from 'vitest';
import { readHtmlLayout } from './html-layout.ts';

describe('readHtmlLayout', () => {
  it('reads innermost tables with their cells; layout tables flow as text; fragmented spans join', () => {
    const doc = readHtmlLayout(
      '<html><head><title>某局2023年报</title></head><body><table><tr><td><p>一、总体情况</p>' +
        '<table><tr><td><span>一</span><span>、本年新收</span></td><td>&nbsp;</td><td>２６</td></tr></table>' +
        '</td></tr></table><script>var x=1</script></body></html>',
    );
    expect(doc.title).toBe('某局2023年报');
    expect(doc.blocks[0]).toMatchObject({ kind: 'text', text: '一、总体情况' });
    expect(doc.blocks[1]).toMatchObject({ kind: 'table' });
    const row = doc.blocks[1]!.kind === 'table' ? doc.blocks[1]!.rows[0]!.map((c) => c.text) : [];
    expect(row).toEqual(['一、本年新收', '', '26']);
    expect(doc.blocks).toHaveLength(2);
  });
});
