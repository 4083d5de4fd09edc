import { projectName } from '../../../shared/contract/compose.js';

export interface FormProblems {
  readonly path: string | null;
  readonly project: string | null;
}

/**
 * The form's own checks, before anything is sent: the backend checks again (and whether the
 * file exists), these only give the message next to the field at once.
 */
export const checkComposeForm = (path: string, project: string): FormProblems => {
  const trimmed = path.trim();
  let pathProblem: string | null = null;
  if (trimmed === '') pathProblem = 'Enter the path of a compose file.';
  else if (!trimmed.startsWith('/')) pathProblem = 'Enter an absolute path, starting with /.';
  else if (trimmed.includes('\0')) pathProblem = 'The path must not contain NUL bytes.';
  else if (trimmed.length > 4096) pathProblem = 'The path is too long.';
  let projectProblem: string | null = null;
  if (project !== '') {
    const parsed = projectName.safeParse(project);
    if (!parsed.success) {
      projectProblem = `Project names use ${parsed.error.issues[0]?.message ?? 'lowercase letters, digits, _ and -'}.`;
    }
  }
  return { path: pathProblem, project: projectProblem };
};
