import { ComingSoon } from '../../app/ComingSoon.js';

export function NetworksView() {
  return <ComingSoon title="Networks" />;
}
