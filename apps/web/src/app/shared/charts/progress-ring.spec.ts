import { TestBed } from '@angular/core/testing';

import { ProficiencyMeter } from './proficiency-meter';
import { ProgressRing } from './progress-ring';

describe('ProgressRing', () => {
  const render = async (value: number) => {
    const fixture = TestBed.createComponent(ProgressRing);
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('label', 'Overall readiness');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  };

  it.each([
    [0.5555, '56%'],
    [0, '0%'],
    [1.4, '100%'],
    [-1, '0%'],
    [Number.NaN, '0%'],
  ])('should show %s as %s, named for assistive technology', async (value, percent) => {
    const ring = await render(value);
    expect(ring.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(ring.querySelector('svg')?.getAttribute('aria-label')).toBe(`Overall readiness: ${percent}`);
    expect(ring.querySelector('text')?.textContent?.trim()).toBe(percent);
  });

  it('should fill the ring in proportion', async () => {
    const ring = await render(0.25);
    const [filled, circumference] = (
      ring.querySelector('circle.value')?.getAttribute('stroke-dasharray') ?? ''
    )
      .split(' ')
      .map(Number);
    expect(filled).toBeCloseTo((circumference ?? 0) / 4);
  });
});

describe('ProficiencyMeter', () => {
  it('should show filled steps up to the value, and say it in words', async () => {
    const fixture = TestBed.createComponent(ProficiencyMeter);
    fixture.componentRef.setInput('value', 3);
    await fixture.whenStable();
    const meter = fixture.nativeElement as HTMLElement;

    expect(meter.querySelector('svg')?.getAttribute('aria-label')).toBe('Proficiency 3 of 4');
    expect([...meter.querySelectorAll('rect')].map((step) => step.classList.contains('filled'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
