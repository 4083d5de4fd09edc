import { useEffect, useRef, useState } from 'react';

/**
 * `value` as it was at most `ms` ago while `busy`, and as it is once not: a view that redraws
 * on every change of a value that changes many times a second (a history pouring in) redraws a
 * few times a second instead. The first change after a quiet spell passes at once.
 */
export const useThrottled = <T extends string | number | boolean>(value: T, ms: number, busy: boolean): T => {
  const [shown, setShown] = useState(value);
  const passedAt = useRef(0);
  useEffect(() => {
    if (!busy) return;
    const pass = (): void => {
      passedAt.current = Date.now();
      setShown(value);
    };
    const wait = passedAt.current + ms - Date.now();
    if (wait <= 0) {
      pass();
      return;
    }
    const timer = setTimeout(pass, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms, busy]);
  return busy ? shown : value;
};
