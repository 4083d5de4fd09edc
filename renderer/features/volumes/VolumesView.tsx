import { ComingSoon } from '../../app/ComingSoon.js';

export function VolumesView() {
  return <ComingSoon title="Volumes" />;
}
