import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

/**
 * Words a path problem from the shared checker (whose text is an English fragment, also used by
 * the backend) in the current language; a fragment this list does not know keeps its English.
 */
export const pathProblemText = (problem: string): string => {
  const max = /\d+/.exec(problem)?.[0] ?? '';
  if (problem === 'must not be empty') return translate(messages, 'path_empty');
  if (problem.startsWith('must be at most')) return translate(messages, 'path_long', { max });
  if (problem === 'must not contain NUL bytes') return translate(messages, 'path_nul');
  if (problem === 'must be absolute (start with /)') return translate(messages, 'path_relative');
  if (problem === 'must not end with /') return translate(messages, 'path_trailing');
  if (problem === 'must not contain //') return translate(messages, 'path_double');
  if (problem === 'must not contain . or .. segments') return translate(messages, 'path_dots');
  if (problem.startsWith('names must be at most')) return translate(messages, 'path_nameLong', { max });
  return translate(messages, 'pathProblem', { problem });
};
