import { describe, expect, it } from 'vitest';
import { seededRandom } from '../util/seeded-random.ts';
import { type FreeToken, nextFreeToken } from './free-token.ts';

// The pattern the tokenizer stands in for.
const FREE_TOKEN =
  /([+\-–−]?\d+(?:,\d{3})*(?:\.\d+)?)(?: *(万元|亿元|元))?|(\/(?=\/)|(?<=\/)\/)|(?<=^|\s)(\/|-{1,2}|—{1,2}|－|–|无|\\|〇|○|O)(?=\s|$)/g;

function byPattern(text: string): string[] {
  return [...text.matchAll(FREE_TOKEN)].map(
    (m) => `${m.index}:${m[0]}:${m[3] || m[4] ? 'dash' : m[2] ? 'unit' : 'number'}`,
  );
}

function byTokenizer(text: string): string[] {
  const t: FreeToken = { at: 0, end: 0, numberEnd: 0, unit: false, dash: false };
  const out: string[] = [];
  for (let found = nextFreeToken(text, 0, t); found; found = nextFreeToken(text, t.end, t)) {
    out.push(`${t.at}:${text.slice(t.at, t.end)}:${t.dash ? 'dash' : t.unit ? 'unit' : 'number'}`);
  }
  return out;
}

describe('nextFreeToken', () => {
  it('reads numbers, units and lone dashes', () => {
    expect(byTokenizer('收费 1,234.5万元 - 0 -- —— / 2-3 +7 x-')).toEqual([
      '3:1,234.5万元:unit',
      '13:-:dash',
      '15:0:number',
      '17:--:dash',
      '20:——:dash',
      '23:/:dash',
      '25:2:number',
      '26:-3:number',
      '29:+7:number',
    ]);
  });

  it('finds what the pattern finds, match for match', () => {
    const rand = seededRandom(20240601);
    const parts = [
      '1',
      '23',
      '0',
      ',',
      ',123',
      '.',
      '.5',
      '+',
      '-',
      '--',
      '—',
      '——',
      '－',
      '–',
      '/',
      ' ',
      '\n',
      '\u3000',
      '万元',
      '亿元',
      '元',
      '万',
      '年',
      'a',
      '第',
      '无',
      '\\',
      '〇',
      '○',
      'O',
      '−',
    ];
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const n = Math.floor(rand() * 16);
      for (let k = 0; k < n; k++) text += parts[Math.floor(rand() * parts.length)];
      expect(byTokenizer(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
