import { ComingSoon } from '../../app/ComingSoon.js';

export function ProjectsView() {
  return <ComingSoon title="Projects" />;
}
