import {
	NAME_CONNECTORS,
	CONJUNCTIONS,
	DETERMINERS,
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	GENDERED_ROLES,
	INTRODUCTORY_WORDS,
	NOUN_MARKERS,
	OPENING_PHRASE_WORDS,
	PLACE_PREPOSITIONS,
	PRONOUN_GENDER,
	RELATIVE_PRONOUNS,
	ROLE_WORDS,
	SPEAKER_NOUNS,
	SPEAKS_FOR_OWNER,
	SPOKESPEOPLE,
	SUBJECT_PRONOUNS,
	VERB_FILLERS,
} from '../lexicon/index.js';
import { leadsSentence } from './positions.js';
import { documentAuthorStart, isDocumentRelative } from './documents.js';
import { verbGroupStart } from './verb-group.js';
import { isBodyLike, NamePhrases, type Subject } from './phrases.js';

/** How many words may stand between an owner's ’s and their document: `Sanders’s fundraising email`. */
const OWNED_DOCUMENT_MODIFIERS = 2;
/** How far back, in tokens, the comma after a name may stand from the one closing its aside before a verb. */
const LONG_ASIDE_REACH = 40;
/** How far back, in tokens, the comma opening a relative clause may stand: `, who …, said`. */
const RELATIVE_CLAUSE_REACH = 30;
/** `family`, `friend`, `son`: someone defined by whose they are (not a title like `head`, nor a spokesperson). */
const isRelationNoun = (lower: string): boolean => (SPEAKER_NOUNS.has(lower) || GENDERED_ROLES.has(lower)) && !ROLE_WORDS.has(lower) && !SPOKESPEOPLE.has(lower) && !DOCUMENT_NOUNS.has(lower);

export { isBodyLike, isBodyNoun, isLowerSpeechVerb, isSpeechVerbAt, type Subject } from './phrases.js';

/**
 * Reads the subject of a reporting verb backwards from it (`Lavrov also said`, `Lavrov, Russia’s foreign
 * minister, said`, `the ministry said`), and a sentence's own subject (`leadingSubject`, `participleSubject`).
 */
export class SubjectPhrases extends NamePhrases {
	/** Where a sentence's subject may start: its first token, or past an opening phrase and its comma; -1 if none. */
	protected subjectSearchStart(sentence: number, limit: number): number {
		if (limit <= 0) return -1;
		let k = limit - 1;
		while (k > 0 && this.tokens[k - 1]!.sentence === sentence) k--;
		if (this.tokens[k]!.sentence !== sentence) return -1;
		// `Speaking on BBC Radio 4, Lord Ashby said`: skip an opening phrase up to its comma.
		const opening = this.tokens[k];
		if (opening && opening.kind === 'word' && (INTRODUCTORY_WORDS.has(opening.lower) || /(ing|ed)$/.test(opening.lower))) {
			for (let c = k; c < limit; c++) {
				if (this.tokens[c]!.text === ',') return c + 1;
			}
		}
		return k;
	}

	/** The first name or pronoun of the sentence, before `limit`. */
	sentenceSubject(sentence: number, limit: number): Subject | null {
		let k = this.subjectSearchStart(sentence, limit);
		if (k < 0) return null;
		for (; k < limit; k++) {
			const subject = this.subjectAt(k);
			// `Labour's shadow chancellor, Rachel Reeves, …`: a possessive only qualifies the subject.
			if (subject && !(subject.type === 'mention' && this.mentions[subject.mention]!.possessive)) return subject;
		}
		return null;
	}

