// The page's CSS: screen reading and A4 printing (margins as GB/T 9704-2012 版心).
export const HTML_CSS = `
body { margin: 0; background: #f4f4f4; color: #111; }
main { max-width: 210mm; margin: 0 auto; padding: 24px 26mm 24px 28mm; background: #fff;
  font-family: "仿宋_GB2312", "FangSong", "STFangsong", "仿宋", serif; font-size: 16pt; line-height: 1.8; }
h1 { font-family: "方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "SimSun", serif;
  font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 1em; line-height: 1.5; }
h2 { font-family: "黑体", "SimHei", "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal;
  text-indent: 2em; margin: 0.8em 0 0.2em; }
h3, .lead { font-family: "楷体_GB2312", "KaiTi", "STKaiti", "楷体", serif; font-size: 16pt; font-weight: normal; }
h3 { text-indent: 2em; margin: 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"], th[scope="rowgroup"] { text-align: left; }
td { text-align: center; }
td.note { font-size: 9pt; text-align: left; }
td.unknown { color: #a00; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  table { page-break-inside: auto; }
  tr, th, td { page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { page-break-after: avoid; }
}
`;
