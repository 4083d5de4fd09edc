import type { ParseResult } from '../../../shared/images/reference.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

type Refused = Extract<ParseResult, { ok: false }>;

const FORMAT = /^invalid reference format: /;

/**
 * A refused reference in the reader's language. The parser (shared with the backend) words its verdicts
 * in English with a `kind`: the fixed ones are worded whole; a format or digest detail (which names the
 * part the grammar refused) keeps its English detail behind a translated lead.
 */
export const wordReferenceProblem = (refused: Refused): string => {
  switch (refused.kind) {
    case 'empty':
      return translate(messages, 'refEmpty');
    case 'uppercase':
      return translate(messages, 'refUppercase');
    case 'too-long':
      return translate(messages, 'refTooLong');
    case 'hex-id':
      return translate(messages, 'refHexId');
    case 'format':
    case 'digest':
      return FORMAT.test(refused.message)
        ? translate(messages, 'refFormat', { detail: refused.message.replace(FORMAT, '') })
        : refused.message;
  }
};
