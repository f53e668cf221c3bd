// A process of the analyse pool for one large file (analyse-large.ts): reads and analyses the path it is sent,
// sends the result back, and ends, giving all its memory back.
import { analyseFile } from './analyse.js';

process.once('message', async (path: string) => {
	const result = await analyseFile(path);
	process.send?.(result, undefined, {}, () => process.disconnect());
});
