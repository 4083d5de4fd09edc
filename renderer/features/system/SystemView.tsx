import { ComingSoon } from '../../app/ComingSoon.js';

export function SystemView() {
  return <ComingSoon title="System" />;
}
