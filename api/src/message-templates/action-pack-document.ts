import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { DOCUMENT_WORDS, KIND_WORDS } from './action-pack-wording.js';
import type { ActionPackDto } from './dto/action-pack.dto.js';

/** Paragraphs of a message body: one per line, so that the letter keeps its shape in the word processor. */
const paragraphsOf = (text: string): Paragraph[] => text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] }));

/** The pack as a Word document (.docx), with a heading per message, in the pack's language. */
export async function actionPackDocument(pack: ActionPackDto): Promise<Buffer> {
  const words = DOCUMENT_WORDS[pack.language];
  const kinds = KIND_WORDS[pack.language];
  const messages = pack.messages.flatMap((message) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(message.name)] }),
    new Paragraph({ children: [new TextRun({ text: kinds[message.kind], italics: true })] }),
    ...(message.subject ? [new Paragraph({ children: [new TextRun({ text: `${words.subject}: `, bold: true }), new TextRun(message.subject)] })] : []),
    ...paragraphsOf(message.body),
    ...(message.overLimit && message.lengthLimit !== null
      ? [new Paragraph({ children: [new TextRun({ text: words.tooLong(message.characterCount, message.lengthLimit), bold: true, color: 'B00020' })] })]
      : []),
  ]);
  const document = new Document({
    creator: 'Coalition CRM',
    title: `${words.title} — ${pack.countryName}`,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${words.title} — ${pack.countryName}`)] }),
          new Paragraph({ children: [new TextRun({ text: `${words.generated} ${pack.generatedAt.slice(0, 10)}`, italics: true })] }),
          ...(messages.length > 0 ? messages : [new Paragraph({ children: [new TextRun(words.noMessages)] })]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
