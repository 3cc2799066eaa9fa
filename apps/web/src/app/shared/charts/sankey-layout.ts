// The geometry of a Sankey-style flow chart: nodes in columns, links whose
// width is their value. Pure, so that it can be tested without a browser.
//
// How columns are found: a node sits one column right of the furthest node
// that flows into it (longest path from the sources). Flows can loop (a person
// moves from team A to B, another from B to A; a promotion inside one team is
// a flow from the team to itself). Such a "back" flow cannot be drawn left to
// right, so it lands on a copy of its target (a "return" node) placed right of
// its source: the chart stays readable and every count is still drawn once.

export interface SankeyInputLink {
  readonly source: string;
  readonly target: string;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly value: number;
  // Links of one category share a colour (e.g. the kind of a move).
  readonly category: string;
}

export interface SankeyOptions {
  readonly width: number;
  // The least height; the chart grows when a column needs more room.
  readonly height: number;
  readonly nodeWidth: number;
  readonly nodePadding: number;
  // The least number of pixels per unit of value, so a flow of 1 stays visible.
  readonly minUnitHeight: number;
}

export interface SankeyNode {
  readonly key: string;
  // The id of the thing it stands for (a return node shares its original's).
  readonly id: string;
  readonly label: string;
  readonly column: number;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly value: number;
  readonly isReturn: boolean;
}

export interface SankeyLink {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly category: string;
  readonly value: number;
  readonly width: number;
  // The centre line's ends: from the source node's right edge to the target's left edge.
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  // A cubic Bézier along the centre line, to be stroked with `width`.
  readonly path: string;
}

export interface SankeyLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly nodes: readonly SankeyNode[];
  readonly links: readonly SankeyLink[];
}

export const DEFAULT_SANKEY_OPTIONS: SankeyOptions = {
  width: 960,
  height: 420,
  nodeWidth: 14,
  nodePadding: 14,
  minUnitHeight: 3,
};

interface MutableNode {
  key: string;
  id: string;
  label: string;
  column: number;
  inValue: number;
  outValue: number;
  isReturn: boolean;
  y0: number;
  height: number;
}

interface Edge {
  source: string;
  target: string;
  category: string;
  value: number;
}

const RETURN_SUFFIX = '\u0000return';
const round = (value: number) => Math.round(value * 100) / 100;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Edges that close a loop, found by a depth-first walk from the biggest nodes
// first so that the main flows keep their direction.
const backEdges = (nodes: readonly string[], edges: readonly Edge[], weight: Map<string, number>) => {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.source, [...(out.get(edge.source) ?? []), edge]);
  const hasIncoming = new Set(edges.filter((e) => e.source !== e.target).map((e) => e.target));
  const order = [...nodes].sort(
    (a, b) =>
      Number(hasIncoming.has(a)) - Number(hasIncoming.has(b)) ||
      (weight.get(b) ?? 0) - (weight.get(a) ?? 0) ||
      byText(a, b),
  );
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<Edge>();
  const visit = (node: string) => {
    state.set(node, 'open');
    const next = [...(out.get(node) ?? [])].sort(
      (a, b) => (weight.get(b.target) ?? 0) - (weight.get(a.target) ?? 0) || byText(a.target, b.target),
    );
    for (const edge of next) {
      const seen = state.get(edge.target);
      if (seen === 'open') back.add(edge);
      else if (seen === undefined) visit(edge.target);
    }
    state.set(node, 'done');
  };
  for (const node of order) if (!state.has(node)) visit(node);
  return back;
};

