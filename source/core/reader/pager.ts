/**
 * Where the reader's window stands over the laid-out lines. Pages are aligned on multiples of the page
 * height so that "page N of M" means the same thing going forward and back; line moves may leave the
 * window between pages. The last page is a full screen ending at the last line, as in less: it overlaps
 * the page before rather than showing one orphan line.
 */
export interface PagerView {
	readonly top: number;
	readonly lineCount: number;
	readonly pageHeight: number;
}

export type PagerMove =
	| { readonly type: 'page'; readonly by: number }
	| { readonly type: 'line'; readonly by: number }
	| { readonly type: 'half-page'; readonly by: number }
	| { readonly type: 'start' }
	| { readonly type: 'end' }
	| { readonly type: 'percent'; readonly percent: number };

export function pageCount(view: Omit<PagerView, 'top'>): number {
	return Math.max(1, Math.ceil(view.lineCount / Math.max(1, view.pageHeight)));
}

/** The highest useful top line: the one that fills the screen down to the last line. */
export function lastTop(view: Omit<PagerView, 'top'>): number {
	return Math.max(0, view.lineCount - Math.max(1, view.pageHeight));
}

export function clampTop(view: PagerView): number {
	return Math.max(0, Math.min(view.top, lastTop(view)));
}

export function currentPage(view: PagerView): number {
	const height = Math.max(1, view.pageHeight);
	if (view.top + height >= view.lineCount) return pageCount(view);
	return Math.floor(view.top / height) + 1;
}

/** Share of the text read once the visible window has been read, 0..1. */
export function progressOf(view: PagerView): number {
	if (view.lineCount === 0) return 1;
	return Math.min(1, (view.top + view.pageHeight) / view.lineCount);
}

export function isAtEnd(view: PagerView): boolean {
	return view.top + view.pageHeight >= view.lineCount;
}

export function movePager(view: PagerView, move: PagerMove): number {
	const height = Math.max(1, view.pageHeight);
	let top: number;
	switch (move.type) {
		case 'page':
			// From between two pages, a page forward lands on the next page boundary, as a book would.
			top = move.by > 0 ? (Math.floor(view.top / height) + move.by) * height : Math.ceil(view.top / height + move.by) * height;
			break;
		case 'line':
			top = view.top + move.by;
			break;
		case 'half-page':
			top = view.top + move.by * Math.max(1, Math.floor(height / 2));
			break;
		case 'start':
			top = 0;
			break;
		case 'end':
			top = lastTop(view);
			break;
		case 'percent':
			top = Math.floor((Math.max(0, Math.min(100, move.percent)) / 100) * view.lineCount);
			break;
	}
	return clampTop({ ...view, top });
}
