import stripAnsi from 'strip-ansi';

export interface CellStyle {
	foreground: number | null;
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
}

const plain = (): CellStyle => ({ foreground: null, bold: false, dim: false, italic: false, underline: false, inverse: false });

/**
 * The SGR style in force where `text` starts in a rendered frame (the first line that shows it), read by
 * replaying the escape codes before it. Tests assert what a user sees, not which codes Ink chose to emit.
 */
export function styleAt(frame: string, text: string): CellStyle | undefined {
	const line = frame.split('\n').find((candidate) => stripAnsi(candidate).includes(text));
	if (line === undefined) return undefined;
	const target = stripAnsi(line).indexOf(text);
	const style = plain();
	let visible = 0;
	const pattern = /\u001B\[([0-9;]*)m|([^\u001B]+)/g;
	for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
		if (match[2] !== undefined) {
			if (visible + match[2].length > target) return style;
			visible += match[2].length;
			continue;
		}
		const params = (match[1] === '' ? '0' : match[1]!).split(';').map(Number);
		for (const code of params) {
			if (code === 0) Object.assign(style, plain());
			else if (code === 1) style.bold = true;
			else if (code === 2) style.dim = true;
			else if (code === 22) style.bold = style.dim = false;
			else if (code === 3) style.italic = true;
			else if (code === 23) style.italic = false;
			else if (code === 4) style.underline = true;
			else if (code === 24) style.underline = false;
			else if (code === 7) style.inverse = true;
			else if (code === 27) style.inverse = false;
			else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) style.foreground = code;
			else if (code === 39) style.foreground = null;
		}
	}
	return style;
}
