import { readFileSync } from 'node:fs';
import { parseArticle } from '../source/core/article/article.js';
const seeds = ['articles/russia-warns-peacekeepers-direct-confrontation.txt', 'articles/lavrov-no-compromise-on-peacekeepers.txt'].map((p) => parseArticle(readFileSync(p)));
const body = seeds.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'body').map((p) => a.text.slice(p.start, p.end)));
const text = `A very long read about peacekeepers\n\n${Array.from({ length: 60000 }, (_, i) => body[i % body.length]).join('\n\n')}\n`;
const bytes = Buffer.from(text);
for (let i = 0; i < 8; i++) { const s = performance.now(); parseArticle(bytes); console.log((performance.now() - s).toFixed(0)); }
