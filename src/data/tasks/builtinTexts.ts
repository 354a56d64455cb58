/**
 * Two short public-domain texts to train the character model on without pasting anything: the
 * opening of Lewis Carroll's "Alice's Adventures in Wonderland" (1865) and the first book of the
 * Analects (論語・學而) in Traditional Chinese. Their titles and sources are worded in content/.
 */

export type BuiltinTextId = 'english' | 'chinese';

export interface BuiltinText {
  id: BuiltinTextId;
  text: string;
}

const ALICE = `Alice was beginning to get very tired of sitting by her sister on the bank, and of having nothing to do: once or twice she had peeped into the book her sister was reading, but it had no pictures or conversations in it, "and what is the use of a book," thought Alice "without pictures or conversations?"

So she was considering in her own mind (as well as she could, for the hot day made her feel very sleepy and stupid), whether the pleasure of making a daisy-chain would be worth the trouble of getting up and picking the daisies, when suddenly a White Rabbit with pink eyes ran close by her.

There was nothing so very remarkable in that; nor did Alice think it so very much out of the way to hear the Rabbit say to itself, "Oh dear! Oh dear! I shall be late!" (when she thought it over afterwards, it occurred to her that she ought to have wondered at this, but at the time it all seemed quite natural); but when the Rabbit actually took a watch out of its waistcoat-pocket, and looked at it, and then hurried on, Alice started to her feet, for it flashed across her mind that she had never before seen a rabbit with either a waistcoat-pocket, or a watch to take out of it, and burning with curiosity, she ran across the field after it, and fortunately was just in time to see it pop down a large rabbit-hole under the hedge.

In another moment down went Alice after it, never once considering how in the world she was to get out again.

The rabbit-hole went straight on like a tunnel for some way, and then dipped suddenly down, so suddenly that Alice had not a moment to think about stopping herself before she found herself falling down a very deep well.
`;

const ANALECTS = `子曰：「學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？」
有子曰：「其為人也孝弟，而好犯上者，鮮矣；不好犯上，而好作亂者，未之有也。君子務本，本立而道生。孝弟也者，其為仁之本與！」
子曰：「巧言令色，鮮矣仁！」
曾子曰：「吾日三省吾身：為人謀而不忠乎？與朋友交而不信乎？傳不習乎？」
子曰：「道千乘之國：敬事而信，節用而愛人，使民以時。」
子曰：「弟子入則孝，出則弟，謹而信，汎愛眾，而親仁。行有餘力，則以學文。」
子夏曰：「賢賢易色；事父母，能竭其力；事君，能致其身；與朋友交，言而有信。雖曰未學，吾必謂之學矣。」
子曰：「君子不重則不威，學則不固。主忠信，無友不如己者，過則勿憚改。」
曾子曰：「慎終追遠，民德歸厚矣。」
子禽問於子貢曰：「夫子至於是邦也，必聞其政，求之與？抑與之與？」子貢曰：「夫子溫、良、恭、儉、讓以得之。夫子之求之也，其諸異乎人之求之與？」
子曰：「父在，觀其志；父沒，觀其行；三年無改於父之道，可謂孝矣。」
有子曰：「禮之用，和為貴。先王之道，斯為美，小大由之。有所不行，知和而和，不以禮節之，亦不可行也。」
有子曰：「信近於義，言可復也；恭近於禮，遠恥辱也；因不失其親，亦可宗也。」
子曰：「君子食無求飽，居無求安，敏於事而慎於言，就有道而正焉，可謂好學也已。」
子貢曰：「貧而無諂，富而無驕，何如？」子曰：「可也。未若貧而樂，富而好禮者也。」子貢曰：「詩云：『如切如磋，如琢如磨』，其斯之謂與？」子曰：「賜也，始可與言詩已矣！告諸往而知來者。」
子曰：「不患人之不己知，患不知人也。」
`;

export const BUILTIN_TEXTS: readonly BuiltinText[] = [
  { id: 'english', text: ALICE },
  { id: 'chinese', text: ANALECTS },
];

export const builtinText = (id: BuiltinTextId): string => BUILTIN_TEXTS.find((b) => b.id === id)!.text;
