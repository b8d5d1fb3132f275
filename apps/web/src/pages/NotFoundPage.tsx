import { Link } from '@tanstack/react-router';
import { PageHeader } from '../components/ui';

export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeader title="Page not found" subtitle="There is no screen at this address." />
      <Link to="/">Go to the overview</Link>
    </div>
  );
}
