// Reads a JSON array of texts on standard input and prints, as a JSON array, what WordPress's
// own autop makes of each.
import { autop } from '@wordpress/autop';

let input = '';
for await (const chunk of process.stdin) input += chunk;
console.log(JSON.stringify(JSON.parse(input).map((text) => autop(text))));
