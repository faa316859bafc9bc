import { PageSkeleton } from '@/components/ui/Skeletons';

export default function Loading() {
  return <PageSkeleton />;
}
