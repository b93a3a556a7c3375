// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from './Button';
import { DataTable, type Column } from './DataTable';
import { IconButton } from './IconButton';
import { Play } from 'lucide-react';

afterEach(cleanup);

interface Row {
  shard: string;
  records: number;
}
const columns: Column<Row>[] = [
  { key: 'shard', header: 'Shard', cell: (r) => r.shard },
  { key: 'records', header: 'Records/s', cell: (r) => r.records.toLocaleString('en-US'), align: 'end' },
];

describe('DataTable', () => {
  it('names each row by its first cell and scrolls in a labelled region', () => {
    render(
      <DataTable
        caption="Shards of demo"
        columns={columns}
        rows={[{ shard: 'shard 0', records: 1000 }]}
        rowKey={(r) => r.shard}
      />,
    );
    const region = screen.getByRole('region', { name: 'Shards of demo' });
    expect(region.getAttribute('tabindex')).toBe('0');
    const table = within(region).getByRole('table', { name: 'Shards of demo' });
    expect(within(table).getByRole('rowheader').textContent).toBe('shard 0');
    expect(within(table).getByRole('cell').textContent).toBe('1,000');
    expect(within(table).getByRole('cell').className).toContain('text-right');
  });

  it('says so when there are no rows', () => {
    render(<DataTable caption="Empty" columns={columns} rows={[]} rowKey={(r) => r.shard} empty="No shards yet." />);
    expect(screen.getByRole('cell').textContent).toBe('No shards yet.');
  });

  it('leaves the scrolling to a container that already scrolls, and can keep its headers for screen readers', () => {
    render(
      <div role="log" aria-label="Log events" tabIndex={0}>
        <DataTable
          caption="Log events"
          captionHidden
          columns={columns}
          rows={[{ shard: 'shard 0', records: 1 }]}
          rowKey={(r) => r.shard}
          scrollRegion={false}
          headersHidden
        />
      </div>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table', { name: 'Log events' })).toBeTruthy();
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(1);
    expect(screen.getByRole('columnheader', { name: 'Records/s' }).closest('thead')?.className).toBe('sr-only');
  });
});

describe('buttons', () => {
  it('never submit a form by default, and an icon button is named by its label', () => {
    render(
      <form>
        <Button icon={Play}>Play</Button>
        <IconButton label="Zoom in" icon={Play} />
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('button', { name: 'Zoom in' }).getAttribute('title')).toBe('Zoom in');
    expect(screen.getByRole('button', { name: 'Play' }).querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('put the label at the start when asked, and centre it otherwise', () => {
    render(
      <>
        <Button align="start">1. Right</Button>
        <Button>Next</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: '1. Right' }).className).toContain('justify-start');
    expect(screen.getByRole('button', { name: 'Next' }).className).toContain('justify-center');
  });
});
