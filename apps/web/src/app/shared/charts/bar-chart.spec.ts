import { TestBed } from '@angular/core/testing';

import { BarChart, type BarChartDatum } from './bar-chart';

const datum = (key: string, value: number, overrides: Partial<BarChartDatum> = {}): BarChartDatum => ({
  key,
  label: `Criterion ${key}`,
  value,
  valueLabel: `Value ${value}`,
  tone: 'mid',
  ...overrides,
});

describe('BarChart', () => {
  const render = async (inputs: Record<string, unknown>) => {
    const fixture = TestBed.createComponent(BarChart);
    for (const [name, value] of Object.entries({ max: 3, summary: 'Readiness by criterion', ...inputs }))
      fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  };
  const bars = (chart: HTMLElement) => [...chart.querySelectorAll('rect.bar')];

  it('should be one image for assistive technology, named by its summary', async () => {
    const chart = await render({ data: [datum('a', 1)] });
    const svg = chart.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Readiness by criterion');
  });

  it('should draw one labelled row per item, the bar as a share of the width', async () => {
    const chart = await render({ data: [datum('a', 3), datum('b', 1), datum('c', 1.5)] });
    expect([...chart.querySelectorAll('text.label')].map((text) => text.textContent?.trim())).toEqual([
      'Criterion a',
      'Criterion b',
      'Criterion c',
    ]);
    expect(bars(chart).map((bar) => bar.getAttribute('width'))).toEqual(['100%', '33.33%', '50%']);
    expect(chart.querySelector('svg')?.getAttribute('height')).toBe(String(24 + 3 * 60));
  });

  it('should write the value inside a long bar and after a short one', async () => {
    const chart = await render({ data: [datum('long', 3), datum('short', 1)] });
    const values = [...chart.querySelectorAll('text.value')];
    expect(values[0]?.classList).toContain('inside');
    expect(values[0]?.getAttribute('text-anchor')).toBe('end');
    expect(values[1]?.classList).not.toContain('inside');
  });

  it('should show a stub for nothing yet, and keep values within the scale', async () => {
    const chart = await render({ data: [datum('zero', 0), datum('over', 7), datum('bad', Number.NaN)] });
    expect(bars(chart).map((bar) => bar.getAttribute('width'))).toEqual(['6', '100%', '6']);
  });

  it('should colour rows by tone and mute the ones that are not part of the story', async () => {
    const chart = await render({
      data: [datum('a', 2, { tone: 'high' }), datum('b', 0, { tone: 'none', muted: true })],
    });
    const rows = [...chart.querySelectorAll('g.row')];
    expect(rows[0]?.classList).toContain('tone-high');
    expect(rows[1]?.classList).toContain('muted');
  });

  it('should draw the marker with its label, and a faint line per tick', async () => {
    const chart = await render({
      data: [datum('a', 1)],
      ticks: [0, 1, 2, 3],
      marker: { value: 2, label: 'Ready' },
    });
    expect(chart.querySelector('line.marker')?.getAttribute('x1')).toBe('66.67%');
    expect(chart.querySelector('text.marker-label')?.textContent?.trim()).toBe('Ready');
    expect(chart.querySelectorAll('line.tick')).toHaveLength(3);
  });

  it('should draw no bars at all for a scale of nothing', async () => {
    const chart = await render({ data: [datum('a', 2)], max: 0 });
    expect(bars(chart).map((bar) => bar.getAttribute('width'))).toEqual(['6']);
  });
});
