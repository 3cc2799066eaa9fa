import { sankeyLayout, type SankeyInputLink, type SankeyLayout } from './sankey-layout';

const link = (source: string, target: string, value: number, category = 'promotion'): SankeyInputLink => ({
  source,
  target,
  sourceLabel: source.toUpperCase(),
  targetLabel: target.toUpperCase(),
  value,
  category,
});

const node = (layout: SankeyLayout, key: string) => {
  const found = layout.nodes.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no node ${key}`);
  return found;
};

// Every link leaves its source's right edge and enters its target's left edge.
const expectAttached = (layout: SankeyLayout) => {
  for (const l of layout.links) {
    const source = node(layout, l.source);
    const target = node(layout, l.target);
    expect(l.x0).toBe(source.x1);
    expect(l.x1).toBe(target.x0);
    expect(l.y0).toBeGreaterThanOrEqual(source.y0);
    expect(l.y0).toBeLessThanOrEqual(source.y1);
    expect(l.y1).toBeGreaterThanOrEqual(target.y0);
    expect(l.y1).toBeLessThanOrEqual(target.y1);
  }
};

describe('sankeyLayout', () => {
  it('should draw nothing for no flows', () => {
    expect(sankeyLayout([], { height: 200 })).toEqual({
      width: 960,
      height: 200,
      columns: 0,
      nodes: [],
      links: [],
    });
  });

  it('should put each node one column right of the furthest node flowing into it', () => {
    const layout = sankeyLayout([
      link('outside', 'eng1', 5, 'hire'),
      link('eng1', 'eng2', 3),
      link('eng2', 'senior', 2),
      link('outside', 'senior', 1, 'hire'),
    ]);

    expect(layout.columns).toBe(4);
    expect(layout.nodes.map((n) => [n.key, n.column])).toEqual([
      ['outside', 0],
      ['eng1', 1],
      ['eng2', 2],
      ['senior', 3],
    ]);
    expect(node(layout, 'outside').x0).toBe(0);
    expect(node(layout, 'senior').x1).toBe(960);
    expectAttached(layout);
  });

  it('should make widths proportional to the values and nodes as tall as their biggest side', () => {
    const layout = sankeyLayout([link('a', 'b', 4), link('a', 'c', 2)], { height: 300, nodePadding: 10 });
    const [big, small] = [...layout.links].sort((x, y) => y.value - x.value);

    expect(big?.width).toBeCloseTo((small?.width ?? 0) * 2, 1);
    // Column two holds b and c with one gap: they fill the height exactly.
    const b = node(layout, 'b');
    const c = node(layout, 'c');
    expect(b.y1 - b.y0 + (c.y1 - c.y0) + 10).toBeCloseTo(300, 1);
    expect(node(layout, 'a').value).toBe(6);
    expectAttached(layout);
  });

  it('should send sinks such as exits to the last column', () => {
    const layout = sankeyLayout([
      link('outside', 'eng1', 2, 'hire'),
      link('eng1', 'eng2', 1),
      link('eng2', 'senior', 1),
      link('eng1', 'left', 1, 'exit'),
    ]);

    expect(node(layout, 'left').column).toBe(layout.columns - 1);
    expect(node(layout, 'senior').column).toBe(layout.columns - 1);
  });

  it('should draw a flow from a team to itself onto a return copy on the right', () => {
    const layout = sankeyLayout([link('growth', 'growth', 3), link('outside', 'growth', 2, 'hire')]);
    const copy = layout.nodes.find((n) => n.isReturn);

    expect(copy).toMatchObject({ id: 'growth', label: 'GROWTH', value: 3 });
    expect(copy?.column).toBeGreaterThan(node(layout, 'growth').column);
    expect(layout.links.find((l) => l.target === copy?.key)?.value).toBe(3);
    expectAttached(layout);
  });

  it('should break a loop between two teams and still draw every count once', () => {
    const flows = [link('a', 'b', 4, 'lateral'), link('b', 'a', 1, 'lateral'), link('x', 'a', 2, 'hire')];
    const layout = sankeyLayout(flows);

    expect(layout.links.reduce((sum, l) => sum + l.value, 0)).toBe(7);
    for (const l of layout.links)
      expect(node(layout, l.target).column).toBeGreaterThan(node(layout, l.source).column);
    expect(layout.nodes.filter((n) => n.isReturn)).toHaveLength(1);
    expectAttached(layout);
  });

  it('should merge repeated flows of one category and keep categories apart', () => {
    const layout = sankeyLayout([
      link('a', 'b', 1, 'promotion'),
      link('a', 'b', 2, 'promotion'),
      link('a', 'b', 1, 'lateral'),
    ]);

    expect(layout.links.map((l) => [l.category, l.value]).sort()).toEqual([
      ['lateral', 1],
      ['promotion', 3],
    ]);
  });

  it('should grow the height so that one move stays visible', () => {
    const many = Array.from({ length: 30 }, (_, i) => link('outside', `level-${i}`, 1, 'hire'));
    const layout = sankeyLayout(many, { height: 100, minUnitHeight: 3, nodePadding: 10 });

    expect(layout.height).toBe(30 * 3 + 29 * 10);
    for (const l of layout.links) expect(l.width).toBeGreaterThanOrEqual(3);
  });

  it('should not overlap nodes within a column', () => {
    const layout = sankeyLayout([
      link('outside', 'a', 5, 'hire'),
      link('outside', 'b', 3, 'hire'),
      link('outside', 'c', 1, 'hire'),
      link('a', 'b', 2),
      link('b', 'c', 1),
    ]);
    for (let column = 0; column < layout.columns; column++) {
      const stacked = layout.nodes.filter((n) => n.column === column);
      for (let i = 1; i < stacked.length; i++)
        expect(stacked[i]?.y0).toBeGreaterThanOrEqual(stacked[i - 1]?.y1 ?? 0);
    }
  });

  it('should ignore empty flows', () => {
    expect(sankeyLayout([link('a', 'b', 0)]).nodes).toEqual([]);
  });
});
