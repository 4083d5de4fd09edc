import { MAX_COMPOSE_PATH, MAX_PROJECT_NAME, projectName } from '../../../shared/contract/compose.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface FormProblems {
  readonly path: string | null;
  readonly project: string | null;
}

/**
 * The form's own checks, before anything is sent: the backend checks again (and whether the
 * file exists), these only give the message next to the field at once, in the reader's language.
 */
export const checkComposeForm = (path: string, project: string): FormProblems => {
  const trimmed = path.trim();
  let pathProblem: string | null = null;
  if (trimmed === '') pathProblem = translate(messages, 'pathEmpty');
  else if (!trimmed.startsWith('/')) pathProblem = translate(messages, 'pathRelative');
  else if (trimmed.includes('\0')) pathProblem = translate(messages, 'pathNul');
  else if (trimmed.length > MAX_COMPOSE_PATH) pathProblem = translate(messages, 'pathTooLong');
  let projectProblem: string | null = null;
  if (project !== '') {
    const parsed = projectName.safeParse(project);
    if (!parsed.success) {
      // Not empty here, so either too long or outside the name pattern.
      projectProblem =
        parsed.error.issues[0]?.code === 'too_big'
          ? translate(messages, 'projectNameTooLong', { max: MAX_PROJECT_NAME })
          : translate(messages, 'projectNameRule');
    }
  }
  return { path: pathProblem, project: projectProblem };
};
