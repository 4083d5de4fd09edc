import { useId } from 'react';

export function ComingSoon({ title }: { readonly title: string }) {
  const headingId = useId();
  return (
    <section className="coming-soon" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{title} are coming soon.</p>
    </section>
  );
}
