// The font families of Chinese official documents (GB/T 9704-2012 7.3), named and never embedded.
// Word and WPS substitute from the font table: each family lists its fallbacks in <w:altName>
// and is marked GB2312 (charset 86) so that a missing font falls back to a Chinese one.

export interface FontFamily {
  name: string;
  fallbacks: readonly string[];
  family: 'roman' | 'swiss' | 'modern' | 'script';
}

/** 标题：方正小标宋简体 (GB/T 9704-2012 7.3.1). */
export const TITLE_FONT: FontFamily = {
  name: '方正小标宋简体',
  fallbacks: ['方正小标宋_GBK', '华文中宋', 'SimSun'],
  family: 'roman',
};
/** 正文：仿宋_GB2312 (7.3.3). */
export const BODY_FONT: FontFamily = {
  name: '仿宋_GB2312',
  fallbacks: ['仿宋', 'FangSong'],
  family: 'modern',
};
/** 一级标题：黑体 (7.3.3). */
export const HEADING1_FONT: FontFamily = { name: '黑体', fallbacks: ['SimHei'], family: 'modern' };
/** 二级标题：楷体_GB2312 (7.3.3). */
export const HEADING2_FONT: FontFamily = {
  name: '楷体_GB2312',
  fallbacks: ['楷体', 'KaiTi'],
  family: 'modern',
};
/** 页码：宋体 (7.5). */
export const PAGE_NUMBER_FONT: FontFamily = { name: '宋体', fallbacks: ['SimSun'], family: 'roman' };

export const FONTS: readonly FontFamily[] = [
  TITLE_FONT,
  BODY_FONT,
  HEADING1_FONT,
  HEADING2_FONT,
  PAGE_NUMBER_FONT,
];

/** The run font of a family: every script slot named, so digits and Latin letters match. */
export function runFont(f: FontFamily) {
  return { ascii: f.name, hAnsi: f.name, eastAsia: f.name, cs: f.name };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/fontTable.xml naming the families with their fallbacks (ECMA-376 Part 1, 17.8.3). */
export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.fallbacks.join(',')}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`;
}
