// Reads a JSON array of post contents on standard input and prints, as a JSON array, the blocks
// WordPress's own parser finds in each: name, attributes, inner HTML and inner blocks.
import { parse } from '@wordpress/block-serialization-default-parser';

const shape = (block) => ({
  blockName: block.blockName,
  attrs: block.attrs,
  innerHTML: block.innerHTML,
  innerBlocks: block.innerBlocks.map(shape),
});

let input = '';
for await (const chunk of process.stdin) input += chunk;
console.log(JSON.stringify(JSON.parse(input).map((content) => parse(content).map(shape))));
