// Layouts: how the page around a quote says who spoke it.
import { quoteTable } from './table.js';

quoteTable('after a quote that ends its sentence, a name and verb opening a new statement do not credit it', [
	{ text: ['Mike Rubin, the state director, reached out to the firm, writing in an email: “We want to use this as soon as possible.” Steve Adams, the firm’s owner, said the campaign has yet to follow up.'], quote: 'as soon as possible', speaker: 'Mike Rubin' },
	{ text: ['Clara Mills forwarded the photo to the minister.', 'The minister replied to Mills with, “Why now? That was on my way to Lima?” Mills then writes back, “You look cute.”'], quote: 'You look cute', speaker: 'Clara Mills' },
	{ text: '“We will win this one.” Ella Hart said on Tuesday.', quote: 'win this one', speaker: 'Ella Hart' },
]);
