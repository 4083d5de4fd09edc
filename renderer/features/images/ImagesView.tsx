import { ComingSoon } from '../../app/ComingSoon.js';

export function ImagesView() {
  return <ComingSoon title="Images" />;
}