	/**
	 * The subject opening the sentence (past an opening phrase and its comma): a he, she, they or it, or a name
	 * with nothing before it but a conjunction, a determiner or role words; and the token after it.
	 */
	leadingSubject(sentence: number, limit: number): { subject: Subject; next: number } | null {
		let start = limit - 1;
		while (start > 0 && this.tokens[start - 1]!.sentence === sentence) start--;
		const owned = this.documentOwnerAt(this.subjectSearchStart(sentence, limit), limit);
		if (owned) return owned;
		const subject = this.sentenceSubject(sentence, limit);
		if (!subject) return null;
		if (subject.type === 'pronoun') {
			if (subject.gender === 'self') return null;
			for (let k = start; k < subject.token; k++) {
				const token = this.tokens[k]!;
				if (token.kind === 'word' && !CONJUNCTIONS.has(token.lower) && !OPENING_PHRASE_WORDS.has(token.lower)) {
					// An opening phrase ends at its comma: `On Monday, he …`.
					const comma = this.tokens.slice(k, subject.token).findIndex((other) => other.text === ',');
					if (comma < 0) return null;
					k += comma;
				}
			}
			return { subject, next: subject.token + 1 };
		}
		if (subject.type !== 'mention') return null;
		const mention = this.mentions[subject.mention]!;
		if (!leadsSentence(this.tokens, start, mention)) return null;
		return { subject, next: this.afterMention(subject.mention) };
	}