export const sankeyLayout = (
  input: readonly SankeyInputLink[],
  options: Partial<SankeyOptions> = {},
): SankeyLayout => {
  const {
    width,
    height: minHeight,
    nodeWidth,
    nodePadding,
    minUnitHeight,
  } = {
    ...DEFAULT_SANKEY_OPTIONS,
    ...options,
  };
  const links = input.filter((link) => link.value > 0);
  if (links.length === 0) return { width, height: minHeight, columns: 0, nodes: [], links: [] };

  // One edge per source, target and category; the labels of each node.
  const labels = new Map<string, string>();
  const merged = new Map<string, Edge>();
  for (const link of links) {
    labels.set(link.source, labels.get(link.source) ?? link.sourceLabel);
    labels.set(link.target, labels.get(link.target) ?? link.targetLabel);
    const key = JSON.stringify([link.source, link.target, link.category]);
    const existing = merged.get(key);
    if (existing) existing.value += link.value;
    else
      merged.set(key, {
        source: link.source,
        target: link.target,
        category: link.category,
        value: link.value,
      });
  }
  const edges = [...merged.values()];
  const weight = new Map<string, number>();
  for (const edge of edges) {
    weight.set(edge.source, (weight.get(edge.source) ?? 0) + edge.value);
    weight.set(edge.target, (weight.get(edge.target) ?? 0) + edge.value);
  }
  const ids = [...labels.keys()].sort(byText);
  const back = backEdges(ids, edges, weight);

  // Columns: longest path over the forward edges (a DAG once back edges are out).
  const column = new Map(ids.map((id) => [id, 0]));
  const forward = edges.filter((edge) => !back.has(edge));
  for (let pass = 0; pass < ids.length; pass++) {
    let changed = false;
    for (const edge of forward) {
      const next = (column.get(edge.source) ?? 0) + 1;
      if (next > (column.get(edge.target) ?? 0)) {
        column.set(edge.target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }

  const nodes = new Map<string, MutableNode>(
    ids.map((id) => [
      id,
      {
        key: id,
        id,
        label: labels.get(id) ?? id,
        column: column.get(id) ?? 0,
        inValue: 0,
        outValue: 0,
        isReturn: false,
        y0: 0,
        height: 0,
      },
    ]),
  );
  // Back edges land on one return copy of their target, right of all their sources.
  const drawn: Edge[] = forward.map((edge) => ({ ...edge }));
  for (const edge of back) {
    const key = `${edge.target}${RETURN_SUFFIX}`;
    const at = (column.get(edge.source) ?? 0) + 1;
    const copy = nodes.get(key);
    if (copy) copy.column = Math.max(copy.column, at);
    else
      nodes.set(key, {
        key,
        id: edge.target,
        label: labels.get(edge.target) ?? edge.target,
        column: at,
        inValue: 0,
        outValue: 0,
        isReturn: true,
        y0: 0,
        height: 0,
      });
    drawn.push({ ...edge, target: key });
  }
  for (const edge of drawn) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (source) source.outValue += edge.value;
    if (target) target.inValue += edge.value;
  }
  // Sinks (nothing flows out: exits, return copies) go to the last column.
  const columns = Math.max(...[...nodes.values()].map((node) => node.column)) + 1;
  for (const node of nodes.values()) if (node.outValue === 0) node.column = columns - 1;

  const byColumn: MutableNode[][] = Array.from({ length: columns }, () => []);
  for (const node of nodes.values()) byColumn[node.column]?.push(node);
  const valueOf = (node: MutableNode) => Math.max(node.inValue, node.outValue);

  // Scale: the fullest column fills the height; grow the height rather than
  // let a single move become thinner than minUnitHeight.
  const needed = byColumn.map(
    (list) =>
      list.reduce((sum, node) => sum + valueOf(node), 0) * minUnitHeight + (list.length - 1) * nodePadding,
  );
  const height = Math.max(minHeight, ...needed);
  const unit = Math.min(
    ...byColumn
      .filter((list) => list.length > 0)
      .map(
        (list) =>
          (height - (list.length - 1) * nodePadding) / list.reduce((sum, node) => sum + valueOf(node), 0),
      ),
  );

  // Order within a column by where the flows come from (barycentre), which
  // keeps crossings down; the first column by size.
  const centre = (node: MutableNode) => node.y0 + node.height / 2;
  const place = (list: MutableNode[]) => {
    const total = list.reduce((sum, node) => sum + valueOf(node) * unit, 0) + (list.length - 1) * nodePadding;
    let y = (height - total) / 2;
    for (const node of list) {
      node.height = valueOf(node) * unit;
      node.y0 = y;
      y += node.height + nodePadding;
    }
  };
  byColumn[0]?.sort((a, b) => valueOf(b) - valueOf(a) || byText(a.key, b.key));
  if (byColumn[0]) place(byColumn[0]);
  for (const list of byColumn.slice(1)) {
    const barycentre = new Map<string, number>();
    for (const node of list) {
      const incoming = drawn.filter((edge) => edge.target === node.key);
      const total = incoming.reduce((sum, edge) => sum + edge.value, 0);
      const sum = incoming.reduce((acc, edge) => {
        const source = nodes.get(edge.source);
        return acc + (source && source.column < node.column ? centre(source) : height / 2) * edge.value;
      }, 0);
      barycentre.set(node.key, total > 0 ? sum / total : height / 2);
    }
    list.sort((a, b) => (barycentre.get(a.key) ?? 0) - (barycentre.get(b.key) ?? 0) || byText(a.key, b.key));
    place(list);
  }

  const step = columns > 1 ? (width - nodeWidth) / (columns - 1) : 0;
  const xOf = (node: MutableNode) => (columns > 1 ? node.column * step : (width - nodeWidth) / 2);

  // Links leave and enter each node stacked in the order of the other end's height.
  const outOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const sorted = [...drawn].sort((a, b) => {
    const at = (key: string) => nodes.get(key)?.y0 ?? 0;
    return at(a.source) - at(b.source) || at(a.target) - at(b.target) || byText(a.category, b.category);
  });
  const outOrder = [...sorted].sort(
    (a, b) =>
      (nodes.get(a.target)?.y0 ?? 0) - (nodes.get(b.target)?.y0 ?? 0) || byText(a.category, b.category),
  );
  const layoutLinks = new Map<Edge, { y0: number; y1: number }>();
  for (const edge of outOrder) {
    const source = nodes.get(edge.source);
    if (!source) continue;
    const offset = outOffset.get(source.key) ?? 0;
    const thickness = edge.value * unit;
    layoutLinks.set(edge, { y0: source.y0 + offset + thickness / 2, y1: 0 });
    outOffset.set(source.key, offset + thickness);
  }
  for (const edge of sorted) {
    const target = nodes.get(edge.target);
    const placed = layoutLinks.get(edge);
    if (!target || !placed) continue;
    const offset = inOffset.get(target.key) ?? 0;
    const thickness = edge.value * unit;
    placed.y1 = target.y0 + offset + thickness / 2;
    inOffset.set(target.key, offset + thickness);
  }

  const finishedNodes: SankeyNode[] = [...nodes.values()]
    .sort((a, b) => a.column - b.column || a.y0 - b.y0)
    .map((node) => ({
      key: node.key,
      id: node.id,
      label: node.label,
      column: node.column,
      x0: round(xOf(node)),
      x1: round(xOf(node) + nodeWidth),
      y0: round(node.y0),
      y1: round(node.y0 + node.height),
      value: valueOf(node),
      isReturn: node.isReturn,
    }));
  const finishedLinks: SankeyLink[] = outOrder.flatMap((edge) => {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    const placed = layoutLinks.get(edge);
    if (!source || !target || !placed) return [];
    const x0 = round(xOf(source) + nodeWidth);
    const x1 = round(xOf(target));
    const y0 = round(placed.y0);
    const y1 = round(placed.y1);
    const middle = round((x0 + x1) / 2);
    return [
      {
        key: JSON.stringify([edge.source, edge.target, edge.category]),
        source: source.key,
        target: target.key,
        category: edge.category,
        value: edge.value,
        width: round(Math.max(1, edge.value * unit)),
        x0,
        y0,
        x1,
        y1,
        path: `M${x0},${y0}C${middle},${y0} ${middle},${y1} ${x1},${y1}`,
      },
    ];
  });
  return { width, height: round(height), columns, nodes: finishedNodes, links: finishedLinks };
};
