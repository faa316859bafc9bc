import { Button } from './Button';

/** "Showing n of m" under a paged table, with "Load more" while there is a next page. */
export function TableFoot({ shown, total, testId, hasNextPage, loadingMore, onLoadMore }: {
  shown: number;
  total: string;
  testId: string;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  return (
    <div className="table-foot">
      <span data-testid={testId}>
        Showing {shown} of {total}
      </span>
      {hasNextPage && (
        <Button size="sm" onClick={onLoadMore} pending={loadingMore}>
          Load more
        </Button>
      )}
    </div>
  );
}
