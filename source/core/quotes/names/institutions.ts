/** Kinds of institution whose head noun, ending a name, says what the body is. */
const INSTITUTIONS: readonly (readonly string[])[] = [
	['ministry', 'department', 'office', 'government', 'cabinet', 'administration'],
	['union', 'federation', 'confederation', 'association'],
	['council', 'authority', 'borough'],
	['police', 'constabulary'],
	['court', 'tribunal'],
	['party'],
	['army', 'navy', 'military'],
	['university', 'college', 'school', 'academy'],
	['hospital', 'clinic'],
	['embassy', 'consulate'],
	['parliament', 'congress', 'senate', 'assembly'],
	['commission', 'committee', 'inquiry'],
	['club', 'team'],
];

/** `the ministry` and a body whose name ends in another kind of institution (`… Federation`). */
export function namesOtherInstitution(words: readonly string[], head: string): boolean {
	const own = INSTITUTIONS.find((kind) => kind.includes(head));
	const last = words[words.length - 1] ?? '';
	const theirs = INSTITUTIONS.find((kind) => kind.includes(last));
	return own !== undefined && theirs !== undefined && own !== theirs;
}
