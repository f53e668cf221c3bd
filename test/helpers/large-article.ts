import { readFileSync } from 'node:fs';
import { parseArticle } from '../../source/core/article/article.js';
import { LAVROV_FILE, ZAKHAROVA_FILE } from './articles.js';

/**
 * The text of a long article made of the seed articles' body paragraphs, over and over, with a title: at least
 * `bytes` long (UTF-8). Its quotes and speakers are those of the seeds.
 */
export function largeArticleText(bytes: number, title = 'A very long read about peacekeepers'): string {
	const body = [ZAKHAROVA_FILE, LAVROV_FILE]
		.map((file) => parseArticle(readFileSync(file)))
		.flatMap((article) => article.paragraphs.filter((p) => p.kind === 'body').map((p) => article.text.slice(p.start, p.end)));
	const paragraphs: string[] = [];
	let length = title.length;
	for (let i = 0; length < bytes; i++) {
		const paragraph = body[i % body.length]!;
		paragraphs.push(paragraph);
		length += Buffer.byteLength(paragraph) + 2;
	}
	return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}