	/**
	 * `In an interview with journalist Matei Rosca, Lazar said he welcomed it and added`: the first name or
	 * pronoun before `limit` that stands as a subject, followed by a verb and not the object of a preposition.
	 */
	protected clauseSubject(sentence: number, limit: number, nearest = false): Subject | null {
		let k = this.subjectSearchStart(sentence, limit);
		if (k < 0) return null;
		let found: Subject | null = null;
		for (; k < limit; k++) {
			const subject = this.subjectAt(k);
			if (!subject) continue;
			const first = subject.type === 'mention' ? this.mentions[subject.mention]!.first : k;
			const next = subject.type === 'mention' ? this.afterMention(subject.mention) : k + 1;
			if (subject.type === 'mention') k = this.mentions[subject.mention]!.last;
			if (subject.type === 'mention' && this.mentions[subject.mention]!.possessive) continue;
			if (subject.type === 'pronoun' && subject.gender === 'self') continue;
			// `told a North Carolina rally`: nearest, a body or place is more often a modifier than a subject.
			if (nearest && subject.type === 'mention' && this.mentions[subject.mention]!.kind !== 'person' && this.mentions[subject.mention]!.kind !== 'single') continue;
			const before = this.tokens[first - 1];
			// Not the object of a preposition, nor the subject of what another clause reports (`the notion that X could`).
			if (before && before.sentence === sentence && (NOUN_MARKERS.has(before.lower) || (nearest && (before.lower === 'that' || (before.capitalised && !/[’']s$/.test(before.lower)))))) continue;
			const after = this.tokens[next];
			if (after && after.kind === 'word' && !after.capitalised && (VERB_FILLERS.has(after.lower) || !FUNCTION_WORDS.has(after.lower))) {
				if (!nearest) return subject;
				found = subject;
			}
		}
		return found;
	}

	/**
	 * Who a reporting participle's clause belongs to: `with Trump reportedly yelling “…”` (after `with`, the
	 * name before it); `Hours later, Trump returned the compliment, telling Reuters “…”` (the subject of the
	 * nearest clause before it).
	 */
	participleSubject(sentence: number, participle: number): Subject | null {
		let k = participle - 1;
		while (k >= 0 && this.tokens[k]!.kind === 'word' && VERB_FILLERS.has(this.tokens[k]!.lower)) k--;
		const named = this.mentionEndingAt.get(k);
		if (named !== undefined && this.tokens[this.mentions[named]!.first - 1]?.lower === 'with') return { type: 'mention', mention: named };
		const shared = this.tokens[k]?.lower === 'and' ? this.withSubjectBefore(sentence, k) : undefined;
		if (shared !== undefined) return { type: 'mention', mention: shared };
		return this.clauseSubject(sentence, participle, true) ?? this.sentenceSubject(sentence, participle);
	}

	/** `with Bale tweeting that … and asking, “…”`: the name after `with` whose participle the `and` at `and` continues. */
	private withSubjectBefore(sentence: number, and: number): number | undefined {
		for (let k = and - 1; k >= 0 && this.tokens[k]!.sentence === sentence; k--) {
			const named = this.mentionEndingAt.get(k);
			if (named === undefined || this.tokens[this.mentions[named]!.first - 1]?.lower !== 'with') continue;
			let next = k + 1;
			while (this.tokens[next]?.kind === 'word' && VERB_FILLERS.has(this.tokens[next]!.lower)) next++;
			return this.tokens[next]?.lower.endsWith('ing') && this.tokens[next]!.kind === 'word' ? named : undefined;
		}
		return undefined;
	}

	/** `Hoff’s letter makes the case: “…”`: a name in ’s, up to two words and a document, opening at `k`. */
	protected documentOwnerAt(k: number, limit: number): { subject: Subject; next: number } | null {
		const owner = this.mentionStartingAt.get(k);
		if (owner === undefined || !this.mentions[owner]!.possessive) return null;
		const last = this.mentions[owner]!.last;
		for (let d = last + 1; d <= last + OWNED_DOCUMENT_MODIFIERS + 1 && d < limit; d++) {
			const token = this.tokens[d]!;
			if (token.kind !== 'word' || token.capitalised) return null;
			if (DOCUMENT_NOUNS.has(token.lower)) return { subject: { type: 'mention', mention: owner }, next: d + 1 };
		}
		return null;
	}

	/** The subject just before a verb: `Lavrov also said`, `Lavrov, Russia’s foreign minister, said`, `the ministry said`. */
	backward(verb: number): Subject | null {
		const sentence = this.tokens[verb]!.sentence;
		const k = verbGroupStart(this.tokens, verb - 1, sentence);
		const token = this.tokens[k];
		if (!token || token.sentence !== sentence) return null;
		// `She sent me a note that said`: whoever sent it.
		if (isDocumentRelative(this.tokens, k)) return this.sentenceSubject(sentence, k - 1);
		const subject = this.subjectBefore(k, sentence);
		if (subject && this.canSpeak(subject)) return subject;
		return this.documentAuthor(sentence, verb) ?? subject;
	}

	/** `A statement issued by the Kelham Trust after the hearing said`: the body or person it came from. */
	protected documentAuthor(sentence: number, verb: number): Subject | null {
		let start = verb;
		while (start > 0 && this.tokens[start - 1]!.sentence === sentence) start--;
		const author = this.mentionStartingAt.get(documentAuthorStart(this.tokens, start, verb));
		return author === undefined || this.mentions[author]!.possessive ? null : { type: 'mention', mention: author };
	}

	/** The subject ending at `k`, the word before a verb and its auxiliaries. */
	protected subjectBefore(k: number, sentence: number): Subject | null {
		const token = this.tokens[k]!;
		// `Ruth Abernathy read the draft and wrote`: the verb shares the sentence's subject.
		if (token.lower === 'and' || token.lower === 'but') return this.clauseSubject(sentence, k) ?? this.sentenceSubject(sentence, k);
		// `… met Karen Holt, who said`: the person the clause describes.
		if (token.lower === 'who' && this.tokens[k - 1]?.text === ',') {
			const described = this.mentionByAppositiveEnd.get(k - 1) ?? this.mentionEndingAt.get(k - 2);
			const kind = described === undefined ? null : this.mentions[described]!.kind;
			return kind === 'person' || kind === 'single' ? { type: 'mention', mention: described! } : null;
		}
		// `Rep. Jane Roe (D-Ohio) said`: past the party-state tag.
		if (token.text === ')' && this.mentionByAppositiveEnd.has(k)) return { type: 'mention', mention: this.mentionByAppositiveEnd.get(k)! };
		if (token.text === ',') {
			const appositive = this.mentionByAppositiveEnd.get(k);
			if (appositive !== undefined) return { type: 'mention', mention: appositive };
			// `Swanson, who is a pastor in Elizabeth, Colorado, slammed`: the person the clause describes, first.
			const described = this.describedByRelativeClause(k, sentence);
			if (described) return described;
			const named = this.mentionEndingAt.get(k - 1);
			if (named !== undefined && this.isNameBetweenCommas(named)) return { type: 'mention', mention: named };
			for (let c = k - 1; c >= 0 && c >= k - 16 && this.tokens[c]!.sentence === sentence; c--) {
				if (this.tokens[c]!.text !== ',') continue;
				const subject = this.withoutPlace(this.subjectEndingAt(c - 1, sentence), sentence);
				if (subject) return subject;
				break;
			}
			return this.beforeLongAside(k, sentence);
		}
		return this.withoutPlace(this.subjectEndingAt(k, sentence), sentence);
	}

	/**
	 * `Rich Heffley, a top operative who played a major role in 2008 and now runs the early vote, said`: at the
	 * comma before the verb, the person opening the sentence whose aside (however long, quotes and all) it closes.
	 */
	protected beforeLongAside(close: number, sentence: number): Subject | null {
		let start = close;
		while (start > 0 && this.tokens[start - 1]!.sentence === sentence) start--;
		for (let c = close - 1; c > start && c >= close - LONG_ASIDE_REACH; c--) {
			if (this.tokens[c]!.text !== ',') continue;
			const named = this.mentionByAppositiveEnd.get(c - 1) ?? this.mentionEndingAt.get(c - 1);
			if (named === undefined) continue;
			const mention = this.mentions[named]!;
			if (mention.kind !== 'person' || mention.possessive || !leadsSentence(this.tokens, start, mention)) return null;
			return { type: 'mention', mention: named };
		}
		return null;
	}

	/**
	 * `Maureen Fisk, 71, who has lived in the village for 50 years, said`: at the comma closing a relative
	 * clause, the person it describes, past an age or a short aside.
	 */
	protected describedByRelativeClause(close: number, sentence: number): Subject | null {
		for (let c = close - 1; c > 0 && c >= close - RELATIVE_CLAUSE_REACH && this.tokens[c]!.sentence === sentence; c--) {
			if (this.tokens[c]!.kind === 'quote') return null;
			if (this.tokens[c]!.text !== ',' || !RELATIVE_PRONOUNS.has(this.tokens[c + 1]?.lower ?? '')) continue;
			let end = c - 1;
			// `, 71,`: an age between the name and the clause.
			if (/^\d+$/.test(this.tokens[end]?.text ?? '') && this.tokens[end - 1]?.text === ',') end -= 2;
			const described = this.mentionByAppositiveEnd.get(end + 1) ?? this.mentionEndingAt.get(end);
			const kind = described === undefined ? null : this.mentions[described]!.kind;
			return kind === 'person' || kind === 'single' ? { type: 'mention', mention: described! } : null;
		}
		return null;
	}

	/** `Karen Holt, said`, `my neighbour, Priya, said`: a full name, or a lone one set off by commas. */
	protected isNameBetweenCommas(named: number): boolean {
		const mention = this.mentions[named]!;
		const before = this.tokens[mention.first - 1];
		const opens = !before || before.sentence !== mention.sentence || before.text === ',';
		// `Reid, responding to Karen Doolan, said`: a name after a verb or preposition is not the subject.
		if (mention.kind === 'person') return opens || before!.kind !== 'word' || DETERMINERS.has(before!.lower) || before!.capitalised;
		return mention.kind === 'single' && !mention.possessive && before?.text === ',' && before.sentence === mention.sentence;
	}

	/** `Jamie from Tobermory writes`: the person before the place. */
	protected withoutPlace(subject: Subject | null, sentence: number): Subject | null {
		if (!subject || subject.type !== 'mention') return subject;
		const mention = this.mentions[subject.mention]!;
		// `Archbishop Aris Tavan of the Patriarchate of Jerusalem told`: past `the`, and past each `of` in turn.
		let at = mention.first - 1;
		if (this.tokens[at]?.lower === 'the') at--;
		const preposition = this.tokens[at];
		if (!preposition || preposition.sentence !== sentence || !PLACE_PREPOSITIONS.has(preposition.lower)) return subject;
		const owner = this.subjectEndingAt(at - 1, sentence);
		// `the family of Ben Clarke said`, `a friend of the singer said`: the relative or friend, unnamed.
		if (owner?.type === 'nominal' && preposition.lower === 'of' && isRelationNoun(owner.head)) return owner;
		if (!owner || owner.type !== 'mention') return subject;
		const ownerMention = this.mentions[owner.mention]!;
		if (ownerMention.kind === 'person') return owner;
		// `Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote`: the person, not the body.
		const further = ownerMention.kind === 'organisation' ? null : this.withoutPlace(owner, sentence);
		if (further && further !== owner && further.type === 'mention' && this.mentions[further.mention]!.kind === 'person') return further;
		return ownerMention.kind !== 'organisation' ? owner : subject;
	}

	protected subjectEndingAt(k: number, sentence: number): Subject | null {
		const token = this.tokens[k];
		if (!token || token.sentence !== sentence || token.kind !== 'word') return null;
		if (SUBJECT_PRONOUNS.has(token.lower)) return { type: 'pronoun', gender: PRONOUN_GENDER.get(token.lower)!, token: k };
		const mention = this.mentionEndingAt.get(k);
		if (mention !== undefined) return this.mentions[mention]!.possessive ? null : { type: 'mention', mention };
		// `but others warned`: an unnamed group standing alone.
		if (token.lower === 'others') return { type: 'nominal', head: token.lower, token: k, modifier: null };
		// `Campaigners say`: a word for people opening the sentence.
		const opensSentence = this.tokens[k - 1]?.sentence !== sentence;
		if (token.capitalised && opensSentence && SPEAKER_NOUNS.has(token.lower)) return { type: 'nominal', head: token.lower, token: k, modifier: null };
		if (token.capitalised || FUNCTION_WORDS.has(token.lower)) return null;
		// A noun phrase back to its determiner: `the ministry`, `a Department of Health spokesperson`.
		let modifier: number | null = null;
		for (let d = k - 1; d >= 0 && d >= k - 9 && this.tokens[d]!.sentence === sentence; d--) {
			const before = this.tokens[d]!;
			if (before.kind !== 'word') break;
			const ending = this.mentionEndingAt.get(d);
			if (ending !== undefined && modifier === null && isBodyLike(this.mentions[ending]!)) modifier = ending;
			if (/[’']s$/.test(before.lower) && SPEAKS_FOR_OWNER.has(token.lower)) {
				// `Netanyahu’s office said`, `Harding’s spokesman said`: they speak for the person.
				const owner = this.mentionEndingAt.get(d);
				if (owner !== undefined && d === k - 1 && this.mentions[owner]!.kind !== 'organisation') return { type: 'mention', mention: owner };
			}
			// `Hoff’s letter makes the case`, `Sanders’s fundraising email notes`: a document speaks for its owner.
			if (/[’']s$/.test(before.lower) && DOCUMENT_NOUNS.has(token.lower) && k - d <= OWNED_DOCUMENT_MODIFIERS + 1) {
				const owner = this.mentionEndingAt.get(d);
				if (owner !== undefined) return { type: 'mention', mention: owner };
			}
			if (DETERMINERS.has(before.lower) || /[’']s$/.test(before.lower)) return { type: 'nominal', head: token.lower, token: k, modifier };
			if (!before.capitalised && FUNCTION_WORDS.has(before.lower) && !(NAME_CONNECTORS.has(before.lower) && this.tokens[d - 1]?.capitalised)) break;
			if (d === 0 || this.tokens[d - 1]!.sentence !== sentence) return { type: 'nominal', head: token.lower, token: k, modifier };
		}
		return null;
	}
}
